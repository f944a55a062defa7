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
func (in *Interp) FinalLine(e *Exception) string { return in.finalLine(e, true) }

// finalLine is FinalLine as the interpreter's own printer (cPrinter) or the
// traceback module shows it: suggestions came with 3.10 in the former, with
// 3.11 in the latter.
func (in *Interp) finalLine(e *Exception, cPrinter bool) string {
	line := in.ExceptionLine(e)
	suggested := false
	if e.suggest != nil && (in.minor >= 11 || in.minor == 10 && cPrinter) {
		if s := e.suggest(); s != "" {
			line += ". Did you mean: '" + s + "'?"
			suggested = true
		}
	}
	return line + in.forgotImport(e, suggested)
}

// Frames returns e's traceback, outermost first.
func (in *Interp) Frames(e *Exception) []trace.Frame {
	out := make([]trace.Frame, 0, len(e.tb))
	for i := len(e.tb) - 1; i >= 0; i-- {
		t := e.tb[i]
		file, text := in.File, ""
		if t.lib != nil {
			file, text = t.lib.File, t.lib.Text
		} else if t.fn.file != "" && t.fn.file != in.File {
			file = t.fn.file
			if lines := libSources[strings.TrimSuffix(file, ".py")]; lines != nil && t.line >= 1 && t.line <= len(lines) {
				text = strings.TrimSpace(lines[t.line-1])
			}
		} else {
			text = in.sourceLine(t.line)
		}
		out = append(out, trace.Frame{File: file, Line: t.line, Func: t.fn.name, Text: text})
	}
	return out
}

// OutermostLine is the line of the outermost frame of e's traceback,
// Frames(e)[0].Line without building the frames (0 and false when the
// traceback is empty).
func (e *Exception) OutermostLine() (int, bool) {
	if len(e.tb) == 0 {
		return 0, false
	}
	return e.tb[len(e.tb)-1].line, true
}

// TracebackLine returns the innermost line of e's traceback that is the
// program's (0 if none): library frames (asyncio.sleep's) are not lines of
// the program.
func (e *Exception) TracebackLine() int {
	for _, t := range e.tb {
		if t.lib == nil {
			return t.line
		}
	}
	return 0
}

// AddFrame appends a traceback entry for native code that re-raises an
// exception at a known line (rarely needed).
func (e *Exception) ResetTraceback() { e.tb, e.tbAct = nil, 0 }

// carets is the indicator line CPython 3.11 prints under the source line
// of traceback entry t, or "" for none (always in 3.7 mode, and for
// entries outside the main file, whose library sources differ from
// CPython's).
func (in *Interp) carets(t tbEntry, cPrinter bool) string {
	if t.lib != nil && t.lib.Carets != "" {
		return t.lib.Carets + "\n"
	}
	if in.minor < 11 || !in.ownLine(t) {
		return ""
	}
	// 3.13 prints uncaught exceptions with the traceback module.
	return caretLine(in.rawLine(t.line), t.start, t.end, cPrinter && in.minor < 13, in.minor >= 13)
}

// rawLine is line n of the main file as read, without its line ending.
func (in *Interp) rawLine(n int) string {
	return strings.TrimSuffix(in.lines[n-1], "\r")
}

// ownLine reports whether traceback entry t is at a line of the main file.
func (in *Interp) ownLine(t tbEntry) bool {
	return t.lib == nil && (t.fn.file == "" || t.fn.file == in.File) && t.line >= 1 && t.line <= len(in.lines)
}

func (in *Interp) sourceLine(n int) string {
	if n >= 1 && n <= len(in.lines) {
		return strings.TrimSpace(in.lines[n-1])
	}
	return ""
}

// FormatException renders e as CPython 3.11 prints an uncaught exception,
// including chained causes and contexts and exception group trees. It
// follows traceback.TracebackException.format and its print context.
func (in *Interp) FormatException(e *Exception) string {
	var b strings.Builder
	ctx := &printCtx{b: &b, seen: map[*Exception]bool{}}
	in.format(ctx, e)
	return b.String()
}

// FormatUncaught renders e as the interpreter prints an uncaught
// exception. It differs from FormatException (the traceback module's
// rendering) only in 3.11's source and caret lines, which the C printer
// draws: source lines keep trailing whitespace and operator anchors are
// found by bytes.
func (in *Interp) FormatUncaught(e *Exception) string {
	var b strings.Builder
	ctx := &printCtx{b: &b, seen: map[*Exception]bool{}, c: true}
	in.format(ctx, e)
	return b.String()
}

