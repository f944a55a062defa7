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
	"strings"

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
	compName string // the comprehension being visited, for messages
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

// Symbol flags, as in CPython's symtable.h.
const (
	defLocal = 1 << iota
	defParam
	defUse
	defAnnot
	defGlobal
	defNonlocal
	defImport
)

// symScope is a scope of the symbol-table pass.
type symScope struct {
	kind      scopeKind
	parent    *symScope
	flags     map[string]int
	nonlocals []*ast.Nonlocal
	children  []*symScope
}

func (c *checker) newScope(kind scopeKind, parent *symScope) *symScope {
	s := &symScope{kind: kind, parent: parent, flags: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// symtable finds the errors of CPython's future-import check and
// symbol-table pass, in that order.
func (c *checker) symtable(mod *ast.Module) {
	c.future(mod)
	if c.err != nil {
		return
	}
	top := c.newScope(moduleScope, nil)
	c.symStmts(mod.Body, top)
	if c.err == nil {
		c.analyze(top)
	}
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

func (c *checker) future(mod *ast.Module) {
	early := true
	for i, s := range mod.Body {
		imp, ok := s.(*ast.ImportFrom)
		if ok && imp.Module == "__future__" && imp.Level == 0 {
			if !early {
				c.errorf(s, "from __future__ imports must occur at the beginning of the file")
				return
			}
			for _, a := range imp.Names {
				if !futureFeatures[a.Name] {
					start, _ := s.Span()
					c.err = newError(c.filename, c.src, "SyntaxError", start, start, fmt.Sprintf("future feature %s is not defined", a.Name))
					return
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
}

func (c *checker) symStmts(body []ast.Stmt, sc *symScope) {
	for _, s := range body {
		if c.err != nil {
			return
		}
		c.symStmt(s, sc)
	}
}

func (c *checker) symStmt(s ast.Stmt, sc *symScope) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		sc.flags[s.Name] |= defLocal
		c.symParamsOuter(s.Params, sc)
		c.symExpr(s.Returns, sc)
		c.symExprs(s.Decorators, sc)
		fn := c.newScope(funcScope, sc)
		c.symParams(s.Params, s.Name, fn)
		c.symStmts(s.Body, fn)
	case *ast.ClassDef:
		sc.flags[s.Name] |= defLocal
		c.symExprs(s.Bases, sc)
		for _, k := range s.Keywords {
			c.symExpr(k.Value, sc)
		}
		c.symExprs(s.Decorators, sc)
		c.symStmts(s.Body, c.newScope(classScope, sc))
	case *ast.Return:
		c.symExpr(s.Value, sc)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.symTarget(t, sc)
		}
	case *ast.Assign:
		for _, t := range s.Targets {
			c.symTarget(t, sc)
		}
		c.symExpr(s.Value, sc)
	case *ast.AugAssign:
		c.symTarget(s.Target, sc)
		c.symExpr(s.Value, sc)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok {
			sc.flags[n.Id] |= defLocal | defAnnot
		} else {
			c.symTarget(s.Target, sc)
		}
		c.symExpr(s.Annotation, sc)
		c.symExpr(s.Value, sc)
	case *ast.For:
		c.symTarget(s.Target, sc)
		c.symExpr(s.Iter, sc)
		c.symStmts(s.Body, sc)
		c.symStmts(s.Orelse, sc)
	case *ast.While:
		c.symExpr(s.Test, sc)
		c.symStmts(s.Body, sc)
		c.symStmts(s.Orelse, sc)
	case *ast.If:
		c.symExpr(s.Test, sc)
		c.symStmts(s.Body, sc)
		c.symStmts(s.Orelse, sc)
	case *ast.With:
		for _, it := range s.Items {
			c.symExpr(it.ContextExpr, sc)
			if it.OptionalVars != nil {
				c.symTarget(it.OptionalVars, sc)
			}
		}
		c.symStmts(s.Body, sc)
	case *ast.Raise:
		c.symExpr(s.Exc, sc)
		c.symExpr(s.Cause, sc)
	case *ast.Try:
		c.symStmts(s.Body, sc)
		for _, h := range s.Handlers {
			c.symExpr(h.Type, sc)
			if h.Name != "" {
				sc.flags[h.Name] |= defLocal
			}
			c.symStmts(h.Body, sc)
		}
		c.symStmts(s.Orelse, sc)
		c.symStmts(s.Finalbody, sc)
	case *ast.Assert:
		c.symExpr(s.Test, sc)
		c.symExpr(s.Msg, sc)
	case *ast.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			sc.flags[name] |= defImport
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if sc.kind != moduleScope {
					c.errorf(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			sc.flags[name] |= defImport
		}
	case *ast.Global:
		for _, name := range s.Names {
			if msg := declError(sc.flags[name], "global"); msg != "" {
				c.errorf(s, msg, name)
				return
			}
			sc.flags[name] |= defGlobal
		}
	case *ast.Nonlocal:
		if sc.kind == moduleScope {
			c.errorf(s, "nonlocal declaration not allowed at module level")
			return
		}
		for _, name := range s.Names {
			if msg := declError(sc.flags[name], "nonlocal"); msg != "" {
				c.errorf(s, msg, name)
				return
			}
			sc.flags[name] |= defNonlocal
		}
		sc.nonlocals = append(sc.nonlocals, s)
	case *ast.ExprStmt:
		c.symExpr(s.Value, sc)
	}
}

// declError returns CPython's message for a global or nonlocal
// declaration of a name with the given flags, or "".
func declError(flags int, what string) string {
	switch {
	case flags&defParam != 0:
		return "name '%s' is parameter and " + what
	case flags&defUse != 0:
		return "name '%s' is used prior to " + what + " declaration"
	case flags&defAnnot != 0:
		return "annotated name '%s' can't be " + what
	case flags&defLocal != 0:
		return "name '%s' is assigned to before " + what + " declaration"
	}
	return ""
}

// symParamsOuter visits what a def or lambda evaluates in the enclosing
// scope: defaults and annotations.
func (c *checker) symParamsOuter(ps *ast.Params, sc *symScope) {
	c.symExprs(ps.Defaults, sc)
	c.symExprs(ps.KwDefaults, sc)
	for _, list := range [][]*ast.Param{ps.PosOnly, ps.Args, {ps.Vararg}, ps.KwOnly, {ps.Kwarg}} {
		for _, p := range list {
			if p != nil {
				c.symExpr(p.Annotation, sc)
			}
		}
	}
}

// symParams declares the parameters in the function's scope.
func (c *checker) symParams(ps *ast.Params, fn string, sc *symScope) {
	for _, list := range [][]*ast.Param{ps.PosOnly, ps.Args, {ps.Vararg}, ps.KwOnly, {ps.Kwarg}} {
		for _, p := range list {
			if p == nil {
				continue
			}
			if sc.flags[p.Name]&defParam != 0 {
				c.errorf(p, "duplicate argument '%s' in function definition", p.Name)
				return
			}
			sc.flags[p.Name] |= defParam
		}
	}
}

// symTarget declares the names an assignment target binds.
func (c *checker) symTarget(e ast.Expr, sc *symScope) {
	switch e := e.(type) {
	case *ast.Name:
		sc.flags[e.Id] |= defLocal
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.symTarget(x, sc)
		}
	case *ast.List:
		for _, x := range e.Elts {
			c.symTarget(x, sc)
		}
	case *ast.Starred:
		c.symTarget(e.Value, sc)
	default:
		c.symExpr(e, sc)
	}
}

func (c *checker) symExprs(list []ast.Expr, sc *symScope) {
	for _, e := range list {
		c.symExpr(e, sc)
	}
}

// symExpr records the names an expression uses, and the scopes it opens.
func (c *checker) symExpr(e ast.Expr, sc *symScope) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if c.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.Name:
			sc.flags[n.Id] |= defUse
		case *ast.NamedExpr:
			// The target binds in the nearest enclosing non-comprehension scope.
			target := sc
			for target.kind == compScope {
				target = target.parent
			}
			target.flags[n.Target.Id] |= defLocal
			c.symExpr(n.Value, sc)
			return false
		case *ast.Lambda:
			c.symParamsOuter(n.Params, sc)
			fn := c.newScope(lambdaScope, sc)
			c.symParams(n.Params, "lambda", fn)
			c.symExpr(n.Body, fn)
			return false
		case *ast.ListComp:
			c.symComp(n.Generators, []ast.Expr{n.Elt}, sc, "list comprehension")
			return false
		case *ast.SetComp:
			c.symComp(n.Generators, []ast.Expr{n.Elt}, sc, "set comprehension")
			return false
		case *ast.DictComp:
			c.symComp(n.Generators, []ast.Expr{n.Key, n.Value}, sc, "dict comprehension")
			return false
		case *ast.GeneratorExp:
			c.symComp(n.Generators, []ast.Expr{n.Elt}, sc, "generator expression")
			return false
		case *ast.Yield, *ast.YieldFrom:
			if sc.kind == compScope {
				c.errorf(n, "'yield' inside %s", c.compName)
				return false
			}
		}
		return true
	})
}

