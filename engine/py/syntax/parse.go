package syntax

// This file defines a recursive-descent parser for the statements and
// expressions of CPython 3.11. Each parse function opens with the grammar
// rule it implements, in the notation of CPython's Grammar/python.gram.
//
// CPython's PEG parser makes a second pass to find a precise message for a
// syntax error ("expected ':'", "Perhaps you forgot a comma?"); here the
// checks are made at the point where the first pass fails, which for the
// mistakes people make gives the same message at the same place.
//
// The parser panics with a parseError and Parse recovers it.

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"taskline/engine"
	"taskline/engine/py/ast"
)

// Parse parses a Python 3.11 module. The error, if any, is a *SyntaxError,
// or an *UnsupportedError for valid Python that Taskline does not run.
func Parse(filename string, src []byte) (mod *ast.Module, err error) {
	return ParseVersion(filename, src, "3.11")
}

// ParseVersion parses a module written for the given Python version, "3.11"
// (or "") or "3.7". In 3.7 mode, the constructs that came later (the walrus
// :=, positional-only parameters, f-string {x=}, parenthesised with items,
// except*, match) are SyntaxErrors where python3.7 reports them, and
// errors have a single caret, as 3.7 prints them.
func ParseVersion(filename string, src []byte, version string) (*ast.Module, error) {
	f, err := ParseFile(filename, src, version)
	if err != nil {
		return nil, err
	}
	return f.Module, nil
}

// ParseFile parses a module written for the given Python version ("3.7" to
// "3.13"; "" is 3.11), resolves its scopes and makes the checks CPython
// makes before running it. The error, if any, is a *SyntaxError, or an
// *UnsupportedError for valid Python that Taskline does not run.
//
// The File is shared: the same source parsed again for the same version
// and file name returns the same File (cache.go), which no caller may
// change.
func ParseFile(filename string, src []byte, version string) (*File, error) {
	key := parsedKey(filename, version, src)
	if f := keptParse(key); f != nil {
		return f, nil
	}
	// The File keeps its own copy of the source: the caller's bytes are
	// the caller's to change.
	src = []byte(key[len(key)-len(src):])
	mod, err := parse(filename, src, version)
	if err != nil {
		return nil, err
	}
	f := &File{Filename: filename, Src: src, Module: mod, minor: engine.PythonMinor(version)}
	if err := check(f); err != nil {
		return nil, err
	}
	keepParse(key, f)
	return f, nil
}

// parse runs the scanner and the parser.
func parse(filename string, src []byte, version string) (mod *ast.Module, err error) {
	defer func() {
		if se, ok := err.(*SyntaxError); ok {
			se.minor = engine.PythonMinor(version)
		}
	}()
	s := newScanner(filename, src)
	s.toks = make([]token, 0, len(src)/3+16) // Python averages 3.5 to 4 bytes a token
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off, s.lineStart = 3, 3 // a UTF-8 byte order mark is not part of the program
	}
	s.scan()
	p := &parser{filename: filename, src: src, toks: s.toks, names: make(map[string]string), py37: version == "3.7", minor: engine.PythonMinor(version)}
	if s.err != nil {
		// Give the parser a token to fail on where the tokenizer stopped.
		pos := s.pos()
		p.toks = append(p.toks, token{kind: tEOF, off: int32(s.off), end: int32(s.off), pos: pos, epos: pos})
	}
	p.tok = &p.toks[0]
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		mod = nil
		pe, ok := r.(parseError)
		if !ok {
			err = &SyntaxError{Filename: filename, Kind: "SyntaxError", Line: 1, Col: 1, Msg: fmt.Sprintf("internal error: %v", r)}
			return
		}
		err = p.resolve(pe.err, s)
	}()
	mod = p.parseFile()
	if s.err != nil {
		return nil, s.err // unreachable: the parser cannot accept the early EOF
	}
	if p.late != nil {
		return nil, p.late
	}
	if p.lateCompile != nil {
		return nil, p.lateCompile
	}
	return mod, nil
}

// resolve applies CPython's precedence between the parser's error and the
// tokenizer's (_PyPegen_set_syntax_error). A tokenizer error the parser
// reached wins. Otherwise, unless the parser failed on an indentation
// token, CPython tokenizes the rest of the file: an error its tokenizer
// raises at once wins, and so does a bracket left open before the line
// of the furthest token the parser read.
func (p *parser) resolve(err error, s *scanner) error {
	if s.err != nil && p.furthest >= len(p.toks)-1 {
		return s.err
	}
	if se, ok := err.(*SyntaxError); ok && se.Kind == "IndentationError" && (se.Msg == "unexpected indent" || se.Msg == "unexpected unindent") {
		return err
	}
	if s.err != nil && !s.deferred {
		return s.err
	}
	if n := len(s.brackets); n > 0 && p.minor >= 10 {
		// "was never closed" came with 3.10's parser.
		b := s.brackets[n-1]
		last := &p.toks[p.furthest]
		if last.kind == tEOF && s.err == nil || last.pos.Line > b.pos.Line {
			return newError(p.filename, p.src, "SyntaxError", b.pos, ast.Pos{Line: b.pos.Line}, fmt.Sprintf("'%c' was never closed", b.ch))
		}
	}
	return err
}

type parseError struct{ err error }

type parser struct {
	filename string
	src      []byte
	toks     []token
	i        int    // index of the current token
	furthest int    // index of the furthest token examined
	tok      *token // &toks[i]
	prevEnd  ast.Pos
	names    map[string]string

	// depth counts the syntax tree levels being built, to stop runaway
	// nesting as CPython's compiler does, before it exhausts the stack.
	depth int

	fstring bool // parsing the expression of an f-string replacement field

	bareGen ast.Pos // start of the last generator argument without parentheses of its own

	strEnd *token // the token after the string literals being decoded

	tryingComma bool // inside forgotComma's parse of the second expression

	// The last disjunction parsed and the token index after it, for the
	// "Perhaps you forgot a comma?" check.
	lastDisj    ast.Expr
	lastDisjEnd int

	// py37 selects Python 3.7's grammar (see ParseVersion).
	py37 bool
	// minor is the modelled 3.x: constructs newer than it are SyntaxErrors
	// (see before).
	minor int
	// colonNext marks a place where 3.7 would accept a ':' after a name
	// (a subscript, the first item of a brace display), so that a walrus
	// there fails at its '=' rather than its ':'. parseNamedExpression
	// reads and clears it.
	colonNext bool
	// late is the first error 3.7 finds only after parsing, when it builds
	// the syntax tree (an f-string's {x=}); it is reported if parsing
	// succeeds.
	late *SyntaxError
	// lateCompile is the first error 3.7's compiler finds ('continue' in a
	// finally clause), reported after late.
	lateCompile *SyntaxError
	// inFinally is set while parsing a finally clause that the innermost
	// loop (or function or class body) encloses.
	inFinally bool
}

// before37 reports "invalid syntax" at t in 3.7 mode: t starts a construct
// that Python 3.7 does not have.
func (p *parser) before37(t *token) {
	if p.py37 {
		p.errorAt(t.pos, t.epos, "invalid syntax")
	}
}

// before reports "invalid syntax" at t when the modelled version is older
// than 3.minor, the version that brought the construct t starts.
func (p *parser) before(minor int, t *token) {
	if p.minor < minor {
		p.errorAt(t.pos, t.epos, "invalid syntax")
	}
}

func (p *parser) next() {
	switch p.tok.kind {
	case tNEWLINE, tINDENT, tDEDENT, tEOF:
		// A statement ends at its last real token.
	default:
		p.prevEnd = p.tok.epos
	}
	if p.i < len(p.toks)-1 {
		p.i++
		p.tok = &p.toks[p.i]
		if p.i > p.furthest {
			p.furthest = p.i
		}
	}
}

// reset moves back to token i (for the few places that try an alternative).
func (p *parser) reset(i int) {
	p.i = i
	p.tok = &p.toks[i]
	for j := i - 1; j >= 0; j-- {
		if k := p.toks[j].kind; k != tNEWLINE && k != tINDENT && k != tDEDENT {
			p.prevEnd = p.toks[j].epos
			break
		}
	}
}

func (p *parser) peekKind(n int) tokenKind {
	if p.i+n < len(p.toks) {
		if p.i+n > p.furthest {
			p.furthest = p.i + n
		}
		return p.toks[p.i+n].kind
	}
	return tEOF
}

func (p *parser) text(t *token) string { return string(p.src[t.off:t.end]) }

func (p *parser) is(t *token, s string) bool { return string(p.src[t.off:t.end]) == s }

// name returns the interned text of a NAME token.
func (p *parser) name(t *token) string {
	b := p.src[t.off:t.end]
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	p.names[s] = s
	return s
}

// errorAt panics with a SyntaxError covering [start, end).
func (p *parser) errorAt(start, end ast.Pos, format string, args ...any) {
	p.fail("SyntaxError", start, end, fmt.Sprintf(format, args...))
}

func (p *parser) fail(kind string, start, end ast.Pos, msg string) {
	if !p.py37 && p.minor < 10 {
		// Before 3.10 a SyntaxError has no end: one caret, at its start.
		end = ast.Pos{Line: start.Line, Col: start.Col + 1}
	}
	if p.minor <= 8 && p.tok.kind == tNEWLINE && start == p.tok.pos && msg == "invalid syntax" {
		// The old parser (3.7, 3.8) puts an unexpected end of line on the
		// line's last character.
		start.Col--
		end = ast.Pos{Line: start.Line, Col: start.Col + 1}
	}
	if p.py37 && (kind == "SyntaxError" || msg == "expected an indented block") {
		// 3.7's parser points at the last character of the token it failed
		// on, with one caret.
		if (msg == "invalid syntax" || msg == "expected an indented block") && end.Line == start.Line && end.Col > start.Col+1 {
			start.Col = end.Col - 1
		}
		end = ast.Pos{Line: start.Line, Col: start.Col + 1}
	}
	e := newError(p.filename, p.src, kind, start, end, msg)
	e.atEOF = p.tok.kind == tEOF && start == p.tok.pos
	panic(parseError{e})
}

