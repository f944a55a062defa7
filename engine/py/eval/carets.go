package eval

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// CPython 3.11 underlines, under a traceback entry's source line, the
// expression whose instruction raised: carets (^) for the whole
// expression, or for a binary operation or subscript tildes (~) under the
// operands and carets under the operator or brackets. The line is left
// bare when the carets would cover the whole stripped line. The rules
// below follow CPython 3.11.7, which has two printers: the interpreter's
// own (C), for uncaught exceptions, and the traceback module's, for
// traceback.print_exc and logging. Their quirks are kept: the module's
// operator anchor mixes a UTF-8 byte offset with character offsets, the
// two treat trailing whitespace differently, and both count wide (East
// Asian) characters as two columns. The table of wide characters below
// covers the main blocks, not every W and F code point.

// markPos records that the expression spanning start to end raised err in
// fr, unless a more deeply nested expression of fr already did or fr's
// traceback entry exists.
func markPos(err error, fr *frame, start, end ast.Pos) {
	if e, ok := err.(*Exception); ok && e.tbAct != fr.act && e.pendAct != fr.act {
		e.pendAct, e.pendStart, e.pendEnd = fr.act, start, end
	}
}

// addTraceback records that exc passed through fr at line.
func addTraceback(in *Interp, err error, fr *frame, line int) {
	if e, ok := err.(*Exception); ok && e.tbAct != fr.act {
		e.addEntry(in.py37, fr, fr.code, line, ast.Pos{}, ast.Pos{})
	}
}

// attrSpan is the span an attribute load is underlined with: the whole
// expression, or, when it spans lines, just the attribute name on its last
// line (CPython 3.11 moves the instruction's start there).
func attrSpan(a *ast.Attribute) (ast.Pos, ast.Pos) {
	start, end := a.Span()
	if start.Line != end.Line {
		return a.AttrPos, end
	}
	return start, end
}

// markedAt is err after markPos(err, fr, start, end).
func markedAt(err error, fr *frame, start, end ast.Pos) error {
	markPos(err, fr, start, end)
	return err
}

// addEntry appends fr's traceback entry at line. The span is that of the
// innermost raising expression recorded by markPos, whose first line is
// then the entry's line (the line of the raising instruction in CPython),
// else start to end (the statement's), dropped when it does not begin on
// line. In 3.7 mode (py37) lines stay the statement's.
func (e *Exception) addEntry(py37 bool, fr *frame, code *funcCode, line int, start, end ast.Pos) {
	if e.pendAct == fr.act && !py37 {
		start, end = e.pendStart, e.pendEnd
		line = start.Line
	}
	e.pendAct = 0
	if start.Line != line {
		start, end = ast.Pos{}, ast.Pos{}
	}
	e.tbAct = fr.act
	var locals []Value
	if code.kind >= 0 {
		locals = fr.locals
	}
	e.tb = append(e.tb, tbEntry{fn: code, line: line, start: start, end: end, locals: locals})
}