// FormatUnraisable renders e as CPython's default sys.unraisablehook
// prints it below "Exception ignored in: …": its own traceback and line,
// without the exceptions it was raised from or while handling.
func (in *Interp) FormatUnraisable(e *Exception) string {
	var b strings.Builder
	ctx := &printCtx{b: &b, seen: map[*Exception]bool{}, c: true}
	cause, context := e.Cause, e.Context
	e.Cause, e.Context = nil, nil
	in.format(ctx, e)
	e.Cause, e.Context = cause, context
	return b.String()
}

type printCtx struct {
	c         bool // the interpreter's C printer, not the traceback module
	b         *strings.Builder
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

func (c *printCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text, every line prefixed by the indent and margin.
func (c *printCtx) emit(text string, margin byte) {
	if margin == 0 {
		margin = '|'
	}
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		c.b.WriteString(prefix + line)
	}
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (in *Interp) format(c *printCtx, e *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	msg := ""
	for x := e; x != nil; {
		c.seen[x] = true
		chain = append(chain, link{msg, x})
		var next *Exception
		msg = ""
		if cause, ok := x.Cause.(*Exception); ok {
			next, msg = cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		} else if x.Context != nil && !x.SuppressContext {
			next, msg = x.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		if next != nil && c.seen[next] {
			next = nil
		}
		x = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		x := chain[i].exc
		if i < len(chain)-1 {
			c.emit(chain[i+1].msg, 0)
		}
		if x.Group == nil {
			if len(x.tb) > 0 {
				c.emit("Traceback (most recent call last):\n", 0)
				c.emit(in.stackText(x, c.c), 0)
			}
			c.emit(in.exceptionOnly(x, c.c), 0)
			continue
		}
		if c.depth > maxGroupDepth {
			c.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), 0)
			continue
		}
		top := c.depth == 0
		if top {
			c.depth++
		}
		if len(x.tb) > 0 {
			margin := byte(0)
			if top {
				margin = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", margin)
			c.emit(in.stackText(x, c.c), 0)
		}
		c.emit(in.exceptionOnly(x, c.c), 0)
		n := len(x.Group)
		if n > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		c.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				c.needClose = true
			}
			truncated := k >= maxGroupWidth
			title := fmt.Sprint(k + 1)
			if truncated {
				title = "..."
			}
			head := "  "
			if k == 0 {
				head = "+-"
			}
			c.b.WriteString(c.indent() + head + "+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				in.format(c, x.Group[k])
			} else {
				rem := len(x.Group) - maxGroupWidth
				s := "s"
				if rem == 1 {
					s = ""
				}
				c.emit(fmt.Sprintf("and %d more exception%s\n", rem, s), 0)
			}
			if last && c.needClose {
				c.b.WriteString(c.indent() + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if top {
			c.depth = 0
		}
	}
}

func (in *Interp) exceptionOnly(e *Exception, cPrinter bool) string {
	s := in.finalLine(e, cPrinter) + "\n"
	for _, n := range e.Notes {
		s += n + "\n"
	}
	return s
}

// stackText formats the frames of e's traceback, collapsing runs of more
// than three identical frames as CPython does.
func (in *Interp) stackText(e *Exception, cPrinter bool) string {
	var b strings.Builder
	frames := in.Frames(e)
	for i := 0; i < len(frames); {
		j := i
		for j < len(frames) && frames[j] == frames[i] {
			j++
		}
		n := j - i
		for k := 0; k < min(n, 3); k++ {
			f := frames[i+k]
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
			if f.Text != "" {
				t := e.tb[len(e.tb)-1-i-k]
				text := f.Text
				if cPrinter && in.ownLine(t) && in.minor >= 11 {
					text = strings.TrimLeft(in.rawLine(t.line), " \t\f")
				}
				fmt.Fprintf(&b, "    %s\n", text)
				b.WriteString(in.carets(t, cPrinter))
			}
		}
		if n > 3 {
			s := "s"
			if n-3 == 1 {
				s = ""
			}
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", n-3, s)
		}
		i = j
	}
	return b.String()
}