func (p *parser) errorNode(n ast.Node, format string, args ...any) {
	start, end := n.Span()
	p.errorAt(start, end, format, args...)
}

func (p *parser) indentationError(pos, end ast.Pos, format string, args ...any) {
	p.fail("IndentationError", pos, end, fmt.Sprintf(format, args...))
}

// tokenEnd returns the end CPython records for a token: NEWLINE and the
// end of input have no width.
func tokenEnd(t *token) ast.Pos {
	if t.kind == tNEWLINE || t.kind == tEOF {
		return t.pos
	}
	return t.epos
}

// syntaxError reports "invalid syntax" at the current token, or the more
// precise message CPython would give there.
func (p *parser) syntaxError() {
	t := p.tok
	switch t.kind {
	case tINDENT:
		p.indentationError(ast.Pos{Line: t.pos.Line, Col: t.pos.Col - 1}, ast.Pos{Line: t.pos.Line, Col: -1}, "unexpected indent")
	case tDEDENT:
		p.indentationError(t.pos, ast.Pos{Line: t.pos.Line, Col: -1}, "unexpected unindent")
	}
	if p.py37 && t.kind == tWALRUS && p.i >= 1 && p.atStatementStart(p.i-1) {
		// `x := 1` is an annotated assignment to 3.7 until the '='.
		p.errorAt(ast.Pos{Line: t.pos.Line, Col: t.pos.Col + 1}, ast.Pos{Line: t.pos.Line, Col: t.pos.Col + 2}, "invalid syntax")
	}
	p.legacyPrint()
	p.forgotComma()
	if t.kind == tSTRING {
		// CPython's rule for string literals reads the token after them,
		// which matters for the "was never closed" check in resolve.
		i := p.i
		for i < len(p.toks)-1 && p.toks[i].kind == tSTRING {
			i++
		}
		p.furthest = max(p.furthest, i)
	}
	p.errorAt(t.pos, tokenEnd(t), "invalid syntax")
}

// starredTuple37 reports, in 3.7 mode, a starred item in a tuple without
// parentheses after return, yield or for ... in (allowed since 3.8/3.9).
func (p *parser) starredTuple37(e ast.Expr) {
	if !p.py37 {
		return
	}
	if t, ok := e.(*ast.Tuple); ok && !t.Parens {
		for _, x := range t.Elts {
			if st, ok := x.(*ast.Starred); ok {
				p.errorAt(st.Start, ast.Pos{Line: st.Start.Line, Col: st.Start.Col + 1}, "invalid syntax")
			}
		}
	}
}

// decorator37 checks, in 3.7 mode, that the decorator starting at the
// current token has 3.7's form, dotted_name [ '(' [arglist] ')' ] NEWLINE
// (any expression is allowed since 3.9), reporting the first token that
// does not fit.
func (p *parser) decorator37() {
	if !p.py37 {
		return
	}
	i := p.i
	bad := func(i int) {
		t := &p.toks[i]
		p.errorAt(t.pos, tokenEnd(t), "invalid syntax")
	}
	if p.toks[i].kind != tNAME {
		bad(i)
	}
	i++
	for p.toks[i].kind == tDOT {
		i++
		if p.toks[i].kind != tNAME {
			bad(i)
		}
		i++
	}
	if p.toks[i].kind == tLPAREN {
		depth := 0
		for ; i < len(p.toks)-1; i++ {
			switch p.toks[i].kind {
			case tLPAREN, tLBRACK, tLBRACE:
				depth++
			case tRPAREN, tRBRACK, tRBRACE:
				depth--
			}
			if depth == 0 {
				break
			}
		}
		if depth != 0 {
			return // unclosed: the parser reports it
		}
		i++
	}
	if p.toks[i].kind != tNEWLINE {
		bad(i)
	}
}

// atStatementStart reports whether token i begins a statement.
func (p *parser) atStatementStart(i int) bool {
	if i == 0 {
		return true
	}
	switch p.toks[i-1].kind {
	case tNEWLINE, tINDENT, tDEDENT, tSEMI:
		return true
	}
	return false
}

// legacyPrint reports "Missing parentheses in call to 'print'" where a
// bare print or exec is followed by an expression (invalid_legacy_expression).
func (p *parser) legacyPrint() {
	n, ok := p.lastDisj.(*ast.Name)
	if !ok || p.lastDisjEnd != p.i || n.Id != "print" && n.Id != "exec" || !p.canStartExpr() || p.tok.kind == tLPAREN {
		return
	}
	if p.tryingComma {
		return
	}
	save := p.i
	var b ast.Expr
	p.tryingComma = true
	ok = p.try(func() { b = p.parseStarExpressions() })
	p.tryingComma = false
	p.reset(save)
	if ok {
		p.errorAt(n.Start, endOf(b), "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
}

// forgotComma reports "Perhaps you forgot a comma?" when, inside brackets,
// an expression directly follows another one.
func (p *parser) forgotComma() {
	if p.tryingComma || p.minor < 10 {
		// Errors while parsing the second expression are not reported; the
		// hint itself came with 3.10.
		return
	}
	if p.lastDisj == nil || p.lastDisjEnd != p.i || !p.canStartExpr() {
		return
	}
	a := p.lastDisj
	if n, ok := a.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") {
		return
	}
	if p.startsWithSoftKeyword(a) {
		return
	}
	// Are we inside brackets? Count unclosed brackets before the token.
	if !p.insideBrackets() {
		return
	}
	save := p.i
	p.tryingComma = true
	b := p.tryExpr()
	p.tryingComma = false
	p.reset(save)
	if b == nil {
		return
	}
	start, _ := a.Span()
	_, end := b.Span()
	p.errorAt(start, end, "invalid syntax. Perhaps you forgot a comma?")
}

// startsWithSoftKeyword reports whether e begins with a NAME that is a soft
// keyword, or a NAME directly followed by a string, which CPython's rule
// excludes.
func (p *parser) startsWithSoftKeyword(e ast.Expr) bool {
	start, _ := e.Span()
	for i := p.lastDisjEnd - 1; i >= 0; i-- {
		t := &p.toks[i]
		if t.pos == start {
			if t.kind != tNAME {
				return false
			}
			s := p.text(t)
			return s == "match" || s == "case" || s == "_" || i+1 < len(p.toks) && p.toks[i+1].kind == tSTRING
		}
	}
	return false
}

func (p *parser) insideBrackets() bool {
	if p.fstring {
		return true // CPython parses a replacement field as if in parentheses
	}
	depth := 0
	for i := 0; i < p.i; i++ {
		switch p.toks[i].kind {
		case tLPAREN, tLBRACK, tLBRACE:
			depth++
		case tRPAREN, tRBRACK, tRBRACE:
			depth--
		}
	}
	return depth > 0
}

// tryExpr parses an expression at the current token, or returns nil.
func (p *parser) tryExpr() (e ast.Expr) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseError); !ok {
				panic(r)
			}
			e = nil
		}
	}()
	saved, savedEnd, depth := p.lastDisj, p.lastDisjEnd, p.depth
	defer func() { p.lastDisj, p.lastDisjEnd, p.depth = saved, savedEnd, depth }()
	// expression_without_invalid: a conditional expression, or failing
	// that a disjunction.
	if p.try(func() { e = p.parseExpression() }) {
		return e
	}
	return p.parseDisjunction()
}

// tryErr runs f and returns the syntax error it raised, if any, leaving
// the parser where f failed.
func (p *parser) tryErr(f func()) (err any) {
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(parseError); !isErr {
				panic(r)
			}
			p.depth = depth
			err = r
		}
	}()
	f()
	return nil
}

// try runs f, reporting whether it completed without a syntax error; on
// failure the parser is back where it started.
func (p *parser) try(f func()) (ok bool) {
	save, depth := p.i, p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(parseError); !isErr {
				panic(r)
			}
			p.reset(save)
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}

func (p *parser) canStartExpr() bool {
	switch p.tok.kind {
	case tNAME, tINT, tFLOAT, tIMAG, tSTRING, tLPAREN, tLBRACK, tLBRACE,
		tMINUS, tPLUS, tTILDE, tNOT, tLAMBDA, tAWAIT, tNONE, tTRUE, tFALSE, tELLIPSIS:
		return true
	}
	return false
}

// expect consumes a token of the given kind or reports an error.
func (p *parser) expect(kind tokenKind) *token {
	if p.tok.kind != kind {
		p.syntaxError()
	}
	t := p.tok
	p.next()
	return t
}

// expectForced is CPython's &&token: a missing token is reported as
// "expected 'x'".
func (p *parser) expectForced(kind tokenKind, what string) *token {
	if p.tok.kind != kind {
		if p.tok.kind == tINDENT || p.tok.kind == tDEDENT || p.minor < 10 {
			p.syntaxError() // "expected ':'" came with 3.10
		}
		p.errorAt(p.tok.pos, tokenEnd(p.tok), "expected '%s'", what)
	}
	t := p.tok
	p.next()
	return t
}