// symComp visits a comprehension: the first iterable in the enclosing
// scope, the rest in its own.
func (c *checker) symComp(gens []*ast.Comprehension, elts []ast.Expr, sc *symScope, what string) {
	c.symExpr(gens[0].Iter, sc)
	comp := c.newScope(compScope, sc)
	saved := c.compName
	c.compName = what
	defer func() { c.compName = saved }()
	for i, g := range gens {
		c.symTarget(g.Target, comp)
		if i > 0 {
			c.symExpr(g.Iter, comp)
		}
		c.symExprs(g.Ifs, comp)
	}
	c.symExprs(elts, comp)
}

// analyze finds nonlocal declarations with no binding in an enclosing
// function, after the whole file has been visited, as CPython does.
func (c *checker) analyze(sc *symScope) {
	for _, n := range sc.nonlocals {
		for _, name := range n.Names {
			if !boundOutside(sc, name) {
				c.errorf(n, "no binding for nonlocal '%s' found", name)
				return
			}
		}
	}
	for _, child := range sc.children {
		if c.err != nil {
			return
		}
		c.analyze(child)
	}
}

// boundOutside reports whether name is bound in a function scope
// enclosing sc (class scopes are skipped; the module does not count).
func boundOutside(sc *symScope, name string) bool {
	for s := sc.parent; s != nil && s.kind != moduleScope; s = s.parent {
		if s.kind == classScope {
			if name == "__class__" {
				return true // the implicit cell of methods that use super()
			}
			continue
		}
		f := s.flags[name]
		if f&defGlobal != 0 {
			return false
		}
		if f&(defLocal|defParam|defImport) != 0 || f&defNonlocal != 0 && boundOutside(s, name) {
			return true
		}
	}
	return false
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
		for i, h := range s.Handlers {
			if h.Type == nil && i < len(s.Handlers)-1 {
				c.errorf(h, "default 'except:' must be last")
				return
			}
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
