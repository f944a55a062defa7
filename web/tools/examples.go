//go:build ignore

// Command examples writes the playground's examples menu as JSON: every
// examples/python/*.py and examples/go/*.go, in file-name order, with the
// title from its first line ("# Title: ..." or "// Title: ...").
//
//	go run web/tools/examples.go -o static/build/examples.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type example struct {
	Title string `json:"title"`
	Lang  string `json:"lang"`
	Name  string `json:"name"`
	Code  string `json:"code"`
}

func main() {
	out := flag.String("o", "static/build/examples.json", "output file")
	flag.Parse()
	var all []example
	for _, d := range []struct{ glob, lang, prefix string }{
		{"examples/python/*.py", "python", "# Title:"},
		{"examples/go/*.go", "go", "// Title:"},
	} {
		files, _ := filepath.Glob(d.glob)
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fail(err)
			}
			src := string(b)
			first, _, _ := strings.Cut(src, "\n")
			title, ok := strings.CutPrefix(strings.TrimSpace(first), d.prefix)
			if !ok {
				fail(fmt.Errorf("%s:1:1: first line must be %q", f, d.prefix+" ..."))
			}
			all = append(all, example{Title: strings.TrimSpace(title), Lang: d.lang, Name: filepath.Base(f), Code: src})
		}
	}
	b, err := json.Marshal(all)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "examples:", err)
	os.Exit(1)
}