// expectColon consumes the ':' of a compound statement header whose
// grammar rule is not forced: a missing ':' is "expected ':'" only at the
// end of the line, otherwise "invalid syntax" (CPython's invalid_*_stmt).
func (p *parser) expectColon() {
	if p.tok.kind != tCOLON && p.tok.kind == tNEWLINE && p.minor >= 10 {
		p.expectForced(tCOLON, ":")
	}
	p.expect(tCOLON)
}

func (p *parser) expectName() (string, ast.Pos) {
	if p.tok.kind != tNAME {
		p.syntaxError()
	}
	s, pos := p.name(p.tok), p.tok.pos
	p.next()
	return s, pos
}

// maxDepth is CPython 3.11's compiler limit on syntax tree depth: the
// recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
const maxDepth = 3000

// nest adds n levels of nesting; the caller restores p.depth when done.
func (p *parser) nest(n int) {
	p.depth += n
	if p.depth > maxDepth {
		e := newError(p.filename, p.src, "RecursionError", p.tok.pos, p.tok.epos, "maximum recursion depth exceeded during compilation")
		panic(parseError{e})
	}
}

func span(start, end ast.Pos) ast.Range { return ast.Range{Start: start, End: end} }

func startOf(n ast.Node) ast.Pos { s, _ := n.Span(); return s }
func endOf(n ast.Node) ast.Pos   { _, e := n.Span(); return e }

// ---------------------------------------------------------------------------
// Statements

// file: [statements] ENDMARKER
func (p *parser) parseFile() *ast.Module {
	mod := &ast.Module{}
	for p.tok.kind != tEOF {
		if p.tok.kind == tNEWLINE {
			p.next() // a lone backslash continuation before an empty line
			continue
		}
		mod.Body = p.parseStatement(mod.Body)
	}
	mod.Range = span(ast.Pos{Line: 1, Col: 1}, p.tok.pos)
	return mod
}

// statement: compound_stmt | simple_stmts
func (p *parser) parseStatement(list []ast.Stmt) []ast.Stmt {
	switch p.tok.kind {
	case tDEF, tCLASS, tIF, tWHILE, tFOR, tTRY, tWITH, tAT:
		return append(list, p.parseCompound())
	case tASYNC:
		if k := p.peekKind(1); k == tDEF || k == tFOR || k == tWITH {
			return append(list, p.parseCompound())
		}
		p.next() // CPython fails on the token after 'async'
		p.syntaxError()
	case tNAME:
		// In 3.7, match is a plain name and `match x:` fails as an
		// expression statement.
		if p.minor >= 10 && p.is(p.tok, "match") && p.isMatchStatement() {
			panic(parseError{&UnsupportedError{Filename: p.filename, Pos: p.tok.pos, What: "match statements"}})
		}
	}
	return p.parseSimpleStmts(list)
}

