//go:build ignore

// Command firstrun writes the result of a language's seed example (its
// first example in the menu) as the page's worker would hand it back
// (host.Recorded): the page shows it at once while that language's engine
// downloads and starts (a first visit, Python; choosing Go), and the
// engine's own first run of the same program gives the same bytes, which
// leave the page as it is. Build it as that language's module is built:
//
//	go run -tags tasklinepy web/tools/firstrun.go -lang python -o static/build/first-run.tltb
//	go run web/tools/firstrun.go -lang go -o static/build/first-run-go.tltb
//
// The options are the page's for an example: for Python, 3.11, as for a
// program that names no version (web/src/app.js, load).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"taskline/engine"
	_ "taskline/engine/golite"
	_ "taskline/engine/py"
	"taskline/wasm/host"
)

func main() {
	examples := flag.String("examples", "static/build/examples.json", "the examples menu (web/tools/examples.go)")
	lang := flag.String("lang", "python", "the language whose seed example is run: python or go")
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
	opts := engine.Options{Lang: *lang}
	switch *lang {
	case "python":
		opts.Python = FirstPython
	case "go":
	default:
		fail(fmt.Errorf("-lang %q: want python or go", *lang))
	}
	for _, e := range all {
		if e.Lang == *lang {
			res := host.Recorded(e.Code, opts)
			if err := os.WriteFile(*out, res, 0o644); err != nil {
				fail(err)
			}
			return
		}
	}
	// No example in the language: the page has nothing to show before its engine.
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
