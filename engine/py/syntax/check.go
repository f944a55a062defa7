package syntax

// This file holds the checks CPython makes after parsing: its future-import
// check, then its symbol table (the scope resolver, resolve.go), then its
// compiler, for constructs that parse but may not appear where they are:
// return, yield and await outside a function, break and continue outside a
// loop, async for/with and asynchronous comprehensions outside an async
// function. CPython reports them only for a file that parses, each pass's
// errors in the order it meets them; so does check.

import (
	"fmt"

	"taskline/engine/py/ast"
)

// check runs the future-import check, resolves the scopes, then makes the
// compiler's checks.
func check(f *File) error {
	if err := future(f); err != nil {
		return err
	}
	if err := resolve(f); err != nil {
		return err
	}
	c := &checker{file: f}
	c.block(f.Module.Body, f.Top, false)
	return c.err
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

func future(f *File) error {
	early := true
	for i, s := range f.Module.Body {
		imp, ok := s.(*ast.ImportFrom)
		if ok && imp.Module == "__future__" && imp.Level == 0 {
			start, end := s.Span()
			if !early {
				return f.errorAt(start, end, false, "from __future__ imports must occur at the beginning of the file")
			}
			for _, a := range imp.Names {
				if !futureFeatures[a.Name] {
					return f.errorAt(start, start, false, fmt.Sprintf("future feature %s is not defined", a.Name))
				}
			}
			continue
		}
		if e, ok := s.(*ast.ExprStmt); ok && i == 0 {
			if k, ok := e.Value.(*ast.Constant); ok {
				if _, ok := k.Value.(string); ok {
					continue // the docstring
				}
			}
		}
		early = false
	}
	return nil
}

// checker makes the compiler's checks, walking the statements in the order
// CPython's compiler does, with the scopes the resolver built.
type checker struct {
	file *File
	err  error
	// last is the statement compiled last, where CPython 3.9 and before
	// report some errors.
	last ast.Stmt
}

func (c *checker) errorf(n ast.Node, format string, args ...any) {
	if c.err == nil {
		start, end := n.Span()
		c.err = c.file.errorAt(start, end, false, fmt.Sprintf(format, args...))
	}
}

// block checks statements in scope sc; inLoop tells whether break and
// continue are allowed.
func (c *checker) block(body []ast.Stmt, sc *Scope, inLoop bool) {
	for _, s := range body {
		if c.err != nil {
			return
		}
		c.last = s
		c.stmt(s, sc, inLoop)
	}
}

// value checks an expression whose value a statement uses: a starred
// expression may not stand alone there.
func (c *checker) value(e ast.Expr, sc *Scope) {
	if st, ok := e.(*ast.Starred); ok {
		c.errorf(st, "can't use starred expression here")
		return
	}
	c.expr(e, sc)
}

func (c *checker) exprs(list []ast.Expr, sc *Scope) {
	for _, e := range list {
		c.expr(e, sc)
	}
}

func (c *checker) stmt(s ast.Stmt, sc *Scope, inLoop bool) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.exprs(s.Decorators, sc)
		c.exprs(s.Params.Defaults, sc)
		c.exprs(s.Params.KwDefaults, sc)
		c.block(s.Body, c.file.Scope(s), false)
		c.last = s
	case *ast.ClassDef:
		c.exprs(s.Decorators, sc)
		c.block(s.Body, c.file.Scope(s), false)
		c.last = s
		c.exprs(s.Bases, sc)
		for _, k := range s.Keywords {
			c.expr(k.Value, sc)
		}
	case *ast.Return:
		if sc.Kind != FunctionScope {
			c.errorf(s, "'return' outside function")
			return
		}
		if s.Value != nil && sc.Coroutine && sc.Generator {
			c.errorf(s, "'return' with value in async generator")
			return
		}
		if s.Value != nil {
			c.value(s.Value, sc)
		}
	case *ast.Delete:
		c.exprs(s.Targets, sc)
	case *ast.Assign:
		c.value(s.Value, sc)
		c.exprs(s.Targets, sc)
	case *ast.AugAssign:
		c.expr(s.Target, sc)
		c.value(s.Value, sc)
	case *ast.AnnAssign:
		if s.Value != nil {
			c.value(s.Value, sc)
		}
		c.expr(s.Target, sc)
	case *ast.For:
		if s.Async && !(sc.Kind == FunctionScope && sc.Async) {
			c.errorf(s, "'async for' outside async function")
			return
		}
		c.expr(s.Iter, sc)
		c.expr(s.Target, sc)
		c.block(s.Body, sc, true)
		c.block(s.Orelse, sc, inLoop)
	case *ast.While:
		c.expr(s.Test, sc)
		c.block(s.Body, sc, true)
		c.block(s.Orelse, sc, inLoop)
	case *ast.If:
		c.expr(s.Test, sc)
		c.block(s.Body, sc, inLoop)
		c.block(s.Orelse, sc, inLoop)
	case *ast.With:
		if s.Async && !(sc.Kind == FunctionScope && sc.Async) {
			c.errorf(s, "'async with' outside async function")
			return
		}
		for _, it := range s.Items {
			c.expr(it.ContextExpr, sc)
			c.expr(it.OptionalVars, sc)
		}
		c.block(s.Body, sc, inLoop)
	case *ast.Raise:
		c.expr(s.Exc, sc)
		c.expr(s.Cause, sc)
	case *ast.Try:
		c.block(s.Body, sc, inLoop)
		for i, h := range s.Handlers {
			if h.Type == nil && i < len(s.Handlers)-1 {
				if c.file.minor <= 9 && c.last != nil {
					// Before 3.10 CPython reports it where it compiled
					// last.
					c.errorf(c.last, "default 'except:' must be last")
				} else {
					c.errorf(h, "default 'except:' must be last")
				}
				return
			}
			c.expr(h.Type, sc)
			c.block(h.Body, sc, inLoop)
		}
		c.block(s.Orelse, sc, inLoop)
		c.block(s.Finalbody, sc, inLoop)
	case *ast.Assert:
		c.expr(s.Test, sc)
		c.expr(s.Msg, sc)
	case *ast.ExprStmt:
		c.value(s.Value, sc)
	case *ast.Break:
		if !inLoop {
			c.errorf(s, "'break' outside loop")
		}
	case *ast.Continue:
		if !inLoop {
			c.errorf(s, "'continue' not properly in loop")
		}
	}
}

