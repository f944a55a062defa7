package syntax

// This file defines the scanner: source bytes in, a slice of tokens out.
//
// The whole file is tokenized before parsing starts. That costs one slice
// and buys two things: the parser can look ahead and back up freely, and we
// reproduce CPython's rule that an error found by its tokenizer anywhere in
// the file (an unterminated string, a mismatched bracket) takes precedence
// over a syntax error the parser found earlier.

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"taskline/engine/py/ast"
)

// A tokenKind is the kind of a lexical token.
type tokenKind int8

const (
	tILLEGAL tokenKind = iota // a character that starts no token ($, ?, `)
	tEOF
	tNEWLINE
	tINDENT
	tDEDENT

	tNAME
	tINT
	tFLOAT
	tIMAG
	tSTRING

	// Punctuation.
	tPLUS      // +
	tMINUS     // -
	tSTAR      // *
	tSLASH     // /
	tSLASHSL   // //
	tPERCENT   // %
	tSTARSTAR  // **
	tAT        // @
	tLTLT      // <<
	tGTGT      // >>
	tAMP       // &
	tPIPE      // |
	tCARET     // ^
	tTILDE     // ~
	tLT        // <
	tGT        // >
	tLE        // <=
	tGE        // >=
	tEQEQ      // ==
	tNE        // !=
	tLPAREN    // (
	tRPAREN    // )
	tLBRACK    // [
	tRBRACK    // ]
	tLBRACE    // {
	tRBRACE    // }
	tCOMMA     // ,
	tCOLON     // :
	tDOT       // .
	tSEMI      // ;
	tEQ        // =
	tARROW     // ->
	tWALRUS    // :=
	tELLIPSIS  // ...
	tAUGASSIGN // += -= *= /= //= %= @= &= |= ^= >>= <<= **=

	// Keywords.
	tFALSE
	tNONE
	tTRUE
	tAND
	tAS
	tASSERT
	tASYNC
	tAWAIT
	tBREAK
	tCLASS
	tCONTINUE
	tDEF
	tDEL
	tELIF
	tELSE
	tEXCEPT
	tFINALLY
	tFOR
	tFROM
	tGLOBAL
	tIF
	tIMPORT
	tIN
	tIS
	tLAMBDA
	tNONLOCAL
	tNOT
	tOR
	tPASS
	tRAISE
	tRETURN
	tTRY
	tWHILE
	tWITH
	tYIELD
)

var keywords = map[string]tokenKind{
	"False": tFALSE, "None": tNONE, "True": tTRUE, "and": tAND, "as": tAS,
	"assert": tASSERT, "async": tASYNC, "await": tAWAIT, "break": tBREAK,
	"class": tCLASS, "continue": tCONTINUE, "def": tDEF, "del": tDEL,
	"elif": tELIF, "else": tELSE, "except": tEXCEPT, "finally": tFINALLY,
	"for": tFOR, "from": tFROM, "global": tGLOBAL, "if": tIF,
	"import": tIMPORT, "in": tIN, "is": tIS, "lambda": tLAMBDA,
	"nonlocal": tNONLOCAL, "not": tNOT, "or": tOR, "pass": tPASS,
	"raise": tRAISE, "return": tRETURN, "try": tTRY, "while": tWHILE,
	"with": tWITH, "yield": tYIELD,
}

// A token is one lexical token. Its text is src[off:endOff]; the parser
// decodes names, numbers and strings from the text when it needs them.
type token struct {
	kind      tokenKind
	off, end  int32 // byte offsets
	pos, epos ast.Pos
}

// bracket is an open bracket waiting for its closer.
type bracket struct {
	ch  byte
	pos ast.Pos
}

// maxBrackets is CPython's MAXLEVEL: deeper nesting is an error.
const maxBrackets = 200

