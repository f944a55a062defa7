package eval

import (
	"fmt"
	"strings"

	"taskline/engine/trace"
)

// ExceptionLine is the last line of a traceback for e: "Type: message",
// or just "Type" when the message is empty.
func (in *Interp) ExceptionLine(e *Exception) string {
	name := in.FullName(e.Class)
	msg, err := in.str(e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// FinalLine is the last line CPython's traceback printer shows for e: the
// exception line plus, for NameError and AttributeError, its "Did you
// mean" suggestion.
func (in *Interp) FinalLine(e *Exception) string {
	line := in.ExceptionLine(e)
	if e.suggest != nil {
		if s := e.suggest(); s != "" {
			line += ". Did you mean: '" + s + "'?"
		}
	}
	return line
}

// Frames returns e's traceback, outermost first.
func (in *Interp) Frames(e *Exception) []trace.Frame {
	out := make([]trace.Frame, 0, len(e.tb))
	for i := len(e.tb) - 1; i >= 0; i-- {
		t := e.tb[i]
		out = append(out, trace.Frame{File: in.File, Line: t.line, Func: t.fn.name, Text: in.sourceLine(t.line)})
	}
	return out
}

// TracebackLine returns the innermost line of e's traceback (0 if none).
func (e *Exception) TracebackLine() int {
	if len(e.tb) == 0 {
		return 0
	}
	return e.tb[0].line
}

// AddFrame appends a traceback entry for native code that re-raises an
// exception at a known line (rarely needed).
func (e *Exception) ResetTraceback() { e.tb, e.tbFrame = nil, nil }

func (in *Interp) sourceLine(n int) string {
	if n >= 1 && n <= len(in.lines) {
		return strings.TrimSpace(in.lines[n-1])
	}
	return ""
}

// FormatException renders e as CPython 3.11 prints an uncaught exception,
// including chained causes and contexts and exception group trees.
func (in *Interp) FormatException(e *Exception) string {
	var b strings.Builder
	in.formatChain(&b, e, map[*Exception]bool{}, "")
	return b.String()
}

func (in *Interp) formatChain(b *strings.Builder, e *Exception, seen map[*Exception]bool, margin string) {
	seen[e] = true
	if c, ok := e.Cause.(*Exception); ok && !seen[c] {
		in.formatChain(b, c, seen, margin)
		b.WriteString(margin + "\n" + margin + "The above exception was the direct cause of the following exception:\n" + margin + "\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		in.formatChain(b, e.Context, seen, margin)
		b.WriteString(margin + "\n" + margin + "During handling of the above exception, another exception occurred:\n" + margin + "\n")
	}
	in.formatOne(b, e, margin)
}

func (in *Interp) formatTB(b *strings.Builder, e *Exception, margin string) {
	if len(e.tb) == 0 {
		return
	}
	b.WriteString(margin + "Traceback (most recent call last):\n")
	frames := in.Frames(e)
	// CPython collapses runs of more than 3 identical frames.
	for i := 0; i < len(frames); {
		j := i
		for j < len(frames) && frames[j] == frames[i] {
			j++
		}
		n := j - i
		shown := min(n, 3)
		for k := 0; k < shown; k++ {
			f := frames[i]
			fmt.Fprintf(b, "%s  File \"%s\", line %d, in %s\n", margin, f.File, f.Line, f.Func)
			if f.Text != "" {
				fmt.Fprintf(b, "%s    %s\n", margin, f.Text)
			}
		}
		if n > 3 {
			s := "s"
			if n-3 == 1 {
				s = ""
			}
			fmt.Fprintf(b, "%s  [Previous line repeated %d more time%s]\n", margin, n-3, s)
		}
		i = j
	}
}

func (in *Interp) formatOne(b *strings.Builder, e *Exception, margin string) {
	if e.Group != nil {
		in.formatGroup(b, e, margin, 0)
		return
	}
	in.formatTB(b, e, margin)
	b.WriteString(margin + in.FinalLine(e) + "\n")
	for _, n := range e.Notes {
		b.WriteString(margin + n + "\n")
	}
}

func (in *Interp) formatGroup(b *strings.Builder, e *Exception, margin string, depth int) {
	m := margin
	if depth == 0 {
		b.WriteString(margin + "  + Exception Group Traceback (most recent call last):\n")
	}
	inner := &strings.Builder{}
	in.formatTB(inner, e, "")
	inner.WriteString(in.ExceptionLine(e) + "\n")
	for _, n := range e.Notes {
		inner.WriteString(n + "\n")
	}
	for _, line := range strings.SplitAfter(strings.TrimSuffix(inner.String(), "\n"), "\n") {
		b.WriteString(m + "  | " + strings.TrimSuffix(line, "\n") + "\n")
	}
	for i, sub := range e.Group {
		if i >= 15 {
			fmt.Fprintf(b, "%s    +---------------- ... ----------------\n", m)
			fmt.Fprintf(b, "%s    | and %d more exceptions\n", m, len(e.Group)-15)
			break
		}
		head := "+-+"
		if i > 0 {
			head = "  +"
		}
		fmt.Fprintf(b, "%s  %s---------------- %d ----------------\n", m, head, i+1)
		sb := &strings.Builder{}
		if sub.Group != nil {
			in.formatSubGroup(sb, sub)
		} else {
			in.formatChain(sb, sub, map[*Exception]bool{}, "")
		}
		for _, line := range strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n") {
			b.WriteString(m + "    | " + line + "\n")
		}
	}
	fmt.Fprintf(b, "%s    +------------------------------------\n", m)
}

func (in *Interp) formatSubGroup(b *strings.Builder, e *Exception) {
	sb := &strings.Builder{}
	in.formatGroup(sb, e, "", 1)
	b.WriteString("Exception Group Traceback (most recent call last):\n")
	s := sb.String()
	// formatGroup at depth 1 indents with "  | "; strip one level for nesting.
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		b.WriteString(strings.TrimPrefix(line, "  ") + "\n")
	}
}