// caretLine returns the indicator line (with its newline) CPython prints
// under src, the raw source line of a traceback entry, for the span start
// to end, or "" for none. cPrinter selects the interpreter's own printer
// (uncaught exceptions) over the traceback module's: they differ on lines
// with trailing whitespace and in the operator anchor on non-ASCII lines.
//
// calls selects CPython 3.13's rules, where a call is anchored too (tildes
// under the function, carets from its opening parenthesis), and where
// `return f(x)` and `name = f(x)` stay bare when the call is the whole
// statement's value.
func caretLine(src string, start, end ast.Pos, cPrinter, calls bool) string {
	if start.Line == 0 || end.Line < start.Line || start.Col < 1 {
		return ""
	}
	line := []rune(src)
	stripped := len([]rune(strings.TrimSpace(src)))
	lead := len(line) - len([]rune(strings.TrimLeftFunc(src, unicode.IsSpace)))
	trail := len(line) - len([]rune(strings.TrimRightFunc(src, unicode.IsSpace)))
	if cPrinter {
		lead = len(line) - len([]rune(strings.TrimLeft(src, " \t\f")))
		stripped = len(line) - lead
	}
	if stripped <= 0 {
		return ""
	}
	startOff := start.Col - 1
	if startOff > len(line) {
		return ""
	}
	var endOff int
	var anchors *caretAnchors
	if start.Line == end.Line {
		endOff = min(max(end.Col-1, startOff), len(line))
		anchors = keptAnchors(string(line[startOff:endOff]), cPrinter, calls)
		if calls && spawnsFullLine(strings.TrimSpace(src), endOff-startOff) {
			return ""
		}
	} else if cPrinter {
		endOff = len([]rune(strings.TrimRight(src, " \t\f")))
	} else {
		endOff = len(line) - trail
	}
	if anchors == nil && endOff-startOff >= stripped {
		return ""
	}
	dpStart := displayWidth(line[:startOff]) + 1
	dpEnd := displayWidth(line[:max(endOff, startOff)]) + 1
	pad := dpStart - 1 - lead
	if !cPrinter {
		// traceback.py subtracts all the whitespace strip() removed,
		// trailing included.
		pad -= trail
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(pad, 0)))
	if anchors != nil {
		seg := line[startOff:endOff]
		left := displayWidth(seg[:min(anchors.left, len(seg))])
		right := displayWidth(seg[:min(anchors.right, len(seg))])
		b.WriteString(strings.Repeat("~", left))
		b.WriteString(strings.Repeat("^", max(right-left, 0)))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpStart-right, 0)))
	} else {
		b.WriteString(strings.Repeat("^", max(dpEnd-dpStart, 0)))
	}
	b.WriteString("\n")
	return b.String()
}

// caretAnchors are character offsets into an underlined segment: tildes
// before left and from right on, carets between.
type caretAnchors struct{ left, right int }

// anchorsKept remembers extractAnchors' answers: every run of a program
// that fails prints the same traceback, whose segments are parsed to find
// their anchors. Many of them do not parse on their own (an await or a
// yield outside a function), and the parse cache of package syntax keeps
// only what parsed, so each run parsed those again.
var anchorsKept struct {
	mu sync.Mutex
	m  map[anchorsKey]*caretAnchors
}

type anchorsKey struct {
	segment         string
	cPrinter, calls bool
}

// anchorsKeep bounds anchorsKept; past it, it starts again empty.
const anchorsKeep = 256

// keptAnchors is extractAnchors, remembered. The answer is shared: callers
// only read it.
func keptAnchors(segment string, cPrinter, calls bool) *caretAnchors {
	k := anchorsKey{segment, cPrinter, calls}
	anchorsKept.mu.Lock()
	a, ok := anchorsKept.m[k]
	anchorsKept.mu.Unlock()
	if ok {
		return a
	}
	a = extractAnchors(segment, cPrinter, calls)
	anchorsKept.mu.Lock()
	if anchorsKept.m == nil || len(anchorsKept.m) >= anchorsKeep {
		anchorsKept.m = map[anchorsKey]*caretAnchors{}
	}
	anchorsKept.m[k] = a
	anchorsKept.mu.Unlock()
	return a
}

