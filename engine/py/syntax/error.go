package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"taskline/engine/py/ast"
)

// A SyntaxError is a syntax error in a program, reported as CPython 3.11
// reports it: the same message, line and column range.
type SyntaxError struct {
	Filename string
	Kind     string // "SyntaxError", "IndentationError", "TabError" or "RecursionError"
	Line     int    // 1-based
	Col      int    // 1-based, in code points (CPython's offset)
	EndLine  int
	EndCol   int // exclusive; 0 or -1 when CPython records no end (CPython's end_offset)
	Msg      string
	Text     string // the source line, without its line ending

	// At is where the error is in the program when Filename and Line name
	// something else (3.7 reports f-string errors in "<fstring>", line 1);
	// otherwise zero.
	At ast.Pos

	// atEOF marks an error found at the end of input, where CPython's file
	// tokenizer records no column and so no caret is drawn.
	atEOF bool

	// minor is the modelled 3.x (0: 3.11), which decides how the printer
	// draws the caret line: before 3.10 one caret (no end offset), 3.10 to
	// 3.12's C printer the range of a SyntaxError but one caret for its
	// subclasses (IndentationError, TabError), 3.13's traceback module
	// the range for all.
	minor int
}

// Error returns "file:line:col: msg".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
}

// Pos returns the start of the error.
func (e *SyntaxError) Pos() ast.Pos { return ast.Pos{Line: e.Line, Col: e.Col} }

// Traceback returns what CPython 3.11 prints on stderr when a script has
// this error: the File line, the source line, the caret line and the
// exception line, each ending in a newline.
func (e *SyntaxError) Traceback() string {
	if e.Kind == "RecursionError" {
		return e.Kind + ": " + e.Msg + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" || e.Line > 0 {
		e.writeText(&b)
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// writeText follows print_exception and print_error_text in CPython 3.11's
// Python/pythonrun.c.
func (e *SyntaxError) writeText(b *strings.Builder) {
	offset, endOffset := e.Col, e.EndCol
	if e.Kind != "SyntaxError" && e.minor < 13 || e.minor > 0 && e.minor < 10 {
		endOffset = -1 // no end in the printer
	}
	lineSize := utf8.RuneCountInString(e.Text) + 1 // CPython's text keeps its newline
	if e.EndLine > e.Line && e.Kind == "SyntaxError" {
		endOffset = lineSize
	}
	if endOffset > lineSize+1 {
		endOffset = lineSize + 1
	}
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	text := e.Text
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	if n := utf8.RuneCountInString(text); offset > n {
		offset = n
	}
	b.WriteString("    ")
	b.WriteString(text)
	b.WriteString("\n")
	if offset < 0 || e.atEOF {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteString("\n")
}

// newError builds a SyntaxError for the range [pos, end) of src; end.Col is
// CPython's end_offset (0 or -1 for none).
func newError(filename string, src []byte, kind string, pos, end ast.Pos, msg string) *SyntaxError {
	if end.Line == 0 {
		end.Line = pos.Line
	}
	return &SyntaxError{
		Filename: filename, Kind: kind, Msg: msg,
		Line: pos.Line, Col: pos.Col, EndLine: end.Line, EndCol: end.Col,
		Text: sourceLine(src, pos.Line),
	}
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexAny(src, "\r\n")
		if j < 0 {
			return ""
		}
		if src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
			j++
		}
		src = src[j+1:]
	}
	if j := bytes.IndexAny(src, "\r\n"); j >= 0 {
		src = src[:j]
	}
	return string(bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF")))
}

// An UnsupportedError reports valid Python that Taskline does not run, such
// as a match statement.
type UnsupportedError struct {
	Filename string
	Pos      ast.Pos
	What     string // e.g. "match statements"
}

// Error returns "file:line:col: match statements are not supported yet".
func (e *UnsupportedError) Error() string {
	verb := "is"
	if strings.HasSuffix(e.What, "s") {
		verb = "are"
	}
	return fmt.Sprintf("%s:%d:%d: %s %s not supported yet", e.Filename, e.Pos.Line, e.Pos.Col, e.What, verb)
}
