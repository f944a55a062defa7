//go:build ignore

// Command chrome_golden writes the Chrome trace-event export of a trace
// fixture as engine/trace's Chrome() makes it, so that the JS export
// (web/src/timeline/chrome.js) is tested against the Go one:
//
//	go run web/tools/chrome_golden.go web/test/fixtures/seed.json > web/test/fixtures/seed.chrome.json
package main

import (
	"fmt"
	"os"

	"taskline/engine/trace"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: chrome_golden TRACE.json")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail(err)
	}
	t, err := trace.Decode(b)
	if err != nil {
		fail(err)
	}
	out, err := t.Chrome()
	if err != nil {
		fail(err)
	}
	os.Stdout.Write(append(out, '\n'))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "chrome_golden:", err)
	os.Exit(1)
}
