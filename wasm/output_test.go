//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"testing"

	"taskline/engine/trace"
)

func showChunks(cs []chunk) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%d:%q ", c.Stream, c.Text)
	}
	return strings.TrimSpace(b.String())
}

func TestOutputChunks(t *testing.T) {
	for _, tc := range []struct {
		name           string
		prints         []chunk
		stdout, stderr string
		want           string
	}{
		{"merged per stream in order",
			[]chunk{{1, "a\n"}, {1, "b\n"}, {2, "warn\n"}, {1, "c\n"}}, "a\nb\nc\n", "warn\n",
			`1:"a\nb\n" 2:"warn\n" 1:"c\n"`},
		{"traceback after the prints",
			[]chunk{{1, "a: done\n"}}, "a: done\n", "Traceback (most recent call last):\nValueError\n",
			`1:"a: done\n" 2:"Traceback (most recent call last):\nValueError\n"`},
		{"a run that never started", nil, "", "taskline: language \"x\" is not supported\n",
			`2:"taskline: language \"x\" is not supported\n"`},
		{"stream 0 counts as stdout", []chunk{{0, "x"}}, "x", "", `1:"x"`},
		{"outcome text that disagrees with the prints is not appended",
			[]chunk{{1, "x"}}, "y", "", `1:"x"`},
		{"empty", nil, "", "", ``},
	} {
		if got := showChunks(outputChunks(tc.prints, tc.stdout, tc.stderr)); got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func showLines(ls []errorLine) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%s", l.Class)
		if l.Line > 0 {
			fmt.Fprintf(&b, "@%d:%d", l.Line, l.Col)
		}
		fmt.Fprintf(&b, " %s\n", l.Text)
	}
	return b.String()
}

func TestErrorLinesPython(t *testing.T) {
	e := &trace.Error{Type: "asyncio.exceptions.CancelledError", Line: "asyncio.exceptions.CancelledError", Frames: []trace.Frame{
		{File: "main.py", Line: 21, Func: "<module>", Text: "asyncio.run(main())"},
		{File: "main.py", Line: 12, Col: 5, Func: "worker"},
	}}
	want := `head Traceback (most recent call last):
frame@21:0   File "main.py", line 21, in <module>
src     asyncio.run(main())
frame@12:5   File "main.py", line 12, in worker
last asyncio.exceptions.CancelledError
`
	if got := showLines(errorLines(e, trace.OutcomeException, "python")); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestErrorLinesSyntaxError(t *testing.T) {
	e := &trace.Error{Type: "SyntaxError", Message: "invalid syntax", Pos: trace.Pos{Line: 3, Col: 7}}
	want := "frame@3:7 line 3:7\nlast SyntaxError: invalid syntax\n"
	if got := showLines(errorLines(e, trace.OutcomeSyntaxError, "python")); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// With a frame (CPython prints the file and line), still no traceback header.
	e.Frames = []trace.Frame{{File: "main.py", Line: 3, Func: "<module>", Text: "x = = 1"}}
	if got := showLines(errorLines(e, trace.OutcomeSyntaxError, "python")); strings.Contains(got, "Traceback") {
		t.Errorf("syntax error shows a traceback header:\n%s", got)
	}
}

func TestErrorLinesGo(t *testing.T) {
	e := &trace.Error{Type: "panic", Line: "panic: boom", Frames: []trace.Frame{
		{File: "prog.go", Line: 10, Func: "main.main"},
		{File: "prog.go", Line: 4, Func: "main.f"},
	}}
	want := "last panic: boom\nframe@4:0 main.f()\n\tprog.go:4\nframe@10:0 main.main()\n\tprog.go:10\n"
	if got := showLines(errorLines(e, trace.OutcomePanic, "go")); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestOptions(t *testing.T) {
	// options reads a JS object; missing and mistyped fields keep defaults.
	o := options(jsObject(map[string]any{"lang": "go", "python": "3.7", "maxSteps": 1000, "seed": 3, "file": 5}))
	if o.Lang != "go" || o.Python != "3.7" || o.MaxSteps != 1000 || o.Seed != 3 || o.File != "" {
		t.Errorf("options = %+v", o)
	}
	if o := options(jsObject(nil)); o.Lang != "" || o.MaxSteps != 0 {
		t.Errorf("empty options = %+v", o)
	}
}