// expr checks an expression evaluated in scope sc.
func (c *checker) expr(e ast.Expr, sc *Scope) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if c.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.Lambda:
			c.exprs(n.Params.Defaults, sc)
			c.exprs(n.Params.KwDefaults, sc)
			c.expr(n.Body, c.file.Scope(n))
			return false
		case *ast.Yield, *ast.YieldFrom:
			switch {
			case sc.Kind == ModuleScope || sc.Kind == ClassScope:
				c.errorf(n, "'yield' outside function")
			case sc.Kind == ComprehensionScope:
				// Only 3.7 gets here: 3.8 made it a SyntaxError.
				start, _ := n.Span()
				c.err = &UnsupportedError{Filename: c.file.Filename, Pos: start,
					What: "'yield' inside a comprehension (Python 3.7 makes the comprehension a generator)"}
			default:
				if _, from := n.(*ast.YieldFrom); from && sc.Async {
					c.errorf(n, "'yield from' inside async function")
				}
			}
		case *ast.Await:
			switch {
			case sc.Kind == ModuleScope || sc.Kind == ClassScope:
				c.errorf(n, "'await' outside function")
			case sc.Kind == FunctionScope && !sc.Async:
				c.errorf(n, "'await' outside async function")
			}
		case *ast.ListComp:
			c.comprehension(n, n.Generators, []ast.Expr{n.Elt}, sc)
			return false
		case *ast.SetComp:
			c.comprehension(n, n.Generators, []ast.Expr{n.Elt}, sc)
			return false
		case *ast.DictComp:
			c.comprehension(n, n.Generators, []ast.Expr{n.Key, n.Value}, sc)
			return false
		case *ast.GeneratorExp:
			c.comprehension(n, n.Generators, []ast.Expr{n.Elt}, sc)
			return false
		}
		return true
	})
}

// comprehension checks a comprehension in CPython's compiler's order: the
// comprehension itself, its clauses and element in its own scope, then its
// first iterable in the enclosing scope.
func (c *checker) comprehension(n ast.Expr, gens []*ast.Comprehension, elts []ast.Expr, outer *Scope) {
	cs := c.file.Scope(n)
	if c.asyncOutside(n, cs, outer) {
		return
	}
	for i, g := range gens {
		if i > 0 {
			c.expr(g.Iter, cs)
		}
		c.expr(g.Target, cs)
		c.exprs(g.Ifs, cs)
	}
	c.exprs(elts, cs)
	c.expr(gens[0].Iter, outer)
}

// asyncOutside reports an asynchronous comprehension (not a generator
// expression) outside an asynchronous function. From 3.11 one may be
// nested in another comprehension; before, only in one that is itself
// asynchronous.
func (c *checker) asyncOutside(n ast.Expr, cs, outer *Scope) bool {
	if _, genexp := n.(*ast.GeneratorExp); genexp || !cs.Coroutine {
		return false
	}
	if c.file.minor >= 11 {
		if outer.Kind == FunctionScope && outer.Async || outer.Kind == ComprehensionScope {
			return false
		}
	} else if outer.Coroutine {
		return false
	}
	const msg = "asynchronous comprehension outside of an asynchronous function"
	start, end := n.Span()
	switch minor := c.file.minor; {
	case minor == 8 || minor == 9:
		// 3.8 and 3.9 report it on line 0, without a source line.
		c.err = &SyntaxError{Filename: c.file.Filename, Kind: "SyntaxError", Line: 0, Col: 1, EndLine: 0, EndCol: 2, Msg: msg}
	case minor <= 7:
		// 3.7 points at the start of the line.
		c.err = c.file.errorAt(lineStart(c.file.Src, start.Line), end, false, msg)
	default:
		c.errorf(n, msg)
	}
	return true
}

// lineStart returns the position of the first non-blank character of line
// n of src.
func lineStart(src []byte, n int) ast.Pos {
	text := sourceLine(src, n)
	col := 1
	for _, r := range text {
		if r != ' ' && r != '\t' && r != '\f' {
			break
		}
		col++
	}
	return ast.Pos{Line: n, Col: col}
}