// scanner tokenizes one source file.
type scanner struct {
	src      []byte
	filename string

	off       int // current byte offset
	line      int // current line, 1-based
	col       int // current column, 1-based, in code points
	lineStart int // byte offset of the current line

	brackets []bracket
	indents  []int // indentation columns (tabs to multiples of 8)
	alt      []int // the same with tabs counted as 1, to detect TabError

	toks []token
	err  *SyntaxError // the tokenizer error, if any; scanning stops there

	// deferred marks an error CPython's tokenizer reports only when the
	// parser reaches it (E_DEDENT, E_TABSPACE, E_LINECONT, E_EOF), as
	// opposed to one it raises at once and so finds when it scans the
	// rest of the file after a parser error.
	deferred bool

	// In fstr mode the scanner scans the expression of an f-string
	// replacement field, src[off:limit], which behaves as if inside
	// brackets: no NEWLINE, INDENT or DEDENT tokens.
	limit int
	fstr  bool
}

// newScanner returns a scanner positioned at the start of src.
func newScanner(filename string, src []byte) *scanner {
	return &scanner{
		src: src, filename: filename,
		line: 1, col: 1, limit: len(src),
		indents: []int{0}, alt: []int{0},
	}
}

// errorf records a tokenizer error at the given position.
func (s *scanner) errorf(pos ast.Pos, endCol int, kind string, format string, args ...any) {
	if s.err == nil {
		s.err = newError(s.filename, s.src, kind, pos, ast.Pos{Line: pos.Line, Col: endCol}, fmt.Sprintf(format, args...))
	}
}

// peek returns the byte at off+n, or 0 past the end.
func (s *scanner) peek(n int) byte {
	if s.off+n < s.limit {
		return s.src[s.off+n]
	}
	return 0
}

// next advances over one code point (not a newline).
func (s *scanner) next() {
	if s.src[s.off] < utf8.RuneSelf {
		s.off++
	} else {
		_, n := utf8.DecodeRune(s.src[s.off:s.limit])
		s.off += n
	}
	s.col++
}

// newline advances over a line ending (\n, \r\n or \r).
func (s *scanner) newline() {
	if s.src[s.off] == '\r' && s.off+1 < s.limit && s.src[s.off+1] == '\n' {
		s.off++
	}
	s.off++
	s.line++
	s.col = 1
	s.lineStart = s.off
}

func (s *scanner) pos() ast.Pos { return ast.Pos{Line: s.line, Col: s.col} }

func (s *scanner) emit(kind tokenKind, off int, pos ast.Pos) {
	s.toks = append(s.toks, token{kind: kind, off: int32(off), end: int32(s.off), pos: pos, epos: s.pos()})
}

// scan tokenizes the whole input into s.toks, ending with tEOF. On a
// tokenizer error it records s.err and stops.
func (s *scanner) scan() {
	atLineStart := true
	for s.err == nil {
		if atLineStart && len(s.brackets) == 0 && !s.fstr {
			if !s.indentation() {
				continue // a blank line: the next one starts a line too
			}
			if s.err != nil {
				return
			}
			atLineStart = false
		}
		// Skip white space.
		for s.off < s.limit {
			c := s.src[s.off]
			if c == ' ' || c == '\t' || c == '\f' {
				s.off++
				s.col++
			} else {
				break
			}
		}
		if s.off >= s.limit {
			s.eof()
			return
		}
		c := s.src[s.off]
		switch {
		case c == '#':
			for s.off < s.limit && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.next()
			}
			continue
		case c == '\n' || c == '\r':
			if len(s.brackets) == 0 && !s.fstr {
				start, pos := s.off, s.pos()
				s.newline()
				s.toks = append(s.toks, token{kind: tNEWLINE, off: int32(start), end: int32(start + 1), pos: pos, epos: ast.Pos{Line: pos.Line, Col: pos.Col + 1}})
				atLineStart = true
			} else {
				s.newline()
			}
			continue
		case c == '\\':
			pos := s.pos()
			s.next()
			if s.off >= s.limit {
				s.errorf(ast.Pos{Line: pos.Line, Col: pos.Col + 1}, -1, "SyntaxError", "unexpected EOF while parsing")
				s.deferred = true
				return
			}
			if c := s.src[s.off]; c != '\n' && c != '\r' {
				s.errorf(ast.Pos{Line: pos.Line, Col: pos.Col + 1}, 0, "SyntaxError", "unexpected character after line continuation character")
				s.deferred = true
				return
			}
			s.newline()
			if s.off >= s.limit {
				s.errorf(s.eofPos(), -1, "SyntaxError", "unexpected EOF while parsing")
				s.deferred = true
				return
			}
			continue
		}
		s.token()
	}
}

