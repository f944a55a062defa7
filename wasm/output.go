//go:build js && wasm

package main

import (
	"fmt"
	"strings"

	"taskline/engine/trace"
)

// A chunk is a run of output from one stream: 1 stdout, 2 stderr.
type chunk struct {
	Stream int
	Text   string
}

// outputChunks merges consecutive prints of one stream and appends what the
// outcome's stdout and stderr hold beyond the prints: a final traceback the
// runtime writes to stderr, or the message of a run that never started. A
// stream whose prints are not a prefix of the outcome's text (which the
// engine should not produce) keeps just its prints.
func outputChunks(prints []chunk, stdout, stderr string) []chunk {
	var out []chunk
	add := func(stream int, text string) {
		if text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Stream == stream {
			out[n-1].Text += text
			return
		}
		out = append(out, chunk{stream, text})
	}
	var seen [3]strings.Builder
	for _, p := range prints {
		s := p.Stream
		if s != 2 {
			s = 1
		}
		seen[s].WriteString(p.Text)
		add(s, p.Text)
	}
	for s, full := range [...]string{1: stdout, 2: stderr} {
		if s == 0 {
			continue
		}
		if rest, ok := strings.CutPrefix(full, seen[s].String()); ok {
			add(s, rest)
		}
	}
	return out
}

// An errorLine is one line of the error alert. A line with Line > 0 is a
// frame that links to that source line.
type errorLine struct {
	Class string // "head", "src", "last" or "frame"
	Text  string
	Line  int
	Col   int
}

// errorLines lays out an uncaught error as the runtime prints it. Python:
// "Traceback (most recent call last):", the frames outermost first, each
// with its source line, then the exception line. Go: the panic line, then
// the goroutine's frames innermost first. A syntax error has no traceback
// header. Without frames, a known position becomes a single link.
func errorLines(e *trace.Error, kind, lang string) []errorLine {
	last := e.Line
	if last == "" {
		last = e.Type
		if e.Message != "" {
			last += ": " + e.Message
		}
	}
	var out []errorLine
	frameless := func() {
		if e.Pos.Line > 0 {
			label := fmt.Sprintf("line %d", e.Pos.Line)
			if e.Pos.Col > 0 {
				label += fmt.Sprintf(":%d", e.Pos.Col)
			}
			out = append(out, errorLine{Class: "frame", Text: label, Line: e.Pos.Line, Col: e.Pos.Col})
		}
	}
	switch {
	case lang == "go":
		out = append(out, errorLine{Class: "last", Text: last})
		for i := len(e.Frames) - 1; i >= 0; i-- {
			f := e.Frames[i]
			out = append(out, errorLine{Class: "frame", Text: fmt.Sprintf("%s()\n\t%s:%d", f.Func, f.File, f.Line), Line: f.Line, Col: f.Col})
		}
		if len(e.Frames) == 0 {
			frameless()
		}
	case len(e.Frames) > 0:
		if kind != trace.OutcomeSyntaxError {
			out = append(out, errorLine{Class: "head", Text: "Traceback (most recent call last):"})
		}
		for _, f := range e.Frames {
			out = append(out, errorLine{Class: "frame", Text: fmt.Sprintf("  File %q, line %d, in %s", f.File, f.Line, f.Func), Line: f.Line, Col: f.Col})
			if f.Text != "" {
				out = append(out, errorLine{Class: "src", Text: "    " + f.Text})
			}
		}
		out = append(out, errorLine{Class: "last", Text: last})
	default:
		frameless()
		out = append(out, errorLine{Class: "last", Text: last})
	}
	return out
}
