package syntax

// This file decodes string literals: escape sequences, implicit
// concatenation, and f-strings, whose replacement fields are parsed into
// expressions with their true source positions.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"taskline/engine/py/ast"
)

// maxFStringNesting is how deep format specs may nest fields (CPython 3.11).
const maxFStringNesting = 2

// joined accumulates the parts of an implicitly concatenated string.
type joined struct {
	parts    []ast.Expr
	lit      strings.Builder // pending literal text
	litStart ast.Pos
	litEnd   ast.Pos
	hasLit   bool
}

func (j *joined) addLit(s string, start, end ast.Pos) {
	if !j.hasLit {
		j.litStart = start
		j.hasLit = true
	}
	j.lit.WriteString(s)
	j.litEnd = end
}

func (j *joined) flush() {
	if j.hasLit && j.lit.Len() > 0 {
		j.parts = append(j.parts, &ast.Constant{Range: span(j.litStart, j.litEnd), Value: j.lit.String()})
	}
	j.lit.Reset()
	j.hasLit = false
}

// strings: STRING+
func (p *parser) parseStrings() ast.Expr {
	start := p.tok.pos
	var j joined
	isF := false
	kind := -1 // 0 str, 1 bytes
	mixed := false
	var bytesVal []byte
	// CPython decodes the literals after reading the token that follows
	// them, and reports decoding errors there.
	after := p.i
	for p.toks[after].kind == tSTRING {
		after++
	}
	p.strEnd = &p.toks[after]
	for p.tok.kind == tSTRING {
		t := p.tok
		p.next()
		text := p.src[t.off:t.end]
		np := 0
		for text[np] != '"' && text[np] != '\'' {
			np++
		}
		prefix := strings.ToLower(string(text[:np]))
		q := 1
		if len(text)-np >= 6 && text[np+1] == text[np] && text[np+2] == text[np] {
			q = 3
		}
		raw := strings.IndexByte(prefix, 'r') >= 0
		isBytes := strings.IndexByte(prefix, 'b') >= 0
		k := 0
		if isBytes {
			k = 1
		}
		if kind >= 0 && k != kind {
			mixed = true
		}
		kind = k
		bodyOff, bodyEnd := int(t.off)+np+q, int(t.end)-q
		body := p.src[bodyOff:bodyEnd]
		bodyPos := ast.Pos{Line: t.pos.Line, Col: t.pos.Col + np + q}
		switch {
		case isBytes:
			for _, c := range body {
				if c >= utf8.RuneSelf {
					p.errorAt(t.pos, t.epos, "bytes can only contain ASCII literal characters")
				}
			}
			if raw {
				bytesVal = append(bytesVal, body...)
			} else {
				s := p.unescape(t, body, true)
				bytesVal = append(bytesVal, s...)
			}
		case strings.IndexByte(prefix, 'f') >= 0:
			isF = true
			f := &fstring{p: p, t: t, off: bodyOff, end: bodyEnd, pos: bodyPos, raw: raw}
			f.parse(&j, 0)
		default:
			s := string(body)
			if !raw {
				s = p.unescape(t, body, false)
			}
			j.addLit(s, t.pos, t.epos)
		}
	}
	if mixed {
		// CPython reports this at the furthest token it read.
		p.errorAt(p.tok.pos, tokenEnd(p.tok), "cannot mix bytes and nonbytes literals")
	}
	r := span(start, p.prevEnd)
	if kind == 1 {
		if bytesVal == nil {
			bytesVal = []byte{}
		}
		return &ast.Constant{Range: r, Value: bytesVal}
	}
	if !isF {
		return &ast.Constant{Range: r, Value: j.lit.String()}
	}
	j.flush()
	return &ast.JoinedStr{Range: r, Values: j.parts}
}