// indentation measures the indentation of a new logical line and emits
// INDENT or DEDENT tokens. It reports false for a blank or comment-only
// line, which CPython ignores, having consumed it.
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	start := s.off
	for s.off < s.limit {
		switch s.src[s.off] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		s.off++
		s.col++
	}
done:
	if s.off >= s.limit {
		return true // eof handles the rest
	}
	switch s.src[s.off] {
	case '#', '\n', '\r':
		for s.off < s.limit && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
			s.next()
		}
		if s.off < s.limit {
			s.newline()
		}
		return false
	case '\\':
		// A backslash continuation at the start of a line: CPython treats the
		// indentation as significant only if a token follows on this line.
	}
	top := len(s.indents) - 1
	pos := ast.Pos{Line: s.line, Col: s.off - start + 1}
	switch {
	case col == s.indents[top]:
		if alt != s.alt[top] {
			s.tabError()
		}
	case col > s.indents[top]:
		if alt <= s.alt[top] {
			s.tabError()
			return true
		}
		s.indents = append(s.indents, col)
		s.alt = append(s.alt, alt)
		s.toks = append(s.toks, token{kind: tINDENT, off: int32(s.off), end: int32(s.off), pos: pos, epos: pos})
	default:
		// Find the level first: on a mismatch CPython reports the error
		// before any DEDENT token.
		level := top
		for level > 0 && col < s.indents[level] {
			level--
		}
		if col != s.indents[level] {
			// CPython reports the end of the line.
			end := s.off
			for end < s.limit && s.src[end] != '\n' && s.src[end] != '\r' {
				end++
			}
			n := utf8.RuneCount(s.src[s.lineStart:end])
			s.errorf(ast.Pos{Line: s.line, Col: n + 1}, -1, "IndentationError", "unindent does not match any outer indentation level")
			s.deferred = true
			return true
		}
		// CPython places a DEDENT at the indentation's width, not after it.
		dpos := ast.Pos{Line: pos.Line, Col: pos.Col - 1}
		for ; top > level; top-- {
			s.toks = append(s.toks, token{kind: tDEDENT, off: int32(s.off), end: int32(s.off), pos: dpos, epos: dpos})
		}
		s.indents = s.indents[:level+1]
		s.alt = s.alt[:level+1]
		if alt != s.alt[top] {
			s.tabError()
		}
	}
	return true
}

func (s *scanner) tabError() {
	s.deferred = true
	s.errorf(ast.Pos{Line: s.line, Col: 1}, 0, "TabError", "inconsistent use of tabs and spaces in indentation")
}

// eofPos is where CPython's tokenizer places the end of input: after
// the last character of the last line, not at the start of a line after it.
func (s *scanner) eofPos() ast.Pos {
	if s.fstr || s.off == 0 || s.off < len(s.src) {
		return s.pos()
	}
	if c := s.src[s.off-1]; c != '\n' && c != '\r' {
		return s.pos()
	}
	end := s.off - 1
	if end > 0 && s.src[end] == '\n' && s.src[end-1] == '\r' {
		end--
	}
	start := end
	for start > 0 && s.src[start-1] != '\n' && s.src[start-1] != '\r' {
		start--
	}
	return ast.Pos{Line: s.line - 1, Col: utf8.RuneCount(s.src[start:end]) + 1}
}

