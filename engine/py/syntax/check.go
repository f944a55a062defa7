package syntax

// This file holds the checks CPython makes after parsing, in its symbol
// table pass and its compiler, for constructs that parse but may not
// appear where they are: return, yield and await outside a function,
// break and continue outside a loop, async for/with outside an async
// function, and a few declarations. CPython reports them only for a file
// that parses, symbol-table errors before compiler errors, each in source
// order; so does check.

import (
	"fmt"

	"taskline/engine/py/ast"
)

type scopeKind int

const (
	moduleScope scopeKind = iota
	classScope
	funcScope
	asyncFuncScope
	lambdaScope
	compScope
)

type checker struct {
	filename string
	src      []byte
	err      error
}

func (c *checker) errorf(n ast.Node, format string, args ...any) {
	if c.err == nil {
		start, end := n.Span()
		c.err = newError(c.filename, c.src, "SyntaxError", start, end, fmt.Sprintf(format, args...))
	}
}

// check runs the symbol-table checks, then the compiler checks.
func check(filename string, src []byte, mod *ast.Module) error {
	c := &checker{filename: filename, src: src}
	c.symtable(mod)
	if c.err != nil {
		return c.err
	}
	c.compile(mod.Body, moduleScope, false, false)
	return c.err
}

// symtable finds the errors of CPython's symbol-table pass.
func (c *checker) symtable(mod *ast.Module) {
	for _, s := range mod.Body {
		if n, ok := s.(*ast.Nonlocal); ok {
			c.errorf(n, "nonlocal declaration not allowed at module level")
		}
	}
	ast.Inspect(mod, func(n ast.Node) bool {
		if c.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FunctionDef:
			c.duplicateParams(n.Params, n.Name)
		case *ast.Lambda:
			c.duplicateParams(n.Params, "")
		case *ast.ListComp:
			c.yieldInComp(n.Elt, n.Generators, "list comprehension")
		case *ast.SetComp:
			c.yieldInComp(n.Elt, n.Generators, "set comprehension")
		case *ast.DictComp:
			c.yieldInComp(n.Key, n.Generators, "dict comprehension")
			c.yieldInComp(n.Value, nil, "dict comprehension")
		case *ast.GeneratorExp:
			c.yieldInComp(n.Elt, n.Generators, "generator expression")
		}
		return true
	})
}

func (c *checker) duplicateParams(ps *ast.Params, fn string) {
	seen := map[string]bool{}
	for _, list := range [][]*ast.Param{ps.PosOnly, ps.Args, {ps.Vararg}, ps.KwOnly, {ps.Kwarg}} {
		for _, p := range list {
			if p == nil {
				continue
			}
			if seen[p.Name] {
				c.errorf(p, "duplicate argument '%s' in function definition", p.Name)
			}
			seen[p.Name] = true
		}
	}
}

// yieldInComp reports a yield in a comprehension's own scope (everything
// but its first iterable).
func (c *checker) yieldInComp(elt ast.Expr, gens []*ast.Comprehension, what string) {
	var parts []ast.Expr
	parts = append(parts, elt)
	for i, g := range gens {
		parts = append(parts, g.Target)
		if i > 0 {
			parts = append(parts, g.Iter)
		}
		parts = append(parts, g.Ifs...)
	}
	for _, e := range parts {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
				return false
			case *ast.Yield, *ast.YieldFrom:
				c.errorf(n, "'yield' inside %s", what)
			}
			return true
		})
	}
}

// compile walks statements in scope, as CPython's compiler does, with
// inLoop telling whether break/continue are allowed and asyncGen whether
// the function is an async generator.
func (c *checker) compile(body []ast.Stmt, scope scopeKind, inLoop, asyncGen bool) {
	for _, s := range body {
		if c.err != nil {
			return
		}
		c.stmt(s, scope, inLoop, asyncGen)
	}
}