// isMatchStatement reports whether the line starting at the current `match`
// token is a match statement: `match subject:` NEWLINE.
func (p *parser) isMatchStatement() bool {
	switch p.peekKind(1) {
	case tNAME, tINT, tFLOAT, tIMAG, tSTRING, tLPAREN, tLBRACK, tLBRACE, tMINUS, tTILDE, tNOT,
		tNONE, tTRUE, tFALSE, tSTAR, tAWAIT, tLAMBDA:
	default:
		return false
	}
	depth := 0
	for i := p.i + 1; i < len(p.toks); i++ {
		switch p.toks[i].kind {
		case tLPAREN, tLBRACK, tLBRACE:
			depth++
		case tRPAREN, tRBRACK, tRBRACE:
			depth--
		case tCOLON:
			if depth == 0 {
				return p.toks[i+1].kind == tNEWLINE
			}
		case tNEWLINE, tEOF:
			return false
		}
	}
	return false
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
func (p *parser) parseSimpleStmts(list []ast.Stmt) []ast.Stmt {
	for {
		list = append(list, p.parseSimpleStmt())
		if p.tok.kind != tSEMI {
			break
		}
		p.next()
		if p.tok.kind == tNEWLINE {
			break
		}
	}
	if p.tok.kind != tNEWLINE {
		p.syntaxError()
	}
	p.next()
	return list
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//
//	| raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
//	| 'continue' | global_stmt | nonlocal_stmt
func (p *parser) parseSimpleStmt() ast.Stmt {
	t := p.tok
	switch t.kind {
	case tPASS:
		p.next()
		return &ast.Pass{Range: span(t.pos, t.epos)}
	case tBREAK:
		p.next()
		return &ast.Break{Range: span(t.pos, t.epos)}
	case tCONTINUE:
		p.next()
		if p.py37 && p.inFinally && p.lateCompile == nil {
			p.lateCompile = newError(p.filename, p.src, "SyntaxError", t.pos, ast.Pos{Line: t.pos.Line, Col: t.pos.Col + 1},
				"'continue' not supported inside 'finally' clause")
		}
		return &ast.Continue{Range: span(t.pos, t.epos)}
	case tRETURN:
		// return_stmt: 'return' [star_expressions]
		p.next()
		r := &ast.Return{Range: span(t.pos, t.epos)}
		if p.canStartStarExpr() {
			r.Value = p.parseStarExpressions()
			r.End = p.prevEnd
			p.starredTuple37(r.Value)
		}
		return r
	case tRAISE:
		// raise_stmt: 'raise' expression ['from' expression] | 'raise'
		p.next()
		r := &ast.Raise{Range: span(t.pos, t.epos)}
		if p.canStartExpr() {
			r.Exc = p.parseExpression()
			if p.tok.kind == tFROM {
				p.next()
				r.Cause = p.parseExpression()
			}
			r.End = p.prevEnd
		}
		return r
	case tGLOBAL, tNONLOCAL:
		// global_stmt: 'global' ','.NAME+
		p.next()
		var names []string
		for {
			n, _ := p.expectName()
			names = append(names, n)
			if p.tok.kind != tCOMMA {
				break
			}
			p.next()
		}
		if t.kind == tGLOBAL {
			return &ast.Global{Range: span(t.pos, p.prevEnd), Names: names}
		}
		return &ast.Nonlocal{Range: span(t.pos, p.prevEnd), Names: names}
	case tDEL:
		// del_stmt: 'del' del_targets &(';' | NEWLINE)
		p.next()
		x := p.parseStarExpressions()
		if p.tok.kind != tSEMI && p.tok.kind != tNEWLINE {
			p.syntaxError()
		}
		var targets []ast.Expr
		if tup, ok := x.(*ast.Tuple); ok && !tup.Parens {
			targets = tup.Elts
		} else {
			targets = []ast.Expr{x}
		}
		for _, e := range targets {
			if bad := invalidTarget(e, delTargets); bad != nil {
				p.errorNode(bad, "cannot delete %s", exprName(bad))
			}
		}
		return &ast.Delete{Range: span(t.pos, p.prevEnd), Targets: targets}
	case tASSERT:
		// assert_stmt: 'assert' expression [',' expression]
		p.next()
		a := &ast.Assert{Test: p.parseExpression()}
		if p.tok.kind == tCOMMA {
			p.next()
			a.Msg = p.parseExpression()
		}
		a.Range = span(t.pos, p.prevEnd)
		return a
	case tIMPORT:
		return p.parseImport()
	case tFROM:
		return p.parseImportFrom()
	}
	return p.parseExprStmt()
}

func (p *parser) canStartStarExpr() bool {
	return p.canStartExpr() || p.tok.kind == tSTAR || p.tok.kind == tYIELD
}

// import_name: 'import' dotted_as_names
func (p *parser) parseImport() ast.Stmt {
	start := p.tok.pos
	p.next()
	imp := &ast.Import{}
	for {
		a := &ast.Alias{}
		a.Start = p.tok.pos
		a.Name = p.parseDottedName()
		if p.tok.kind == tAS {
			p.next()
			a.Asname, _ = p.expectName()
		}
		a.End = p.prevEnd
		imp.Names = append(imp.Names, a)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	imp.Range = span(start, p.prevEnd)
	return imp
}

// dotted_name: dotted_name '.' NAME | NAME
func (p *parser) parseDottedName() string {
	n, _ := p.expectName()
	for p.tok.kind == tDOT {
		p.next()
		m, _ := p.expectName()
		n += "." + m
	}
	return n
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//
//	| 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) parseImportFrom() ast.Stmt {
	start := p.tok.pos
	p.next()
	imp := &ast.ImportFrom{}
	for p.tok.kind == tDOT || p.tok.kind == tELLIPSIS {
		if p.tok.kind == tDOT {
			imp.Level++
		} else {
			imp.Level += 3
		}
		p.next()
	}
	if imp.Level == 0 || p.tok.kind == tNAME {
		imp.Module = p.parseDottedName()
	}
	p.expect(tIMPORT)
	// import_from_targets: '(' import_from_as_names [','] ')'
	//	| import_from_as_names !',' | '*'
	switch p.tok.kind {
	case tSTAR:
		t := p.tok
		p.next()
		imp.Names = []*ast.Alias{{Range: span(t.pos, t.epos), Name: "*"}}
	case tLPAREN:
		p.next()
		imp.Names = p.parseImportAsNames(true)
		p.expect(tRPAREN)
	default:
		imp.Names = p.parseImportAsNames(false)
	}
	imp.Range = span(start, p.prevEnd)
	if imp.Module == "__future__" {
		for _, a := range imp.Names {
			if a.Name == "braces" {
				p.errorAt(start, ast.Pos{Line: start.Line, Col: -1}, "not a chance")
			}
		}
	}
	return imp
}

// import_from_as_names: ','.import_from_as_name+
func (p *parser) parseImportAsNames(parens bool) []*ast.Alias {
	var names []*ast.Alias
	for {
		a := &ast.Alias{}
		a.Start = p.tok.pos
		a.Name, _ = p.expectName()
		if p.tok.kind == tAS {
			p.next()
			a.Asname, _ = p.expectName()
		}
		a.End = p.prevEnd
		names = append(names, a)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
		if p.tok.kind != tNAME {
			if parens {
				break
			}
			if p.tok.kind == tNEWLINE || p.tok.kind == tSEMI {
				p.errorAt(p.tok.pos, tokenEnd(p.tok), "trailing comma not allowed without surrounding parentheses")
			}
		}
	}
	return names
}

// assignment:
//
//	| NAME ':' expression ['=' annotated_rhs]
//	| ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	| (star_targets '=')+ (yield_expr | star_expressions) !'='
//	| single_target augassign ~ (yield_expr | star_expressions)
//
// star_expressions is an expression statement.
func (p *parser) parseExprStmt() ast.Stmt {
	start := p.tok.pos
	var x ast.Expr
	if p.tok.kind == tYIELD {
		x = p.parseYieldExpr()
	} else {
		x = p.parseStarExpressions()
	}
	switch p.tok.kind {
	case tEQ:
		exprs := []ast.Expr{x}
		for p.tok.kind == tEQ {
			target := exprs[len(exprs)-1]
			p.next()
			if invalidTarget(target, starTargets) != nil || isYield(target) {
				p.badAssignTarget(target, len(exprs)-1)
			}
			if p.tok.kind == tYIELD {
				exprs = append(exprs, p.parseYieldExpr())
			} else {
				exprs = append(exprs, p.parseStarExpressions())
			}
		}
		targets := exprs[:len(exprs)-1]
		for _, t := range targets {
			p.checkStarredTarget(t)
		}
		return &ast.Assign{Range: span(start, p.prevEnd), Targets: targets, Value: exprs[len(exprs)-1]}
	case tAUGASSIGN:
		switch x.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			p.errorNode(x, "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		op := p.text(p.tok)
		op = op[:len(op)-1]
		p.next()
		var v ast.Expr
		if p.tok.kind == tYIELD {
			v = p.parseYieldExpr()
		} else {
			v = p.parseStarExpressions()
		}
		return &ast.AugAssign{Range: span(start, p.prevEnd), Target: x, Op: op, Value: v}
	case tCOLON:
		if !p.annotationFollows() {
			// CPython fails after the ':' for a single target, at it otherwise.
			switch x.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
				p.next()
			}
			p.errorAt(p.tok.pos, tokenEnd(p.tok), "invalid syntax")
		}
		switch x := x.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			if !x.Parens && len(x.Elts) > 0 {
				p.errorNode(x.Elts[0], "only single target (not tuple) can be annotated")
			}
			p.errorNode(x, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.errorNode(x, "only single target (not list) can be annotated")
		default:
			p.errorNode(x, "illegal target for annotation")
		}
		p.next()
		a := &ast.AnnAssign{Target: x, Annotation: p.parseExpression()}
		if p.tok.kind == tEQ {
			p.next()
			if p.tok.kind == tYIELD {
				a.Value = p.parseYieldExpr()
			} else {
				a.Value = p.parseStarExpressions()
			}
		}
		a.Range = span(start, p.prevEnd)
		return a
	}
	if n, ok := x.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && p.canStartExpr() && p.tok.kind != tLPAREN {
		save := p.i
		if p.try(func() { p.parseStarExpressions() }) {
			end := p.prevEnd
			p.reset(save)
			p.errorAt(start, end, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
		}
	}
	return &ast.ExprStmt{Range: span(start, p.prevEnd), Value: x}
}

// annotationFollows reports whether an expression can follow the ':' at
// the current token; CPython's annotation rules need one.
func (p *parser) annotationFollows() bool {
	save := p.i
	p.next()
	ok := p.canStartExpr()
	p.reset(save)
	return ok
}

func isYield(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		return true
	}
	return false
}

// badAssignTarget reports an invalid assignment target the way CPython's
// invalid_assignment and invalid_named_expression rules do. The current
// token follows the '=' after target, which is the index'th target.
func (p *parser) badAssignTarget(target ast.Expr, index int) {
	if index == 0 {
		// invalid_named_expression, tried on the last element of the first
		// target: `e = b` where b is not followed by '=' or ':='.
		e := target
		if tup, ok := e.(*ast.Tuple); ok && !tup.Parens && len(tup.Elts) > 0 {
			e = tup.Elts[len(tup.Elts)-1]
		}
		save := p.i
		var b ast.Expr
		ok := p.try(func() { b = p.parseBitwiseOr() })
		follow := p.tok.kind
		p.reset(save)
		if ok && follow != tEQ && follow != tWALRUS {
			if _, isName := e.(*ast.Name); isName {
				p.errorAt(startOf(e), endOf(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			if (isBitwiseOrLevel(e) || p.parenthesized(e)) && !startsWithDisplay(e) {
				p.errorNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
			}
		}
	}
	if isYield(target) {
		p.errorNode(target, "assignment to yield expression not possible")
	}
	bad := invalidTarget(target, starTargets)
	p.errorNode(bad, "cannot assign to %s", exprName(bad))
}

// parenthesized reports whether e is enclosed in parentheses of its own.
func (p *parser) parenthesized(e ast.Expr) bool {
	start, end := e.Span()
	i, ok := slices.BinarySearchFunc(p.toks, start, func(t token, pos ast.Pos) int {
		if t.pos.Line != pos.Line {
			return t.pos.Line - pos.Line
		}
		return t.pos.Col - pos.Col
	})
	if !ok || i == 0 || p.toks[i-1].kind != tLPAREN {
		return false
	}
	for j := i; j < len(p.toks); j++ {
		if p.toks[j].epos == end {
			return j+1 < len(p.toks) && p.toks[j+1].kind == tRPAREN
		}
	}
	return false
}

// isBitwiseOrLevel reports whether e could have been parsed by bitwise_or.
func isBitwiseOrLevel(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.Starred, *ast.NamedExpr, *ast.Yield, *ast.YieldFrom:
		return false
	case *ast.UnaryOp:
		return e.Op != "not"
	case *ast.Tuple:
		return e.Parens
	}
	return true
}

// startsWithDisplay reports whether e starts with a list or tuple display,
// a generator expression, True, None or False (CPython's lookahead
// !(list|tuple|genexp|'True'|'None'|'False')).
func startsWithDisplay(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.BinOp:
			e = x.Left
		case *ast.Attribute:
			e = x.Value
		case *ast.Subscript:
			e = x.Value
		case *ast.Call:
			e = x.Func
		case *ast.List, *ast.GeneratorExp:
			return true
		case *ast.Tuple:
			return x.Parens
		case *ast.Constant:
			switch x.Value.(type) {
			case nil, bool:
				return true
			}
			return false
		default:
			return false
		}
	}
}

// checkStarredTarget applies the compiler's rules for starred targets.
func (p *parser) checkStarredTarget(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Starred:
		p.errorNode(t, "starred assignment target must be in a list or tuple")
	case *ast.Tuple:
		p.checkStarredElts(t, t.Elts)
	case *ast.List:
		p.checkStarredElts(t, t.Elts)
	}
}

func (p *parser) checkStarredElts(container ast.Expr, elts []ast.Expr) {
	seen := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if seen {
				p.errorNode(container, "multiple starred expressions in assignment")
			}
			seen = true
		} else {
			p.checkStarredTarget(e)
		}
	}
}