// eof emits the final NEWLINE, DEDENTs and EOF.
func (s *scanner) eof() {
	pos := s.eofPos()
	if n := len(s.toks); len(s.brackets) == 0 && n > 0 && s.toks[n-1].kind != tNEWLINE && s.toks[n-1].kind != tDEDENT && s.toks[n-1].kind != tINDENT && !s.fstr {
		s.toks = append(s.toks, token{kind: tNEWLINE, off: int32(s.off), end: int32(s.off), pos: pos, epos: ast.Pos{Line: pos.Line, Col: pos.Col + 1}})
	}
	if !s.fstr && len(s.brackets) == 0 {
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, token{kind: tDEDENT, off: int32(s.off), end: int32(s.off), pos: pos, epos: pos})
		}
	}
	s.toks = append(s.toks, token{kind: tEOF, off: int32(s.off), end: int32(s.off), pos: pos, epos: pos})
}

// token scans one token starting at a non-space character.
func (s *scanner) token() {
	start, pos := s.off, s.pos()
	c := s.src[s.off]

	// Names, keywords and string prefixes.
	if isIdentStart(c) || c >= utf8.RuneSelf {
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRune(s.src[s.off:s.limit])
			if !isIdentStartRune(r) {
				s.errorf(pos, pos.Col, "SyntaxError", "invalid character '%c' (U+%04X)", r, r)
				return
			}
		}
		for s.off < s.limit {
			c := s.src[s.off]
			if c < utf8.RuneSelf {
				if !isIdentStart(c) && !isDigit(c) {
					break
				}
				s.off++
				s.col++
				continue
			}
			r, n := utf8.DecodeRune(s.src[s.off:s.limit])
			if !isIdentRune(r) {
				break
			}
			s.off += n
			s.col++
		}
		if q := s.peek(0); (q == '"' || q == '\'') && isStringPrefix(s.src[start:s.off]) {
			s.str(start, pos)
			return
		}
		kind := tNAME
		if k, ok := keywords[string(s.src[start:s.off])]; ok {
			kind = k
		}
		s.emit(kind, start, pos)
		return
	}

	if isDigit(c) || c == '.' && isDigit(s.peek(1)) {
		s.number(start, pos)
		return
	}

	if c == '"' || c == '\'' {
		s.str(start, pos)
		return
	}

	// Punctuation.
	kind := tILLEGAL
	n := 1
	c1, c2 := s.peek(1), s.peek(2)
	switch c {
	case '(', '[', '{':
		kind = punct[c]
		if len(s.brackets) >= maxBrackets {
			s.errorf(pos, pos.Col, "SyntaxError", "too many nested parentheses")
			return
		}
		s.brackets = append(s.brackets, bracket{c, pos})
	case ')', ']', '}':
		kind = punct[c]
		if len(s.brackets) == 0 {
			s.errorf(pos, pos.Col, "SyntaxError", "unmatched '%c'", c)
			return
		}
		open := s.brackets[len(s.brackets)-1]
		if closerOf(open.ch) != c {
			if open.pos.Line != pos.Line {
				s.errorf(pos, pos.Col, "SyntaxError", "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
			} else {
				s.errorf(pos, pos.Col, "SyntaxError", "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
			}
			return
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	case ',':
		kind = tCOMMA
	case ';':
		kind = tSEMI
	case '~':
		kind = tTILDE
	case '.':
		kind = tDOT
		if c1 == '.' && c2 == '.' {
			kind, n = tELLIPSIS, 3
		}
	case ':':
		kind = tCOLON
		if c1 == '=' {
			kind, n = tWALRUS, 2
		}
	case '=':
		kind = tEQ
		if c1 == '=' {
			kind, n = tEQEQ, 2
		}
	case '!':
		if c1 == '=' {
			kind, n = tNE, 2
		}
	case '-':
		kind = tMINUS
		if c1 == '>' {
			kind, n = tARROW, 2
		} else if c1 == '=' {
			kind, n = tAUGASSIGN, 2
		}
	case '<':
		kind = tLT
		switch {
		case c1 == '=':
			kind, n = tLE, 2
		case c1 == '<' && c2 == '=':
			kind, n = tAUGASSIGN, 3
		case c1 == '<':
			kind, n = tLTLT, 2
		case c1 == '>':
			kind, n = tNE, 2 // <> is an error in the parser (Barry as FLUFL aside)
		}
	case '>':
		kind = tGT
		switch {
		case c1 == '=':
			kind, n = tGE, 2
		case c1 == '>' && c2 == '=':
			kind, n = tAUGASSIGN, 3
		case c1 == '>':
			kind, n = tGTGT, 2
		}
	case '*':
		kind = tSTAR
		switch {
		case c1 == '*' && c2 == '=':
			kind, n = tAUGASSIGN, 3
		case c1 == '*':
			kind, n = tSTARSTAR, 2
		case c1 == '=':
			kind, n = tAUGASSIGN, 2
		}
	case '/':
		kind = tSLASH
		switch {
		case c1 == '/' && c2 == '=':
			kind, n = tAUGASSIGN, 3
		case c1 == '/':
			kind, n = tSLASHSL, 2
		case c1 == '=':
			kind, n = tAUGASSIGN, 2
		}
	case '+', '%', '@', '&', '|', '^':
		kind = punct[c]
		if c1 == '=' {
			kind, n = tAUGASSIGN, 2
		}
	}
	if kind == tILLEGAL && c < utf8.RuneSelf && !isPrintable(c) {
		s.errorf(pos, pos.Col, "SyntaxError", "invalid non-printable character U+%04X", c)
		return
	}
	s.off += n
	s.col += n
	s.emit(kind, start, pos)
}

// punct gives the kind of the one-character brackets and operators; token
// then checks for the longer operators that start with them.
var punct = [128]tokenKind{
	'(': tLPAREN, '[': tLBRACK, '{': tLBRACE, ')': tRPAREN, ']': tRBRACK, '}': tRBRACE,
	'+': tPLUS, '%': tPERCENT, '@': tAT, '&': tAMP, '|': tPIPE, '^': tCARET,
}

func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isPrintable(c byte) bool { return c >= ' ' && c < 0x7f }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

func isIdentStartRune(r rune) bool {
	return r < utf8.RuneSelf && isIdentStart(byte(r)) || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentRune(r rune) bool {
	return isIdentStartRune(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

// isStringPrefix reports whether p is a valid string prefix: r, u, b, f,
// br, rb, fr, rf in any case.
func isStringPrefix(p []byte) bool {
	var r, b, f, u int
	for _, c := range p {
		switch c | 0x20 {
		case 'r':
			r++
		case 'b':
			b++
		case 'f':
			f++
		case 'u':
			u++
		default:
			return false
		}
	}
	switch {
	case len(p) > 2 || r > 1 || b > 1 || f > 1 || u > 1:
		return false
	case u == 1:
		return len(p) == 1
	case b == 1 && f == 1:
		return false
	}
	return true
}

// number scans a numeric literal, checking it as CPython's tokenizer does.
func (s *scanner) number(start int, pos ast.Pos) {
	c := s.src[s.off]
	kind := tINT
	if c == '0' && (s.peek(1)|0x20 == 'x' || s.peek(1)|0x20 == 'o' || s.peek(1)|0x20 == 'b') {
		base := s.peek(1) | 0x20
		name := "binary"
		switch base {
		case 'x':
			name = "hexadecimal"
		case 'o':
			name = "octal"
		}
		valid := func(c byte) bool {
			switch base {
			case 'x':
				return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f'
			case 'o':
				return '0' <= c && c <= '7'
			}
			return c == '0' || c == '1'
		}
		s.off += 2
		s.col += 2
		for {
			if s.peek(0) == '_' {
				s.off++
				s.col++
			}
			if !valid(s.peek(0)) {
				if d := s.peek(0); isDigit(d) {
					s.errorf(s.pos(), s.col, "SyntaxError", "invalid digit '%c' in %s literal", d, name)
				} else if s.off-start == 2 || s.src[s.off-1] == '_' {
					s.errorf(s.before(), s.col-1, "SyntaxError", "invalid %s literal", name)
				}
				break
			}
			for valid(s.peek(0)) {
				s.off++
				s.col++
			}
		}
		if s.err == nil {
			s.endOfNumber(name)
		}
		if s.err == nil {
			s.emit(kind, start, pos)
		}
		return
	}

	// Decimal: integer part, fraction, exponent, imaginary suffix.
	digits := func() bool { // digits with single underscores between
		for {
			for isDigit(s.peek(0)) {
				s.off++
				s.col++
			}
			if s.peek(0) != '_' {
				return true
			}
			s.off++
			s.col++
			if !isDigit(s.peek(0)) {
				s.errorf(s.before(), s.col-1, "SyntaxError", "invalid decimal literal")
				return false
			}
		}
	}
	if c != '.' {
		if !digits() {
			return
		}
	}
	if s.peek(0) == '.' {
		kind = tFLOAT
		s.off++
		s.col++
		if isDigit(s.peek(0)) && !digits() {
			return
		}
	}
	if e := s.peek(0); e == 'e' || e == 'E' {
		s.off++
		s.col++
		if p := s.peek(0); p == '+' || p == '-' {
			s.off++
			s.col++
		}
		if !isDigit(s.peek(0)) {
			s.errorf(ast.Pos{Line: pos.Line, Col: pos.Col}, pos.Col, "SyntaxError", "invalid decimal literal")
			return
		}
		if !digits() {
			return
		}
		kind = tFLOAT
	}
	if j := s.peek(0); j == 'j' || j == 'J' {
		kind = tIMAG
		s.off++
		s.col++
	}
	if kind == tINT && c == '0' {
		// Leading zeros: only "0", "00", "0_0" are allowed.
		for _, d := range s.src[start:s.off] {
			if d != '0' && d != '_' {
				s.errorf(pos, pos.Col+1, "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				return
			}
		}
	}
	s.endOfNumber("decimal")
	if s.err == nil {
		s.emit(kind, start, pos)
	}
}

// endOfNumber checks that a number is not directly followed by an
// identifier character, except for the keywords CPython tolerates
// (`1if x else 2`).
func (s *scanner) endOfNumber(name string) {
	c := s.peek(0)
	if c >= utf8.RuneSelf || !isIdentStart(c) && !isDigit(c) {
		return // CPython checks only ASCII letters here
	}
	rest := s.src[s.off:s.limit]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
			return
		}
	}
	s.errorf(s.before(), s.col-1, "SyntaxError", "invalid %s literal", name)
}

// before returns the position of the code point before the current one,
// where CPython reports a malformed number.
func (s *scanner) before() ast.Pos { return ast.Pos{Line: s.line, Col: s.col - 1} }

// str scans a string literal whose prefix (possibly empty) starts at start.
func (s *scanner) str(start int, pos ast.Pos) {
	q := s.src[s.off]
	triple := s.peek(1) == q && s.peek(2) == q
	if triple {
		s.off += 3
		s.col += 3
	} else {
		s.off++
		s.col++
	}
	for {
		if s.off >= s.limit {
			if triple {
				s.errorf(pos, pos.Col, "SyntaxError", "unterminated triple-quoted string literal (detected at line %d)", s.eofPos().Line)
			} else {
				s.errorf(pos, pos.Col, "SyntaxError", "unterminated string literal (detected at line %d)", s.line)
			}
			return
		}
		c := s.src[s.off]
		switch {
		case c == q:
			if !triple {
				s.off++
				s.col++
				s.emit(tSTRING, start, pos)
				return
			}
			if s.peek(1) == q && s.peek(2) == q {
				s.off += 3
				s.col += 3
				s.emit(tSTRING, start, pos)
				return
			}
			s.off++
			s.col++
		case c == '\n' || c == '\r':
			if !triple {
				s.errorf(pos, pos.Col, "SyntaxError", "unterminated string literal (detected at line %d)", s.line)
				return
			}
			s.newline()
		case c == '\\':
			s.off++
			s.col++
			if s.off < s.limit {
				if c := s.src[s.off]; c == '\n' || c == '\r' {
					s.newline()
				} else {
					s.next()
				}
			}
		default:
			s.next()
		}
	}
}
