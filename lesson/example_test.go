package lesson_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"

	"taskline/lesson"
)

// A static-site generator registers the extension with its goldmark
// converter; fenced blocks marked {run} become pre-rendered playgrounds.
// Pass a context from lesson.NewContext to get the problems (an expect that
// did not hold, a bad option) with file and line.
func Example() {
	md := goldmark.New(goldmark.WithExtensions(
		// WithMissingLanguages: a build without one of the engines still
		// renders, without a result for that language's blocks.
		lesson.New(lesson.WithMissingLanguages()),
	))
	src := []byte("# Hello\n\n```python {run title=\"Hello\" expect=\"none\"}\nprint('hello')\n```\n\n```python {run colour=red}\nprint('x')\n```\n")
	pc := lesson.NewContext("docs/hello.md")
	var html bytes.Buffer
	if err := md.Convert(src, &html, parser.WithContext(pc)); err != nil {
		panic(err)
	}
	fmt.Println("playgrounds:", strings.Count(html.String(), "<taskline-playground"))
	for _, d := range lesson.Diagnostics(pc) {
		fmt.Println(d)
	}
	// Output:
	// playgrounds: 1
	// docs/hello.md:7:16: unknown option "colour" (known: title, python, expect, readonly, autorun, height, seed)
}