// unescape decodes the escape sequences of a non-raw literal body.
func (p *parser) unescape(t *token, body []byte, isBytes bool) string {
	if strings.IndexByte(string(body), '\\') < 0 {
		return string(body)
	}
	var b strings.Builder
	b.Grow(len(body))
	at := t.epos
	if p.strEnd != nil {
		at = p.strEnd.pos
	}
	fail := func(start, end int, what string) {
		if isBytes {
			p.errorAt(at, at, "(value error) invalid \\x escape at position %d", start)
		}
		p.errorAt(at, at, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end, what)
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		switch c := body[i]; c {
		case '\n':
		case '\r':
			if i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i+1 < len(body) && '0' <= body[i+1] && body[i+1] <= '7'; n++ {
				i++
				v = v*8 + int(body[i]-'0')
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if isBytes && c != 'x' {
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			digits := 0
			for digits < n && i+1+digits < len(body) && isHex(body[i+1+digits]) {
				digits++
			}
			if digits < n {
				fail(start, i+digits, map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}[c])
			}
			v, _ := strconv.ParseUint(string(body[i+1:i+1+n]), 16, 32)
			i += n
			switch {
			case isBytes:
				b.WriteByte(byte(v))
			case v > utf8.MaxRune:
				fail(start, i, "illegal Unicode character")
			default:
				b.WriteRune(rune(v))
			}
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			panic(parseError{&UnsupportedError{Filename: p.filename, Pos: t.pos, What: `\N{...} escapes`}})
		default:
			// An unknown escape keeps its backslash (CPython warns).
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f'
}

// fstring is a cursor over the body of one f-string literal.
type fstring struct {
	p        *parser
	t        *token
	off, end int     // byte range of the body still to read
	pos      ast.Pos // position of off
	raw      bool
}

// errorf reports an f-string error; CPython 3.11 places them all at the
// end of the string token.
func (f *fstring) errorf(format string, args ...any) {
	f.p.errorAt(f.t.epos, f.t.epos, format, args...)
}

func (f *fstring) peek(n int) byte {
	if f.off+n < f.end {
		return f.p.src[f.off+n]
	}
	return 0
}

// adv advances over one code point.
func (f *fstring) adv() {
	c := f.p.src[f.off]
	switch {
	case c == '\n' || c == '\r' && f.peek(1) != '\n':
		f.off++
		f.pos.Line++
		f.pos.Col = 1
	case c < utf8.RuneSelf:
		f.off++
		f.pos.Col++
	default:
		_, n := utf8.DecodeRune(f.p.src[f.off:f.end])
		f.off += n
		f.pos.Col++
	}
}

// parse reads literal text and replacement fields into j until the end of
// the body or, in a format spec (depth > 0), until the closing '}'.
func (f *fstring) parse(j *joined, depth int) {
	src := f.p.src
	var lit []byte
	litStart := f.pos
	flushLit := func() {
		if len(lit) > 0 {
			s := string(lit)
			if !f.raw {
				s = f.p.unescape(f.t, lit, false)
			}
			j.addLit(s, litStart, f.pos)
			lit = lit[:0]
		}
		litStart = f.pos
	}
	for f.off < f.end {
		c := src[f.off]
		switch {
		case c == '{' && f.peek(1) == '{' && depth == 0:
			lit = append(lit, '{')
			f.adv()
			f.adv()
		case c == '}' && f.peek(1) == '}' && depth == 0:
			lit = append(lit, '}')
			f.adv()
			f.adv()
		case c == '}':
			if depth > 0 {
				flushLit()
				return
			}
			f.errorf("f-string: single '}' is not allowed")
		case c == '{':
			flushLit()
			f.field(j, depth)
			litStart = f.pos
		case c == '\\' && !f.raw:
			from := f.off
			f.adv()
			if f.off < f.end {
				if src[f.off] == 'N' && f.peek(1) == '{' {
					for f.off < f.end && src[f.off] != '}' {
						f.adv()
					}
				}
				if f.off < f.end {
					f.adv()
				}
			}
			lit = append(lit, src[from:f.off]...)
		default:
			from := f.off
			f.adv()
			lit = append(lit, src[from:f.off]...)
		}
	}
	if depth > 0 {
		f.errorf("f-string: expecting '}'")
	}
	flushLit()
}

// field reads one replacement field, `{expr[=][!c][:spec]}`, at '{'.
func (f *fstring) field(j *joined, depth int) {
	src := f.p.src
	if depth >= maxFStringNesting {
		f.errorf("f-string: expressions nested too deeply")
	}
	start := f.pos
	f.adv() // {
	exprOff, exprPos := f.off, f.pos
	var nest []byte // open brackets
	var quote byte
scan:
	for {
		if f.off >= f.end {
			if quote != 0 {
				f.errorf("f-string: unterminated string")
			}
			if len(nest) > 0 {
				f.errorf("f-string: unmatched '%c'", nest[len(nest)-1])
			}
			f.errorf("f-string: expecting '}'")
		}
		c := src[f.off]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			if c == '\\' {
				f.errorf("f-string expression part cannot include a backslash")
			}
			f.adv()
			continue
		}
		switch c {
		case '\\':
			f.errorf("f-string expression part cannot include a backslash")
		case '\'', '"':
			quote = c
		case '#':
			f.errorf("f-string expression part cannot include '#'")
		case '(', '[', '{':
			if len(nest) >= maxBrackets {
				f.errorf("f-string: too many nested parenthesis")
			}
			nest = append(nest, c)
		case ')', ']', '}':
			if c == '}' && len(nest) == 0 {
				break scan
			}
			if len(nest) == 0 {
				f.errorf("f-string: unmatched '%c'", c)
			}
			if open := nest[len(nest)-1]; closerOf(open) != c {
				f.errorf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			nest = nest[:len(nest)-1]
		case '!':
			if len(nest) == 0 && f.peek(1) != '=' {
				break scan
			}
			if f.peek(1) == '=' {
				f.adv()
			}
		case ':':
			if len(nest) == 0 {
				break scan
			}
		case '=':
			if len(nest) == 0 && f.peek(1) != '=' {
				prev := src[f.off-1]
				if prev != '=' && prev != '!' && prev != '<' && prev != '>' {
					break scan
				}
			}
			if f.peek(1) == '=' {
				f.adv()
			}
		case '<', '>':
			if f.peek(1) == '=' {
				f.adv()
			}
		}
		f.adv()
	}
	exprEnd := f.off
	if strings.TrimSpace(string(src[exprOff:exprEnd])) == "" {
		if c := src[f.off]; c != '}' {
			f.errorf("f-string: expression required before '%c'", c)
		}
		f.errorf("f-string: empty expression not allowed")
	}
	value := f.p.parseFStringExpr(exprOff, exprEnd, exprPos)

	selfDoc := ""
	if src[f.off] == '=' {
		eqPos := f.pos
		f.adv()
		for f.off < f.end && (src[f.off] == ' ' || src[f.off] == '\t' || src[f.off] == '\n') {
			f.adv()
		}
		selfDoc = string(src[exprOff:f.off])
		if f.p.py37 && f.p.late == nil {
			// 3.7 compiles the text up to '!', ':' or '}' in parentheses,
			// once the whole file has parsed, and fails at the '='.
			col := 2 + utf8.RuneCount(src[exprOff:exprEnd])
			f.p.late = &SyntaxError{Filename: "<fstring>", Kind: "SyntaxError", Msg: "invalid syntax",
				Line: 1, Col: col, EndLine: 1, EndCol: col + 1, Text: "(" + selfDoc + ")", At: eqPos}
		}
	}
	var conv rune
	if f.off < f.end && src[f.off] == '!' {
		f.adv()
		if f.off >= f.end {
			f.errorf("f-string: expecting '}'")
		}
		switch c := src[f.off]; c {
		case 's', 'r', 'a':
			conv = rune(c)
			f.adv()
		default:
			f.errorf("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec ast.Expr
	if f.off < f.end && src[f.off] == ':' {
		f.adv()
		specStart := f.pos
		var sj joined
		f.parse(&sj, depth+1)
		sj.flush()
		spec = &ast.JoinedStr{Range: span(specStart, f.pos), Values: sj.parts}
	}
	if f.off >= f.end || src[f.off] != '}' {
		f.errorf("f-string: expecting '}'")
	}
	f.adv()
	if selfDoc != "" {
		j.addLit(selfDoc, start, f.pos)
		if conv == 0 && spec == nil {
			conv = 'r'
		}
	}
	j.flush()
	j.parts = append(j.parts, &ast.FormattedValue{Range: span(start, f.pos), Value: value, Conversion: conv, FormatSpec: spec})
}

// parseFStringExpr parses the expression src[off:end] of a replacement
// field, which starts at pos. As in CPython 3.11 it is parsed as if in
// parentheses, so it may be a tuple or a yield expression. The tree gets
// true source positions; an error is placed as CPython 3.11 places it, in
// the text "(expr)" (see fieldError).
func (p *parser) parseFStringExpr(off, end int, pos ast.Pos) (x ast.Expr) {
	s := newScanner(p.filename, p.src)
	s.off, s.limit, s.line, s.col, s.fstr = off, end, pos.Line, pos.Col, true
	s.scan()
	if s.err != nil {
		panic(parseError{fieldError(s.err, p.src[off:end], pos, "")})
	}
	q := &parser{filename: p.filename, src: p.src, toks: s.toks, names: p.names, fstring: true, depth: p.depth, minor: p.minor}
	q.tok = &q.toks[0]
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); ok {
				if se, ok := pe.err.(*SyntaxError); ok && se.Kind == "SyntaxError" {
					pe.err = fieldError(se, p.src[off:end], pos, "f-string: ")
				}
				panic(pe)
			}
			panic(r)
		}
	}()
	if q.tok.kind == tYIELD {
		x = q.parseYieldExpr()
	} else {
		x = q.parseStarExpressions()
	}
	if q.tok.kind != tEOF {
		q.syntaxError()
	}
	if st, ok := x.(*ast.Starred); ok {
		q.errorNode(st, "cannot use starred expression here")
	}
	if t, ok := x.(*ast.Tuple); ok && !t.Parens {
		// CPython's tuple spans the parentheses it wrapped the field in,
		// which stand where the '{' and the character after the field are.
		eof := q.toks[len(q.toks)-1].pos
		t.Start = ast.Pos{Line: pos.Line, Col: pos.Col - 1}
		t.End = ast.Pos{Line: eof.Line, Col: eof.Col + 1}
	}
	return x
}

// fieldError rewrites an error in the expression of an f-string field the
// way CPython 3.11 reports it: it compiles the text "(expr)" on its own, so
// the source line shown is that text and columns on the field's first line
// count from its '('. Parser messages get the prefix "f-string: ".
func fieldError(e *SyntaxError, expr []byte, pos ast.Pos, prefix string) *SyntaxError {
	text := "(" + string(expr) + ")"
	lines := strings.Split(text, "\n")
	k := e.Line - pos.Line
	if k < 0 || k >= len(lines) {
		k = 0
	}
	out := *e
	out.Msg = prefix + strings.TrimPrefix(e.Msg, prefix)
	out.Text = lines[k]
	out.atEOF = false // the end of the field is the ')' of "(expr)"
	if k == 0 {
		out.Col = e.Col - pos.Col + 2
		if e.EndLine == e.Line && e.EndCol > 0 {
			out.EndCol = e.EndCol - pos.Col + 2
		}
	}
	return &out
}