type targetsType int

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget returns the part of e that cannot be a target, or nil
// (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e ast.Expr, kind targetsType) ast.Expr {
	switch x := e.(type) {
	case *ast.List:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Tuple:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(x.Value, kind)
	case *ast.Compare:
		if kind == forTargets {
			if x.Ops[0] == "in" {
				return invalidTarget(x.Left, kind)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// ---------------------------------------------------------------------------
// Compound statements

func (p *parser) parseCompound() ast.Stmt {
	switch p.tok.kind {
	case tAT:
		return p.parseDecorated()
	case tDEF:
		return p.parseFuncDef(p.tok.pos, false, nil)
	case tCLASS:
		return p.parseClassDef(nil)
	case tIF:
		return p.parseIf()
	case tWHILE:
		return p.parseWhile()
	case tFOR:
		return p.parseFor(p.tok.pos, false)
	case tTRY:
		return p.parseTry()
	case tWITH:
		return p.parseWith(p.tok.pos, false)
	case tASYNC:
		start := p.tok.pos
		p.next()
		switch p.tok.kind {
		case tDEF:
			return p.parseFuncDef(start, true, nil)
		case tFOR:
			return p.parseFor(start, true)
		case tWITH:
			return p.parseWith(start, true)
		}
	}
	p.syntaxError()
	return nil
}

// decorators: ('@' f=named_expression NEWLINE)+
func (p *parser) parseDecorated() ast.Stmt {
	var decos []ast.Expr
	for p.tok.kind == tAT {
		p.next()
		p.decorator37()
		decos = append(decos, p.parseNamedExpression())
		p.expect(tNEWLINE)
	}
	switch p.tok.kind {
	case tDEF:
		return p.parseFuncDef(p.tok.pos, false, decos)
	case tASYNC:
		start := p.tok.pos
		p.next()
		if p.tok.kind != tDEF {
			p.syntaxError()
		}
		return p.parseFuncDef(start, true, decos)
	case tCLASS:
		return p.parseClassDef(decos)
	}
	p.syntaxError()
	return nil
}

// function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
func (p *parser) parseFuncDef(start ast.Pos, async bool, decos []ast.Expr) ast.Stmt {
	defLine := start.Line
	p.next() // def
	f := &ast.FunctionDef{Async: async, Decorators: decos}
	f.Name, f.NamePos = p.expectName()
	p.expectForced(tLPAREN, "(")
	f.Params = p.parseParams(tRPAREN, true)
	p.expect(tRPAREN)
	if p.tok.kind == tARROW {
		p.next()
		f.Returns = p.parseExpression()
	}
	p.expectForced(tCOLON, ":")
	f.Body = p.parseBlock("function definition", defLine)
	f.Range = span(start, p.prevEnd)
	return f
}

// params (and lambda_params, without annotations):
//
//	| slash_no_default param_no_default* param_with_default* [star_etc]
//	| slash_with_default param_with_default* [star_etc]
//	| param_no_default+ param_with_default* [star_etc]
//	| param_with_default+ [star_etc]
//	| star_etc
//
// star_etc: '*' param_no_default param_maybe_default* [kwds]
//
//	| '*' ',' param_maybe_default+ [kwds] | kwds
func (p *parser) parseParams(closer tokenKind, annotations bool) *ast.Params {
	ps := &ast.Params{}
	seenDefault, seenStar, seenSlash := false, false, false
	for p.tok.kind != closer {
		t := p.tok
		switch t.kind {
		case tSLASH:
			p.before37(t)
			if seenSlash {
				p.errorAt(t.pos, t.epos, "/ may appear only once")
			}
			if seenStar {
				p.errorAt(t.pos, t.epos, "/ must be ahead of *")
			}
			if len(ps.Args) == 0 {
				p.errorAt(t.pos, t.epos, "at least one argument must precede /")
			}
			seenSlash = true
			ps.PosOnly, ps.Args = ps.Args, nil
			p.next()
		case tSTAR:
			if seenStar {
				p.errorAt(t.pos, t.epos, "* argument may appear only once")
			}
			seenStar = true
			p.next()
			if p.tok.kind == tCOMMA || p.tok.kind == closer {
				// A bare *: keyword-only parameters must follow.
				if p.tok.kind == closer || p.peekKind(1) == tSTARSTAR {
					if closer == tCOLON {
						// lambda: CPython reports the furthest token read.
						at := p.tok
						if at.kind == tCOMMA {
							at = &p.toks[p.i+1]
						}
						p.errorAt(at.pos, tokenEnd(at), "named arguments must follow bare *")
					}
					p.errorAt(t.pos, t.epos, "named arguments must follow bare *")
				}
			} else {
				ps.Vararg = p.parseParam(annotations, true)
				if p.tok.kind == tEQ {
					p.errorAt(p.tok.pos, p.tok.epos, "var-positional argument cannot have default value")
				}
			}
		case tSTARSTAR:
			p.next()
			ps.Kwarg = p.parseParam(annotations, false)
			if p.tok.kind == tEQ {
				p.errorAt(p.tok.pos, p.tok.epos, "var-keyword argument cannot have default value")
			}
			if p.tok.kind == tCOMMA {
				p.next()
				switch p.tok.kind {
				case tNAME, tSTAR, tSTARSTAR, tSLASH:
					p.errorAt(p.tok.pos, p.tok.epos, "arguments cannot follow var-keyword argument")
				}
			}
			if p.tok.kind != closer {
				p.syntaxError()
			}
			return ps
		case tNAME:
			param := p.parseParam(annotations, false)
			var def ast.Expr
			if p.tok.kind == tEQ {
				p.next()
				def = p.parseExpression()
			}
			if seenStar {
				ps.KwOnly = append(ps.KwOnly, param)
				ps.KwDefaults = append(ps.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					ps.Defaults = append(ps.Defaults, def)
				} else if seenDefault {
					p.errorNode(param, "non-default argument follows default argument")
				}
				ps.Args = append(ps.Args, param)
			}
		default:
			p.syntaxError()
		}
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	return ps
}

// param: NAME [':' expression]  (or ':' star_expression for *args)
func (p *parser) parseParam(annotation, star bool) *ast.Param {
	param := &ast.Param{}
	param.Start = p.tok.pos
	param.Name, _ = p.expectName()
	param.End = p.prevEnd
	if annotation && p.tok.kind == tCOLON {
		p.next()
		if star && p.tok.kind == tSTAR {
			param.Annotation = p.parseStarExpression() // *args: *Ts
		} else {
			param.Annotation = p.parseExpression()
		}
		param.End = p.prevEnd
	}
	return param
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
func (p *parser) parseBlock(what string, line int) []ast.Stmt {
	switch what {
	case "'while' statement", "'for' statement", "function definition", "class definition":
		defer func(was bool) { p.inFinally = was }(p.inFinally)
		p.inFinally = false
	case "'finally' statement":
		defer func(was bool) { p.inFinally = was }(p.inFinally)
		p.inFinally = true
	}
	if p.tok.kind != tNEWLINE {
		return p.parseSimpleStmts(nil)
	}
	p.next()
	if p.tok.kind != tINDENT {
		msg := "expected an indented block"
		if what != "" && p.minor >= 10 {
			msg = fmt.Sprintf("expected an indented block after %s on line %d", what, line)
		}
		pos, end := p.tok.pos, tokenEnd(p.tok)
		if p.tok.kind == tDEDENT {
			end.Col = -1
		}
		p.indentationError(pos, end, "%s", msg)
	}
	p.next()
	d := p.depth
	p.nest(1)
	var body []ast.Stmt
	for p.tok.kind != tDEDENT && p.tok.kind != tEOF {
		body = p.parseStatement(body)
	}
	p.depth = d
	p.next()
	return body
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
func (p *parser) parseClassDef(decos []ast.Expr) ast.Stmt {
	start := p.tok.pos
	p.next()
	c := &ast.ClassDef{Decorators: decos}
	c.Name, c.NamePos = p.expectName()
	if p.tok.kind == tLPAREN {
		p.next()
		c.Bases, c.Keywords = p.parseArgs(false)
		p.expect(tRPAREN)
	}
	p.expectColon()
	c.Body = p.parseBlock("class definition", start.Line)
	c.Range = span(start, p.prevEnd)
	return c
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
//
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
func (p *parser) parseIf() ast.Stmt {
	start := p.tok.pos
	kw := "if"
	if p.tok.kind == tELIF {
		kw = "elif"
	}
	p.next()
	s := &ast.If{Test: p.parseNamedExpression()}
	p.expectColon()
	s.Body = p.parseBlock("'"+kw+"' statement", start.Line)
	switch p.tok.kind {
	case tELIF:
		p.nest(1)
		s.Orelse = []ast.Stmt{p.parseIf()}
		p.depth--
	case tELSE:
		s.Orelse = p.parseElse()
	}
	s.Range = span(start, p.prevEnd)
	return s
}

// else_block: 'else' &&':' block
func (p *parser) parseElse() []ast.Stmt {
	line := p.tok.pos.Line
	p.next()
	p.expectForced(tCOLON, ":")
	return p.parseBlock("'else' statement", line)
}

// while_stmt: 'while' named_expression ':' block [else_block]
func (p *parser) parseWhile() ast.Stmt {
	start := p.tok.pos
	p.next()
	s := &ast.While{Test: p.parseNamedExpression()}
	p.expectColon()
	s.Body = p.parseBlock("'while' statement", start.Line)
	if p.tok.kind == tELSE {
		s.Orelse = p.parseElse()
	}
	s.Range = span(start, p.prevEnd)
	return s
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
func (p *parser) parseFor(start ast.Pos, async bool) ast.Stmt {
	line := p.tok.pos.Line
	p.next()
	s := &ast.For{Async: async, Target: p.parseForTargets()}
	p.expect(tIN)
	s.Iter = p.parseStarExpressions()
	p.starredTuple37(s.Iter)
	p.expectColon()
	s.Body = p.parseBlock("'for' statement", line)
	if p.tok.kind == tELSE {
		s.Orelse = p.parseElse()
	}
	s.Range = span(start, p.prevEnd)
	return s
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
//
// star_target: '*' (!'*' star_target) | target_with_star_atom
//
// A target is parsed as a primary (names, attributes, subscripts, calls,
// parenthesised and list forms); when that fails or 'in' does not follow,
// CPython's invalid_for_target rule looks for an invalid target in the
// star_expressions there.
func (p *parser) parseForTargets() ast.Expr {
	startTok := p.i
	var target ast.Expr
	err := p.tryErr(func() { target = p.parseTargetList() })
	if err != nil || p.tok.kind != tIN {
		end := p.i
		p.reset(startTok)
		var x ast.Expr
		if p.try(func() { x = p.parseStarExpressions() }) {
			if bad := invalidTarget(x, forTargets); bad != nil {
				p.errorNode(bad, "cannot assign to %s", exprName(bad))
			}
		}
		if err != nil {
			panic(err)
		}
		p.reset(end)
		p.syntaxError()
	}
	if bad := invalidTarget(target, forTargets); bad != nil {
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	p.checkStarredTarget(target)
	return target
}

func (p *parser) parseTargetList() ast.Expr {
	start := p.tok.pos
	var elts []ast.Expr
	comma := false
	for {
		var e ast.Expr
		if p.tok.kind == tSTAR {
			t := p.tok
			p.next()
			v := p.parsePrimary()
			e = &ast.Starred{Range: span(t.pos, p.prevEnd), Value: v}
		} else {
			e = p.parsePrimary()
		}
		elts = append(elts, e)
		if p.tok.kind != tCOMMA {
			break
		}
		comma = true
		p.next()
		if p.tok.kind == tIN {
			break
		}
	}
	if comma {
		return &ast.Tuple{Range: span(start, p.prevEnd), Elts: elts}
	}
	return elts[0]
}

// with_stmt:
//
//	| ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//	| ['async'] 'with' ','.with_item+ ':' block
//
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
func (p *parser) parseWith(start ast.Pos, async bool) ast.Stmt {
	line := p.tok.pos.Line
	p.next()
	s := &ast.With{Async: async}
	parenthesized := false
	// 3.7 reads `(` as the start of an expression and fails at an `as`
	// inside it.
	if p.tok.kind == tLPAREN && !p.py37 {
		parenthesized = p.try(func() {
			p.next()
			var items []*ast.WithItem
			for {
				items = append(items, p.parseWithItem())
				if p.tok.kind != tCOMMA {
					break
				}
				p.next()
				if p.tok.kind == tRPAREN {
					break
				}
			}
			p.expect(tRPAREN)
			if p.tok.kind != tCOLON {
				p.syntaxError()
			}
			s.Items = items
		})
	}
	if !parenthesized {
		for {
			s.Items = append(s.Items, p.parseWithItem())
			if p.tok.kind != tCOMMA {
				break
			}
			p.next()
		}
	}
	p.expectColon()
	s.Body = p.parseBlock("'with' statement", line)
	s.Range = span(start, p.prevEnd)
	return s
}

func (p *parser) parseWithItem() *ast.WithItem {
	item := &ast.WithItem{ContextExpr: p.parseExpression()}
	if p.tok.kind == tAS {
		p.next()
		item.OptionalVars = p.parseStarTarget()
	}
	return item
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
func (p *parser) parseStarTarget() ast.Expr {
	var e ast.Expr
	if p.tok.kind == tSTAR {
		t := p.tok
		p.next()
		v := p.parseBitwiseOr()
		e = &ast.Starred{Range: span(t.pos, p.prevEnd), Value: v}
	} else {
		e = p.parseExpression()
	}
	if bad := invalidTarget(e, starTargets); bad != nil {
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	p.checkStarredTarget(e)
	return e
}

// try_stmt: 'try' &&':' block finally_block
//
//	| 'try' &&':' block except_block+ [else_block] [finally_block]
//	| 'try' &&':' block except_star_block+ [else_block] [finally_block]
func (p *parser) parseTry() ast.Stmt {
	start := p.tok.pos
	p.next()
	p.expectForced(tCOLON, ":")
	s := &ast.Try{Body: p.parseBlock("'try' statement", start.Line)}
	sawPlain := false
	for p.tok.kind == tEXCEPT {
		// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
		// except_star_block: 'except' '*' expression ['as' NAME] ':' block
		h := &ast.ExceptHandler{}
		h.Start = p.tok.pos
		exceptTok := p.tok
		kw := "except"
		p.next()
		star := false
		if p.tok.kind == tSTAR {
			p.before(11, p.tok)
			star = true
			kw = "except*"
			p.next()
		}
		if star && !s.Star && sawPlain || !star && s.Star {
			p.errorAt(exceptTok.pos, exceptTok.epos, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if star {
			s.Star = true
		} else {
			sawPlain = true
		}
		if p.tok.kind == tCOLON || p.tok.kind == tNEWLINE && !star {
			if star && p.tok.kind == tCOLON {
				p.errorAt(p.tok.pos, p.tok.epos, "expected one or more exception types")
			}
		} else {
			h.Type = p.parseExpression()
			if p.tok.kind == tCOMMA {
				// invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
				save := p.i
				p.next()
				if p.try(func() {
					p.parseExpressions()
					if p.tok.kind == tAS {
						p.next()
						p.expectName()
					}
					if p.tok.kind != tCOLON {
						p.syntaxError()
					}
				}) {
					p.errorAt(startOf(h.Type), p.prevEnd, "multiple exception types must be parenthesized")
				}
				p.reset(save)
			}
			if p.tok.kind == tAS {
				p.next()
				h.Name, _ = p.expectName()
			}
		}
		if h.Type != nil {
			p.expectColon()
		} else {
			p.expectForced(tCOLON, ":")
		}
		h.Body = p.parseBlock("'"+kw+"' statement", h.Start.Line)
		h.End = p.prevEnd
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok.kind == tELSE && len(s.Handlers) > 0 {
		s.Orelse = p.parseElse()
	}
	if p.tok.kind == tFINALLY {
		line := p.tok.pos.Line
		p.next()
		p.expectForced(tCOLON, ":")
		s.Finalbody = p.parseBlock("'finally' statement", line)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		end := tokenEnd(p.tok)
		if p.tok.kind == tNEWLINE || p.tok.kind == tEOF {
			end.Col = -1
		}
		p.errorAt(p.tok.pos, end, "expected 'except' or 'finally' block")
	}
	s.Range = span(start, p.prevEnd)
	return s
}

// ---------------------------------------------------------------------------
// Expressions

// star_expressions: star_expression (',' star_expression)* [',']
func (p *parser) parseStarExpressions() ast.Expr {
	start := p.tok.pos
	x := p.parseStarExpression()
	if p.tok.kind != tCOMMA {
		return x
	}
	elts := []ast.Expr{x}
	for p.tok.kind == tCOMMA {
		p.next()
		if !p.canStartExpr() && p.tok.kind != tSTAR {
			break
		}
		elts = append(elts, p.parseStarExpression())
	}
	return &ast.Tuple{Range: span(start, p.prevEnd), Elts: elts}
}

// expressions: expression (',' expression)* [',']
func (p *parser) parseExpressions() ast.Expr {
	start := p.tok.pos
	x := p.parseExpression()
	if p.tok.kind != tCOMMA {
		return x
	}
	elts := []ast.Expr{x}
	for p.tok.kind == tCOMMA {
		p.next()
		if !p.canStartExpr() {
			break
		}
		elts = append(elts, p.parseExpression())
	}
	return &ast.Tuple{Range: span(start, p.prevEnd), Elts: elts}
}

// star_expression: '*' bitwise_or | expression
func (p *parser) parseStarExpression() ast.Expr {
	if p.tok.kind == tSTAR {
		t := p.tok
		p.next()
		v := p.parseBitwiseOr()
		return &ast.Starred{Range: span(t.pos, p.prevEnd), Value: v}
	}
	return p.parseExpression()
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) parseStarNamedExpression() ast.Expr {
	if p.tok.kind == tSTAR {
		return p.parseStarExpression()
	}
	return p.parseNamedExpression()
}

// named_expression: assignment_expression | expression !':='
//
// assignment_expression: NAME ':=' ~ expression
func (p *parser) parseNamedExpression() ast.Expr {
	colonNext := p.colonNext
	p.colonNext = false
	if p.tok.kind == tNAME && p.peekKind(1) == tWALRUS {
		if p.py37 {
			// 3.7 reads ':' then '='; where a ':' may follow a name, it
			// fails at the '='.
			at := p.toks[p.i+1].pos
			if colonNext {
				at.Col++
			}
			p.errorAt(at, ast.Pos{Line: at.Line, Col: at.Col + 1}, "invalid syntax")
		}
		t := p.tok
		p.next()
		p.next()
		target := &ast.Name{Range: span(t.pos, t.epos), Id: p.name(t)}
		v := p.parseExpression()
		return &ast.NamedExpr{Range: span(t.pos, p.prevEnd), Target: target, Value: v}
	}
	x := p.parseExpression()
	switch p.tok.kind {
	case tWALRUS:
		p.errorNode(x, "cannot use assignment expressions with %s", exprName(x))
	case tEQ:
		// invalid_named_expression
		save := p.i
		p.next()
		var b ast.Expr
		ok := p.try(func() { b = p.parseBitwiseOr() })
		follow := p.tok.kind
		p.reset(save)
		if ok && follow != tEQ && follow != tWALRUS {
			if _, isName := x.(*ast.Name); isName {
				p.errorAt(startOf(x), endOf(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			if isBitwiseOrLevel(x) && !startsWithDisplay(x) {
				p.errorNode(x, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x))
			}
		}
	}
	return x
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) parseExpression() ast.Expr {
	d := p.depth
	p.nest(1)
	defer func() { p.depth = d }()
	if p.tok.kind == tLAMBDA {
		return p.parseLambda()
	}
	start := p.tok.pos
	x := p.parseDisjunction()
	if p.tok.kind != tIF {
		return x
	}
	p.next()
	test := p.parseDisjunction()
	if p.tok.kind != tELSE {
		if p.tok.kind != tCOLON {
			p.errorAt(startOf(x), endOf(test), "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	p.next()
	orelse := p.parseExpression()
	return &ast.IfExp{Range: span(start, p.prevEnd), Test: test, Body: x, Orelse: orelse}
}

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) parseLambda() ast.Expr {
	start := p.tok.pos
	p.next()
	params := p.parseParams(tCOLON, false)
	p.expect(tCOLON)
	body := p.parseExpression()
	return &ast.Lambda{Range: span(start, p.prevEnd), Params: params, Body: body}
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
//
// conjunction: inversion ('and' inversion)+ | inversion
func (p *parser) parseDisjunction() ast.Expr {
	x := p.parseBoolOp(tOR)
	p.lastDisj, p.lastDisjEnd = x, p.i
	return x
}

func (p *parser) parseBoolOp(op tokenKind) ast.Expr {
	start := p.tok.pos
	var x ast.Expr
	if op == tOR {
		x = p.parseBoolOp(tAND)
	} else {
		x = p.parseInversion()
	}
	if p.tok.kind != op {
		return x
	}
	values := []ast.Expr{x}
	for p.tok.kind == op {
		p.next()
		if op == tOR {
			values = append(values, p.parseBoolOp(tAND))
		} else {
			values = append(values, p.parseInversion())
		}
	}
	name := "or"
	if op == tAND {
		name = "and"
	}
	return &ast.BoolOp{Range: span(start, p.prevEnd), Op: name, Values: values}
}

// inversion: 'not' inversion | comparison
func (p *parser) parseInversion() ast.Expr {
	if p.tok.kind == tNOT {
		start := p.tok.pos
		p.next()
		p.nest(1)
		x := p.parseInversion()
		p.depth--
		return &ast.UnaryOp{Range: span(start, p.prevEnd), Op: "not", Operand: x}
	}
	return p.parseComparison()
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) parseComparison() ast.Expr {
	start := p.tok.pos
	x := p.parseBitwiseOr()
	var ops []string
	var comps []ast.Expr
	for {
		var op string
		switch p.tok.kind {
		case tEQEQ:
			op = "=="
		case tNE:
			if p.is(p.tok, "<>") {
				p.errorAt(p.tok.pos, p.tok.epos, "invalid syntax")
			}
			op = "!="
		case tLT:
			op = "<"
		case tLE:
			op = "<="
		case tGT:
			op = ">"
		case tGE:
			op = ">="
		case tIN:
			op = "in"
		case tIS:
			op = "is"
			if p.peekKind(1) == tNOT {
				p.next()
				op = "is not"
			}
		case tNOT:
			if p.peekKind(1) != tIN {
				if p.insideBrackets() {
					break // `f(a not b)`: let the caller see "a" then "not b"
				}
				p.next() // CPython fails on the token after 'not'
				p.syntaxError()
			}
			p.next()
			op = "not in"
		}
		if op == "" {
			break
		}
		p.next()
		ops = append(ops, op)
		comps = append(comps, p.parseBitwiseOr())
	}
	if ops == nil {
		return x
	}
	return &ast.Compare{Range: span(start, p.prevEnd), Left: x, Ops: ops, Comparators: comps}
}

// Binary operator precedence levels, loosest first:
//
//	bitwise_or: bitwise_or '|' bitwise_xor
//	bitwise_xor: bitwise_xor '^' bitwise_and
//	bitwise_and: bitwise_and '&' shift_expr
//	shift_expr: shift_expr ('<<' | '>>') sum
//	sum: sum ('+' | '-') term
//	term: term ('*' | '/' | '//' | '%' | '@') factor
func binaryPrec(k tokenKind) int {
	switch k {
	case tPIPE:
		return 1
	case tCARET:
		return 2
	case tAMP:
		return 3
	case tLTLT, tGTGT:
		return 4
	case tPLUS, tMINUS:
		return 5
	case tSTAR, tSLASH, tSLASHSL, tPERCENT, tAT:
		return 6
	}
	return 0
}

func (p *parser) parseBitwiseOr() ast.Expr { return p.parseBinary(1) }

func (p *parser) parseBinary(prec int) ast.Expr {
	start := p.tok.pos
	d := p.depth
	x := p.parseFactor()
	for {
		q := binaryPrec(p.tok.kind)
		if q == 0 || q < prec {
			p.depth = d
			return x
		}
		p.nest(1)
		op := p.text(p.tok)
		p.next()
		y := p.parseBinary(q + 1)
		x = &ast.BinOp{Range: span(start, p.prevEnd), Left: x, Op: op, Right: y}
	}
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) parseFactor() ast.Expr {
	switch p.tok.kind {
	case tPLUS, tMINUS, tTILDE:
		start := p.tok.pos
		op := p.text(p.tok)
		p.next()
		p.nest(1)
		x := p.parseFactor()
		p.depth--
		return &ast.UnaryOp{Range: span(start, p.prevEnd), Op: op, Operand: x}
	}
	return p.parsePower()
}

// power: await_primary '**' factor | await_primary
//
// await_primary: AWAIT primary | primary
func (p *parser) parsePower() ast.Expr {
	var x ast.Expr
	start := p.tok.pos
	if p.tok.kind == tAWAIT {
		p.next()
		v := p.parsePrimary()
		x = &ast.Await{Range: span(start, p.prevEnd), Value: v}
	} else {
		x = p.parsePrimary()
	}
	if p.tok.kind == tSTARSTAR {
		p.next()
		y := p.parseFactor()
		x = &ast.BinOp{Range: span(start, p.prevEnd), Left: x, Op: "**", Right: y}
	}
	return x
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//
//	| primary '[' slices ']' | atom
func (p *parser) parsePrimary() ast.Expr {
	start := p.tok.pos
	d := p.depth
	defer func() { p.depth = d }()
	x := p.parseAtom()
	for {
		p.nest(1)
		switch p.tok.kind {
		case tDOT:
			p.next()
			name, pos := p.expectName()
			x = &ast.Attribute{Range: span(start, p.prevEnd), Value: x, Attr: name, AttrPos: pos}
		case tLPAREN:
			lparen := p.tok.pos
			p.next()
			args, kws := p.parseArgs(true)
			p.expect(tRPAREN)
			if len(args) == 1 && len(kws) == 0 {
				if g, ok := args[0].(*ast.GeneratorExp); ok && g.Start == p.bareGen {
					// f(x for x in y): the generator's extent is the parentheses.
					g.Start, g.End = lparen, p.prevEnd
				}
			}
			x = &ast.Call{Range: span(start, p.prevEnd), Func: x, Args: args, Keywords: kws}
		case tLBRACK:
			if p.peekKind(1) == tRBRACK && p.insideBrackets() {
				// `f(a [])`: CPython's subscript rule fails, leaving `a`
				// followed by the list `[]`: "Perhaps you forgot a comma?".
				return x
			}
			p.next()
			s := p.parseSlices()
			p.expect(tRBRACK)
			x = &ast.Subscript{Range: span(start, p.prevEnd), Value: x, Slice: s}
		default:
			return x
		}
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) parseSlices() ast.Expr {
	start := p.tok.pos
	x := p.parseSlice()
	if p.tok.kind != tCOMMA {
		if _, ok := x.(*ast.Starred); ok {
			return &ast.Tuple{Range: span(start, p.prevEnd), Elts: []ast.Expr{x}}
		}
		return x
	}
	elts := []ast.Expr{x}
	for p.tok.kind == tCOMMA {
		p.next()
		if p.tok.kind == tRBRACK {
			break
		}
		elts = append(elts, p.parseSlice())
	}
	return &ast.Tuple{Range: span(start, p.prevEnd), Elts: elts}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
func (p *parser) parseSlice() ast.Expr {
	start := p.tok.pos
	if p.tok.kind == tSTAR {
		p.before(11, p.tok) // star in a subscript came in 3.11
		return p.parseStarExpression()
	}
	var lower ast.Expr
	if p.tok.kind != tCOLON {
		p.colonNext = true
		lower = p.parseNamedExpression()
		if p.tok.kind != tCOLON {
			return lower
		}
	}
	s := &ast.Slice{Lower: lower}
	p.next() // ':'
	if p.canStartExpr() {
		s.Upper = p.parseExpression()
	}
	if p.tok.kind == tCOLON {
		p.next()
		if p.canStartExpr() {
			s.Step = p.parseExpression()
		}
	}
	s.Range = span(start, p.prevEnd)
	return s
}

// arguments: args [','] &')'
//
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//
//	| kwargs
//
// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
func (p *parser) parseArgs(genexp bool) (args []ast.Expr, kws []*ast.Keyword) {
	sawKeyword, sawDoubleStar := false, false
	pending := ""
	for p.tok.kind != tRPAREN {
		t := p.tok
		switch {
		case t.kind == tSTAR:
			p.next()
			v := p.parseExpression()
			if sawDoubleStar {
				p.errorAt(t.pos, t.epos, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &ast.Starred{Range: span(t.pos, p.prevEnd), Value: v})
		case t.kind == tSTARSTAR:
			p.next()
			v := p.parseExpression()
			sawDoubleStar = true
			kws = append(kws, &ast.Keyword{Range: span(t.pos, p.prevEnd), Value: v})
		case (t.kind == tTRUE || t.kind == tFALSE || t.kind == tNONE) && p.peekKind(1) == tEQ:
			p.errorAt(t.pos, p.toks[p.i+1].epos, "cannot assign to %s", p.text(t))
		case t.kind == tNAME && p.peekKind(1) == tEQ:
			p.next()
			p.next()
			name := p.name(t)
			v := p.parseExpression()
			for _, k := range kws {
				if k.Arg == name {
					p.errorAt(t.pos, p.prevEnd, "keyword argument repeated: %s", name)
				}
			}
			sawKeyword = true
			kws = append(kws, &ast.Keyword{Range: span(t.pos, p.prevEnd), Arg: name, Value: v})
		default:
			var x ast.Expr
			argStart := p.tok.pos
			if p.tok.kind == tNAME && p.peekKind(1) == tWALRUS {
				x = p.parseNamedExpression()
			} else {
				x = p.parseExpression()
			}
			if p.tok.kind == tFOR || p.tok.kind == tASYNC {
				if !genexp {
					p.syntaxError()
				}
				p.bareGen = argStart
				x = p.parseComprehension(x, nil, argStart, compGen)
				if len(args) > 0 || len(kws) > 0 || p.tok.kind == tCOMMA {
					p.errorNode(x, "Generator expression must be parenthesized")
				}
			}
			if _, gen := x.(*ast.GeneratorExp); p.tok.kind == tEQ && !gen {
				p.errorAt(startOf(x), p.tok.epos, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			// CPython reports these after reading the rest of the arguments.
			if pending == "" && sawDoubleStar {
				pending = "positional argument follows keyword argument unpacking"
			} else if pending == "" && sawKeyword {
				pending = "positional argument follows keyword argument"
			}
			args = append(args, x)
		}
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	if pending != "" {
		p.errorAt(p.tok.pos, tokenEnd(p.tok), "%s", pending)
	}
	return args, kws
}

type compKind int

const (
	compList compKind = iota
	compSet
	compDict
	compGen
)

// for_if_clauses: for_if_clause+
//
// for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
func (p *parser) parseComprehension(elt, value ast.Expr, start ast.Pos, kind compKind) ast.Expr {
	if s, ok := elt.(*ast.Starred); ok && kind != compDict {
		p.errorNode(s, "iterable unpacking cannot be used in comprehension")
	}
	var gens []*ast.Comprehension
	for p.tok.kind == tFOR || p.tok.kind == tASYNC {
		c := &ast.Comprehension{}
		if p.tok.kind == tASYNC {
			c.Async = true
			p.next()
			if p.tok.kind != tFOR {
				p.syntaxError()
			}
		}
		p.next()
		c.Target = p.parseForTargets()
		p.expect(tIN)
		c.Iter = p.parseDisjunction()
		for p.tok.kind == tIF {
			p.next()
			c.Ifs = append(c.Ifs, p.parseDisjunction())
		}
		// These are disjunctions, not expressions: CPython's "Perhaps you
		// forgot a comma?" rule does not apply after them.
		p.lastDisj = nil
		gens = append(gens, c)
	}
	r := span(start, p.prevEnd)
	switch kind {
	case compList:
		return &ast.ListComp{Range: r, Elt: elt, Generators: gens}
	case compSet:
		return &ast.SetComp{Range: r, Elt: elt, Generators: gens}
	case compDict:
		return &ast.DictComp{Range: r, Key: elt, Value: value, Generators: gens}
	}
	return &ast.GeneratorExp{Range: r, Elt: elt, Generators: gens}
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) parseYieldExpr() ast.Expr {
	start := p.tok.pos
	p.next()
	if p.tok.kind == tFROM {
		p.next()
		v := p.parseExpression()
		return &ast.YieldFrom{Range: span(start, p.prevEnd), Value: v}
	}
	y := &ast.Yield{Range: span(start, p.prevEnd)}
	if p.canStartExpr() || p.tok.kind == tSTAR {
		y.Value = p.parseStarExpressions()
		y.End = p.prevEnd
		p.starredTuple37(y.Value)
	}
	return y
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//
//	| (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
func (p *parser) parseAtom() ast.Expr {
	t := p.tok
	r := span(t.pos, t.epos)
	switch t.kind {
	case tNAME:
		p.next()
		return &ast.Name{Range: r, Id: p.name(t)}
	case tTRUE:
		p.next()
		return &ast.Constant{Range: r, Value: true}
	case tFALSE:
		p.next()
		return &ast.Constant{Range: r, Value: false}
	case tNONE:
		p.next()
		return &ast.Constant{Range: r, Value: nil}
	case tELLIPSIS:
		p.next()
		return &ast.Constant{Range: r, Value: ast.Ellipsis{}}
	case tINT, tFLOAT, tIMAG:
		p.next()
		return &ast.Constant{Range: r, Value: p.number(t)}
	case tSTRING:
		return p.parseStrings()
	case tLPAREN:
		return p.parseParen()
	case tLBRACK:
		// list: '[' [star_named_expressions] ']'
		// listcomp: '[' named_expression for_if_clauses ']'
		p.next()
		if p.tok.kind == tRBRACK {
			p.next()
			return &ast.List{Range: span(t.pos, p.prevEnd)}
		}
		x := p.parseStarNamedExpression()
		if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			c := p.parseComprehension(x, nil, t.pos, compList)
			p.expect(tRBRACK)
			setRange(c, span(t.pos, p.prevEnd))
			return c
		}
		elts := p.parseRestOfList(x, tRBRACK)
		p.expect(tRBRACK)
		return &ast.List{Range: span(t.pos, p.prevEnd), Elts: elts}
	case tLBRACE:
		return p.parseBrace()
	}
	p.syntaxError()
	return nil
}

func setRange(e ast.Expr, r ast.Range) {
	switch e := e.(type) {
	case *ast.ListComp:
		e.Range = r
	case *ast.SetComp:
		e.Range = r
	case *ast.DictComp:
		e.Range = r
	case *ast.GeneratorExp:
		e.Range = r
	}
}

// parseRestOfList parses `(',' star_named_expression)* [',']` after x.
func (p *parser) parseRestOfList(x ast.Expr, closer tokenKind) []ast.Expr {
	elts := []ast.Expr{x}
	for p.tok.kind == tCOMMA {
		p.next()
		if p.tok.kind == closer {
			break
		}
		elts = append(elts, p.parseStarNamedExpression())
	}
	return elts
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
//
// group: '(' (yield_expr | named_expression) ')'
//
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
func (p *parser) parseParen() ast.Expr {
	t := p.tok
	p.next()
	if p.tok.kind == tRPAREN {
		p.next()
		return &ast.Tuple{Range: span(t.pos, p.prevEnd), Parens: true}
	}
	if p.tok.kind == tYIELD {
		y := p.parseYieldExpr()
		p.expect(tRPAREN)
		return y
	}
	x := p.parseStarNamedExpression()
	switch p.tok.kind {
	case tFOR, tASYNC:
		g := p.parseComprehension(x, nil, t.pos, compGen)
		p.expect(tRPAREN)
		setRange(g, span(t.pos, p.prevEnd))
		return g
	case tCOMMA:
		elts := p.parseRestOfList(x, tRPAREN)
		p.expect(tRPAREN)
		return &ast.Tuple{Range: span(t.pos, p.prevEnd), Elts: elts, Parens: true}
	}
	p.expect(tRPAREN)
	if s, ok := x.(*ast.Starred); ok {
		p.errorNode(s, "cannot use starred expression here")
	}
	return x
}

// dict: '{' [double_starred_kvpairs] '}'
//
// set: '{' star_named_expressions '}'
//
// dictcomp: '{' kvpair for_if_clauses '}'
//
// setcomp: '{' named_expression for_if_clauses '}'
func (p *parser) parseBrace() ast.Expr {
	t := p.tok
	p.next()
	if p.tok.kind == tRBRACE {
		p.next()
		return &ast.Dict{Range: span(t.pos, p.prevEnd)}
	}
	var key, value ast.Expr
	if p.tok.kind == tSTARSTAR {
		star := p.tok
		p.next()
		value = p.parseBitwiseOr()
		if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			p.errorAt(star.pos, star.epos, "dict unpacking cannot be used in dict comprehension")
		}
	} else {
		p.colonNext = p.tok.kind != tSTAR
		key = p.parseStarNamedExpression()
		p.colonNext = false
		if p.tok.kind != tCOLON {
			// A set.
			if p.tok.kind == tFOR || p.tok.kind == tASYNC {
				c := p.parseComprehension(key, nil, t.pos, compSet)
				p.expect(tRBRACE)
				setRange(c, span(t.pos, p.prevEnd))
				return c
			}
			elts := p.parseRestOfList(key, tRBRACE)
			p.expect(tRBRACE)
			return &ast.Set{Range: span(t.pos, p.prevEnd), Elts: elts}
		}
		p.next()
		value = p.parseDictValue()
		if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			c := p.parseComprehension(key, value, t.pos, compDict)
			p.expect(tRBRACE)
			setRange(c, span(t.pos, p.prevEnd))
			return c
		}
	}
	d := &ast.Dict{Keys: []ast.Expr{key}, Values: []ast.Expr{value}}
	for p.tok.kind == tCOMMA {
		p.next()
		if p.tok.kind == tRBRACE {
			break
		}
		if p.tok.kind == tSTARSTAR {
			p.next()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.parseBitwiseOr())
			continue
		}
		k := p.parseExpression()
		if p.tok.kind != tCOLON {
			// invalid_kvpair: CPython points at the key's last character.
			end := endOf(k)
			p.errorAt(ast.Pos{Line: end.Line, Col: end.Col - 1}, ast.Pos{Line: end.Line}, "':' expected after dictionary key")
		}
		p.next()
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.parseDictValue())
	}
	p.expect(tRBRACE)
	d.Range = span(t.pos, p.prevEnd)
	return d
}

// parseDictValue parses the value after 'key:' in a dict display.
func (p *parser) parseDictValue() ast.Expr {
	switch p.tok.kind {
	case tRBRACE, tCOMMA:
		colon := &p.toks[p.i-1]
		p.errorAt(colon.pos, colon.epos, "expression expected after dictionary key and ':'")
	case tSTAR:
		star := p.tok.pos
		p.next()
		p.parseBitwiseOr()
		p.errorAt(star, p.prevEnd, "cannot use a starred expression in a dictionary value")
	}
	return p.parseExpression()
}

// number decodes a numeric literal token.
func (p *parser) number(t *token) any {
	text := p.text(t)
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	switch t.kind {
	case tINT:
		if len(text) < 19 && (len(text) == 1 || text[0] != '0') {
			if v, err := strconv.ParseInt(text, 10, 64); err == nil {
				return big.NewInt(v)
			}
		}
		z := new(big.Int)
		base := 10
		if len(text) > 1 && text[0] == '0' {
			switch text[1] | 0x20 {
			case 'x':
				base, text = 16, text[2:]
			case 'o':
				base, text = 8, text[2:]
			case 'b':
				base, text = 2, text[2:]
			}
		}
		if _, ok := z.SetString(text, base); !ok {
			p.errorAt(t.pos, t.epos, "invalid literal %s", text)
		}
		return z
	case tFLOAT:
		f, _ := strconv.ParseFloat(text, 64) // out of range gives ±Inf, as in CPython
		return f
	}
	f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
	return complex(0, f)
}