func (c *checker) stmt(s ast.Stmt, scope scopeKind, inLoop, asyncGen bool) {
	expr := func(e ast.Expr) { c.expr(e, scope) }
	exprs := func(list []ast.Expr) {
		for _, e := range list {
			if e != nil {
				c.expr(e, scope)
			}
		}
	}
	var value ast.Expr
	switch s := s.(type) {
	case *ast.Assign:
		value = s.Value
	case *ast.AugAssign:
		value = s.Value
	case *ast.AnnAssign:
		value = s.Value
	case *ast.Return:
		value = s.Value
	case *ast.ExprStmt:
		value = s.Value
	}
	if st, ok := value.(*ast.Starred); ok {
		c.errorf(st, "can't use starred expression here")
		return
	}
	switch s := s.(type) {
	case *ast.FunctionDef:
		exprs(s.Decorators)
		c.params(s.Params, scope)
		kind := funcScope
		gen := false
		if s.Async {
			kind = asyncFuncScope
			gen = containsYield(s.Body)
		}
		c.compile(s.Body, kind, false, gen)
	case *ast.ClassDef:
		exprs(s.Decorators)
		exprs(s.Bases)
		for _, k := range s.Keywords {
			expr(k.Value)
		}
		c.compile(s.Body, classScope, false, false)
	case *ast.Return:
		if scope != funcScope && scope != asyncFuncScope {
			c.errorf(s, "'return' outside function")
		}
		if s.Value != nil && asyncGen {
			c.errorf(s, "'return' with value in async generator")
		}
		expr(s.Value)
	case *ast.Delete:
		exprs(s.Targets)
	case *ast.Assign:
		expr(s.Value)
		exprs(s.Targets)
	case *ast.AugAssign:
		expr(s.Target)
		expr(s.Value)
	case *ast.AnnAssign:
		expr(s.Value)
		expr(s.Target)
	case *ast.For:
		if s.Async && scope != asyncFuncScope {
			c.errorf(s, "'async for' outside async function")
		}
		expr(s.Iter)
		expr(s.Target)
		c.compile(s.Body, scope, true, asyncGen)
		c.compile(s.Orelse, scope, inLoop, asyncGen)
	case *ast.While:
		expr(s.Test)
		c.compile(s.Body, scope, true, asyncGen)
		c.compile(s.Orelse, scope, inLoop, asyncGen)
	case *ast.If:
		expr(s.Test)
		c.compile(s.Body, scope, inLoop, asyncGen)
		c.compile(s.Orelse, scope, inLoop, asyncGen)
	case *ast.With:
		if s.Async && scope != asyncFuncScope {
			c.errorf(s, "'async with' outside async function")
		}
		for _, it := range s.Items {
			expr(it.ContextExpr)
			if it.OptionalVars != nil {
				expr(it.OptionalVars)
			}
		}
		c.compile(s.Body, scope, inLoop, asyncGen)
	case *ast.Raise:
		if s.Exc != nil {
			expr(s.Exc)
		}
		if s.Cause != nil {
			expr(s.Cause)
		}
	case *ast.Try:
		c.compile(s.Body, scope, inLoop, asyncGen)
		for _, h := range s.Handlers {
			if h.Type != nil {
				expr(h.Type)
			}
			c.compile(h.Body, scope, inLoop, asyncGen)
		}
		c.compile(s.Orelse, scope, inLoop, asyncGen)
		c.compile(s.Finalbody, scope, inLoop, asyncGen)
	case *ast.Assert:
		expr(s.Test)
		if s.Msg != nil {
			expr(s.Msg)
		}
	case *ast.ExprStmt:
		expr(s.Value)
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

func (c *checker) params(ps *ast.Params, scope scopeKind) {
	for _, e := range ps.Defaults {
		c.expr(e, scope)
	}
	for _, e := range ps.KwDefaults {
		if e != nil {
			c.expr(e, scope)
		}
	}
}

// containsYield reports whether a function body (not nested functions)
// contains yield.
func containsYield(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Yield, *ast.YieldFrom:
				found = true
			}
			return !found
		})
	}
	return found
}

// expr checks an expression evaluated in scope.
func (c *checker) expr(e ast.Expr, scope scopeKind) {
	ast.Inspect(e, func(n ast.Node) bool {
		if c.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.Lambda:
			c.params(n.Params, scope)
			c.expr(n.Body, lambdaScope)
			return false
		case *ast.Yield, *ast.YieldFrom:
			if scope == moduleScope || scope == classScope {
				c.errorf(n, "'yield' outside function")
			} else if _, from := n.(*ast.YieldFrom); from && scope == asyncFuncScope {
				c.errorf(n, "'yield from' inside async function")
			}
		case *ast.Await:
			switch scope {
			case moduleScope, classScope:
				c.errorf(n, "'await' outside function")
			case funcScope, lambdaScope:
				c.errorf(n, "'await' outside async function")
			}
		case *ast.ListComp:
			c.comp(n, n.Generators, []ast.Expr{n.Elt}, scope, false)
			return false
		case *ast.SetComp:
			c.comp(n, n.Generators, []ast.Expr{n.Elt}, scope, false)
			return false
		case *ast.DictComp:
			c.comp(n, n.Generators, []ast.Expr{n.Key, n.Value}, scope, false)
			return false
		case *ast.GeneratorExp:
			c.comp(n, n.Generators, []ast.Expr{n.Elt}, scope, true)
			return false
		}
		return true
	})
}

// comp checks a comprehension: its first iterable belongs to the enclosing
// scope, the rest to the comprehension's own.
func (c *checker) comp(n ast.Expr, gens []*ast.Comprehension, elts []ast.Expr, scope scopeKind, genexp bool) {
	c.expr(gens[0].Iter, scope)
	if c.err != nil {
		return
	}
	if !genexp && scope != asyncFuncScope && scope != compScope && isAsyncComp(gens, elts) {
		c.errorf(n, "asynchronous comprehension outside of an asynchronous function")
		return
	}
	for i, g := range gens {
		c.expr(g.Target, compScope)
		if i > 0 {
			c.expr(g.Iter, compScope)
		}
		for _, e := range g.Ifs {
			c.expr(e, compScope)
		}
	}
	for _, e := range elts {
		c.expr(e, compScope)
	}
}

// isAsyncComp reports whether a comprehension is asynchronous: it has an
// async for, or an await in its own scope.
func isAsyncComp(gens []*ast.Comprehension, elts []ast.Expr) bool {
	found := false
	visit := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
				return false
			case *ast.Await:
				found = true
			}
			return !found
		})
	}
	for i, g := range gens {
		if g.Async {
			return true
		}
		if i > 0 {
			visit(g.Iter)
		}
		for _, e := range g.Ifs {
			visit(e)
		}
	}
	for _, e := range elts {
		visit(e)
	}
	return found
}
