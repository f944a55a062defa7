//go:build ignore

// Command firstrun writes the result of a language's seed example (its
// first example in the menu) as the page's worker would hand it back
// (host.Recorded): the page shows it at once while that language's engine
// downloads and starts (a first visit, Python; choosing Go), and the
// engine's own first run of the same program gives the same bytes, which
// leave the page as it is. Build it as that language's module is built;
// scripts/build.sh runs:
//
//	go run -tags tasklinepy web/tools/firstrun.go -lang python -js -o static/build/first-sight.js
//	go run web/tools/firstrun.go -lang go -o static/build/first-run-go.tltb
//
// With -js the output is a classic script that the playground's HTML loads
// beside its own: it holds the seed's program and its result, so that a
// first visit shows them without waiting for the examples menu, a fetch, or
// the engine (web/src/app.js, main). Without it, the result's bytes as the
// worker sends them, which the page fetches when Go is chosen.
//
// The options are the page's for an example: for Python, 3.11, as for a
// program that names no version (web/src/app.js, load).
package main

import (
	"encoding/base64"
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
	out := flag.String("o", "", "output file")
	asJS := flag.Bool("js", false, "write a script that sets globalThis.tasklineFirstSight to the program and its result")
	flag.Parse()
	if *out == "" {
		fail(fmt.Errorf("-o: an output file is needed"))
	}
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
			if *asJS {
				res = firstSight(*lang, e.Code, res)
			}
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

// firstSight is the script form: the result's bytes in base64, beside the
// language and the program they are the result of.
func firstSight(lang, code string, result []byte) []byte {
	v, err := json.Marshal(map[string]string{"lang": lang, "code": code, "result": base64.StdEncoding.EncodeToString(result)})
	if err != nil {
		fail(err)
	}
	return []byte("// A first visit's program and its result, recorded when this site was built\n" +
		"// (web/tools/firstrun.go); the playground shows them while its engine starts.\n" +
		"globalThis.tasklineFirstSight = " + string(v) + ";\n")
}

// FirstPython is the version the page runs an example in.
const FirstPython = "3.11"

func fail(err error) {
	fmt.Fprintln(os.Stderr, "firstrun:", err)
	os.Exit(1)
}
