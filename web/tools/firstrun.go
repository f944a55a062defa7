//go:build ignore

// Command firstrun writes the result of the playground's seed example (the
// first Python example of the menu) as the page's worker would hand it back
// (host.Recorded): the page shows it at once on a first visit, while the
// engine downloads and starts, and the engine's own first run of the same
// program gives the same bytes, which leave the page as it is.
//
//	go run web/tools/firstrun.go -examples static/build/examples.json -o static/build/first-run.tltb
//
// The options are the page's for an example: Python, and 3.11 for a
// program that names no version (web/src/app.js, load).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"taskline/engine"
	_ "taskline/engine/py"
	"taskline/wasm/host"
)

func main() {
	examples := flag.String("examples", "static/build/examples.json", "the examples menu (web/tools/examples.go)")
	out := flag.String("o", "static/build/first-run.tltb", "output file")
	flag.Parse()
	b, err := os.ReadFile(*examples)
	if err != nil {
		fail(err)
	}
	var all []struct{ Lang, Code string }
	if err := json.Unmarshal(b, &all); err != nil {
		fail(fmt.Errorf("%s: %v", *examples, err))
	}
	for _, e := range all {
		if e.Lang == "python" {
			res := host.Recorded(e.Code, engine.Options{Lang: "python", Python: FirstPython})
			if err := os.WriteFile(*out, res, 0o644); err != nil {
				fail(err)
			}
			return
		}
	}
	// No Python example: the page has nothing to show before its engine.
	if err := os.Remove(*out); err != nil && !os.IsNotExist(err) {
		fail(err)
	}
}

// FirstPython is the version the page runs an example in.
const FirstPython = "3.11"

func fail(err error) {
	fmt.Fprintln(os.Stderr, "firstrun:", err)
	os.Exit(1)
}