// extractAnchors finds the operator of a binary operation or the brackets
// of a subscript that make up the whole of segment, as CPython's
// _extract_caret_anchors_from_line_segment does.
//
// The traceback module's version steps over the operator's leading
// whitespace counting characters from a UTF-8 byte offset, which moves
// the anchor on lines with non-ASCII text before the operator; the C
// printer's (cPrinter) counts bytes throughout.
func extractAnchors(segment string, cPrinter, calls bool) *caretAnchors {
	mod, err := syntax.Parse("<segment>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return nil
	}
	stmt, ok := mod.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	seg := []rune(segment)
	// byteOff is the UTF-8 byte offset of a 1-based character column.
	byteOff := func(p ast.Pos) int { return len(string(seg[:min(p.Col-1, len(seg))])) }
	normalize := func(off int) int { return bytesToChars(segment, off) }
	switch x := stmt.Value.(type) {
	case *ast.BinOp:
		_, lend := x.Left.Span()
		rstart, _ := x.Right.Span()
		if lend.Line != 1 || rstart.Line != 1 {
			return nil
		}
		if cPrinter {
			return binOpAnchorsC(segment, byteOff(lend), byteOff(rstart))
		}
		opStart, opEnd := normalize(byteOff(lend)), normalize(byteOff(rstart))
		if opStart > opEnd || opEnd > len(seg) {
			return nil
		}
		op := seg[opStart:opEnd]
		opOffset := len(op) - len([]rune(strings.TrimLeftFunc(string(op), unicode.IsSpace)))
		left := byteOff(lend) + opOffset
		right := left + 1
		if opOffset+1 < len(op) && !unicode.IsSpace(op[opOffset+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return &caretAnchors{normalize(left), normalize(right)}
	case *ast.Call:
		if !calls {
			return nil
		}
		_, fend := x.Func.Span()
		if fend.Line != 1 {
			return nil
		}
		left := normalize(byteOff(fend))
		for left < len(seg) && seg[left] != '(' {
			left++
		}
		return &caretAnchors{left, len(seg)}
	case *ast.Subscript:
		_, vend := x.Value.Span()
		_, send := x.Slice.Span()
		if vend.Line != 1 || send.Line != 1 {
			return nil
		}
		left := normalize(byteOff(vend))
		right := normalize(byteOff(send) + 1)
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return &caretAnchors{left, right}
	}
	return nil
}

// binOpAnchorsC finds the operator between byte offsets from and to of
// segment as CPython's C traceback printer does: the first character that
// is not a space, tab or form feed and not a closing parenthesis.
func binOpAnchorsC(segment string, from, to int) *caretAnchors {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }
	left, right := -1, -1
	for i := from; i < to && i < len(segment); i++ {
		if isSpace(segment[i]) {
			continue
		}
		left, right = i, i+1
		if i+1 < to && !isSpace(segment[i+1]) {
			right++
		}
		if i+1 < to && segment[i] == ')' {
			continue
		}
		break
	}
	if left < 0 {
		return nil
	}
	return &caretAnchors{bytesToChars(segment, left), bytesToChars(segment, right)}
}

// bytesToChars is the number of characters in the first off bytes of s,
// an incomplete character at the cut counting one, as Python's
// decode("utf-8", errors="replace") counts them.
func bytesToChars(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	n := 0
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			size = 1
		}
		if i+size > off {
			return n + 1
		}
		i += size
		n++
	}
	return n
}

// displayWidth is the number of terminal columns rs takes: two for wide
// and fullwidth (East Asian Width W or F) characters, one otherwise.
func displayWidth(rs []rune) int {
	n := 0
	for _, r := range rs {
		n++
		if isWide(r) {
			n++
		}
	}
	return n
}

// wideRanges are the main blocks of East Asian Width W and F characters
// (CJK, Hangul, kana, fullwidth forms, emoji).
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
	{0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
	{0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
	{0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
	{0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
	{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
	{0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
	{0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
	{0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
	{0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
	{0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
	{0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
	{0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
	{0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
	{0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
	{0x30000, 0x3FFFD},
}

func isWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	for _, w := range wideRanges {
		if r >= w[0] && r <= w[1] {
			return true
		}
	}
	return false
}

// spawnsFullLine is 3.13's exception to underlining a call: the statement
// (stmt, one stripped line) is `return f(…)` with f a plain name, or
// `name = call(…)` of anything, and the underlined segment, n characters,
// is that call.
func spawnsFullLine(stmt string, n int) bool {
	// Parsed as the body of a function, so that `return` is allowed (ast.parse
	// does not check where a return stands): the statement is on line 2,
	// one column in.
	mod, err := syntax.Parse("<line>", []byte("def _():\n "+stmt))
	if err != nil || len(mod.Body) != 1 {
		return false
	}
	fn, ok := mod.Body[0].(*ast.FunctionDef)
	if !ok || len(fn.Body) != 1 {
		return false
	}
	var value ast.Expr
	switch s := fn.Body[0].(type) {
	case *ast.Return:
		// Only a call of a plain name; an assignment's call may be any.
		if c, ok := s.Value.(*ast.Call); ok {
			if _, ok := c.Func.(*ast.Name); ok {
				value = s.Value
			}
		}
	case *ast.Assign:
		if len(s.Targets) == 1 {
			if _, ok := s.Targets[0].(*ast.Name); ok {
				value = s.Value
			}
		}
	}
	c, ok := value.(*ast.Call)
	if !ok {
		return false
	}
	start, end := c.Span()
	return start.Line == 2 && end.Line == 2 && end.Col-start.Col == n && end.Col-2 == utf8.RuneCountInString(stmt)
}
