package eval

import (
	"taskline/engine/py/ast"
)

// The resolver decides, before any code runs, where every name lives: a
// local slot, a cell (captured by a nested function), a free variable
// (a cell of an enclosing function), a class namespace, or a module global.
// It walks the whole module once to build the scope tree, then marks the
// variables that nested scopes capture, as go.starlark.net's resolve does.

const (
	scModule = iota
	scFunction
	scClass
	scComprehension
)

type scope struct {
	kind     int
	parent   *scope
	name     string // function or class name, for qualnames
	qualname string
	bound    map[string]bool
	order    []string
	global   map[string]bool
	nonlocal map[string]bool
	nlPos    map[string]ast.Pos // where each nonlocal was declared
	used     []usedName
	captured map[string]bool
	free     map[string]bool
	freeList []string

	hasYield, hasAwait, isAsync bool
	usesSuper                   bool

	// slot assignment, filled by layout
	local     map[string]int
	cell      map[string]int
	nlocals   int
	localName []string
	cellName  []string
	ncells    int // own cells (captured locals)
}

type usedName struct {
	name string
	pos  ast.Pos
}

func newScope(kind int, parent *scope, name string) *scope {
	s := &scope{kind: kind, parent: parent, name: name,
		bound: map[string]bool{}, global: map[string]bool{}, nonlocal: map[string]bool{}, nlPos: map[string]ast.Pos{},
		captured: map[string]bool{}, free: map[string]bool{}}
	switch {
	case parent == nil || parent.kind == scModule:
		s.qualname = name
	case parent.kind == scClass:
		s.qualname = parent.qualname + "." + name
	default:
		s.qualname = parent.qualname + ".<locals>." + name
	}
	return s
}

func (s *scope) bind(name string) {
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

func (s *scope) use(name string, pos ast.Pos) { s.used = append(s.used, usedName{name, pos}) }

// resolver builds scopes for every node that opens one.
type resolver struct {
	scopes map[ast.Node]*scope
	all    []*scope
	err    error
	file   string
}

func (r *resolver) newScope(kind int, parent *scope, name string, n ast.Node) *scope {
	s := newScope(kind, parent, name)
	r.scopes[n] = s
	r.all = append(r.all, s)
	return s
}

func (r *resolver) fail(pos ast.Pos, msg string) {
	if r.err == nil {
		r.err = &SyntaxErr{File: r.file, Line: pos.Line, Col: pos.Col, Msg: msg}
	}
}

func (r *resolver) stmts(ss []ast.Stmt, sc *scope) {
	for _, s := range ss {
		r.stmt(s, sc)
	}
}

func (r *resolver) target(e ast.Expr, sc *scope) {
	switch t := e.(type) {
	case *ast.Name:
		sc.bind(t.Id)
	case *ast.Tuple:
		for _, x := range t.Elts {
			r.target(x, sc)
		}
	case *ast.List:
		for _, x := range t.Elts {
			r.target(x, sc)
		}
	case *ast.Starred:
		r.target(t.Value, sc)
	default:
		r.expr(e, sc)
	}
}

func (r *resolver) params(p *ast.Params, outer, inner *scope) {
	for _, d := range p.Defaults {
		r.expr(d, outer)
	}
	for _, d := range p.KwDefaults {
		if d != nil {
			r.expr(d, outer)
		}
	}
	for _, a := range p.PosOnly {
		inner.bind(a.Name)
	}
	for _, a := range p.Args {
		inner.bind(a.Name)
	}
	if p.Vararg != nil {
		inner.bind(p.Vararg.Name)
	}
	for _, a := range p.KwOnly {
		inner.bind(a.Name)
	}
	if p.Kwarg != nil {
		inner.bind(p.Kwarg.Name)
	}
}

func (r *resolver) stmt(s ast.Stmt, sc *scope) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		for _, d := range s.Decorators {
			r.expr(d, sc)
		}
		fs := r.newScope(scFunction, sc, s.Name, s)
		fs.isAsync = s.Async
		r.params(s.Params, sc, fs)
		r.stmts(s.Body, fs)
		sc.bind(s.Name)
	case *ast.ClassDef:
		for _, d := range s.Decorators {
			r.expr(d, sc)
		}
		for _, b := range s.Bases {
			r.expr(b, sc)
		}
		for _, k := range s.Keywords {
			r.expr(k.Value, sc)
		}
		cs := r.newScope(scClass, sc, s.Name, s)
		r.stmts(s.Body, cs)
		sc.bind(s.Name)
	case *ast.Return:
		if s.Value != nil {
			r.expr(s.Value, sc)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			r.target(t, sc)
		}
	case *ast.Assign:
		r.expr(s.Value, sc)
		for _, t := range s.Targets {
			r.target(t, sc)
		}
	case *ast.AugAssign:
		r.expr(s.Value, sc)
		if n, ok := s.Target.(*ast.Name); ok {
			sc.use(n.Id, n.Start)
		}
		r.target(s.Target, sc)
	case *ast.AnnAssign:
		if s.Value != nil {
			r.expr(s.Value, sc)
			r.target(s.Target, sc)
		} else if _, ok := s.Target.(*ast.Name); !ok {
			r.target(s.Target, sc)
		} else if sc.kind != scModule && sc.kind != scClass {
			r.target(s.Target, sc)
		}
	case *ast.For:
		r.expr(s.Iter, sc)
		r.target(s.Target, sc)
		r.stmts(s.Body, sc)
		r.stmts(s.Orelse, sc)
		if s.Async {
			sc.hasAwait = true
		}
	case *ast.While:
		r.expr(s.Test, sc)
		r.stmts(s.Body, sc)
		r.stmts(s.Orelse, sc)
	case *ast.If:
		r.expr(s.Test, sc)
		r.stmts(s.Body, sc)
		r.stmts(s.Orelse, sc)
	case *ast.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr, sc)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars, sc)
			}
		}
		r.stmts(s.Body, sc)
		if s.Async {
			sc.hasAwait = true
		}
	case *ast.Raise:
		if s.Exc != nil {
			r.expr(s.Exc, sc)
		}
		if s.Cause != nil {
			r.expr(s.Cause, sc)
		}
	case *ast.Try:
		r.stmts(s.Body, sc)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type, sc)
			}
			if h.Name != "" {
				sc.bind(h.Name)
			}
			r.stmts(h.Body, sc)
		}
		r.stmts(s.Orelse, sc)
		r.stmts(s.Finalbody, sc)
	case *ast.Assert:
		r.expr(s.Test, sc)
		if s.Msg != nil {
			r.expr(s.Msg, sc)
		}
	case *ast.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			sc.bind(name)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			sc.bind(name)
		}
	case *ast.Global:
		for _, n := range s.Names {
			if sc.bound[n] {
				r.fail(s.Start, "name '"+n+"' is assigned to before global declaration")
			}
			sc.global[n] = true
		}
	case *ast.Nonlocal:
		if sc.kind == scModule {
			r.fail(s.Start, "nonlocal declaration not allowed at module level")
		}
		for _, n := range s.Names {
			if sc.bound[n] {
				r.fail(s.Start, "name '"+n+"' is assigned to before nonlocal declaration")
			}
			sc.nonlocal[n] = true
			sc.nlPos[n] = s.Start
		}
	case *ast.ExprStmt:
		r.expr(s.Value, sc)
	}
}

func (r *resolver) comp(n ast.Expr, gens []*ast.Comprehension, elts []ast.Expr, sc *scope, name string) {
	r.expr(gens[0].Iter, sc)
	cs := r.newScope(scComprehension, sc, name, n)
	cs.bind(".0")
	for i, g := range gens {
		if i > 0 {
			r.expr(g.Iter, cs)
		}
		r.target(g.Target, cs)
		for _, c := range g.Ifs {
			r.expr(c, cs)
		}
		if g.Async {
			cs.hasAwait = true
		}
	}
	for _, e := range elts {
		r.expr(e, cs)
	}
	if cs.hasAwait && name != "<genexpr>" {
		// An async comprehension awaits in the enclosing coroutine.
		sc.hasAwait = true
	}
}

func (r *resolver) expr(e ast.Expr, sc *scope) {
	switch e := e.(type) {
	case nil:
	case *ast.Name:
		sc.use(e.Id, e.Start)
		if e.Id == "super" {
			for s := sc; s != nil; s = s.parent {
				if s.kind == scFunction {
					s.usesSuper = true
					break
				}
			}
		}
	case *ast.BoolOp:
		for _, v := range e.Values {
			r.expr(v, sc)
		}
	case *ast.NamedExpr:
		r.expr(e.Value, sc)
		t := sc
		for t.kind == scComprehension {
			t = t.parent
		}
		t.bind(e.Target.Id)
		if t != sc {
			for c := sc; c != t; c = c.parent {
				if t.kind == scModule {
					c.global[e.Target.Id] = true
				} else {
					c.nonlocal[e.Target.Id] = true
				}
			}
		}
	case *ast.BinOp:
		r.expr(e.Left, sc)
		r.expr(e.Right, sc)
	case *ast.UnaryOp:
		r.expr(e.Operand, sc)
	case *ast.Lambda:
		ls := r.newScope(scFunction, sc, "<lambda>", e)
		r.params(e.Params, sc, ls)
		r.expr(e.Body, ls)
	case *ast.IfExp:
		r.expr(e.Test, sc)
		r.expr(e.Body, sc)
		r.expr(e.Orelse, sc)
	case *ast.Dict:
		for i := range e.Values {
			if e.Keys[i] != nil {
				r.expr(e.Keys[i], sc)
			}
			r.expr(e.Values[i], sc)
		}
	case *ast.Set:
		for _, x := range e.Elts {
			r.expr(x, sc)
		}
	case *ast.ListComp:
		r.comp(e, e.Generators, []ast.Expr{e.Elt}, sc, "<listcomp>")
	case *ast.SetComp:
		r.comp(e, e.Generators, []ast.Expr{e.Elt}, sc, "<setcomp>")
	case *ast.GeneratorExp:
		r.comp(e, e.Generators, []ast.Expr{e.Elt}, sc, "<genexpr>")
	case *ast.DictComp:
		r.comp(e, e.Generators, []ast.Expr{e.Key, e.Value}, sc, "<dictcomp>")
	case *ast.Await:
		sc.hasAwait = true
		r.expr(e.Value, sc)
	case *ast.Yield:
		sc.hasYield = true
		r.expr(e.Value, sc)
	case *ast.YieldFrom:
		sc.hasYield = true
		r.expr(e.Value, sc)
	case *ast.Compare:
		r.expr(e.Left, sc)
		for _, c := range e.Comparators {
			r.expr(c, sc)
		}
	case *ast.Call:
		r.expr(e.Func, sc)
		for _, a := range e.Args {
			r.expr(a, sc)
		}
		for _, k := range e.Keywords {
			r.expr(k.Value, sc)
		}
	case *ast.JoinedStr:
		for _, v := range e.Values {
			r.expr(v, sc)
		}
	case *ast.FormattedValue:
		r.expr(e.Value, sc)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec, sc)
		}
	case *ast.Attribute:
		r.expr(e.Value, sc)
	case *ast.Subscript:
		r.expr(e.Value, sc)
		r.expr(e.Slice, sc)
	case *ast.Starred:
		r.expr(e.Value, sc)
	case *ast.List:
		for _, x := range e.Elts {
			r.expr(x, sc)
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			r.expr(x, sc)
		}
	case *ast.Slice:
		r.expr(e.Lower, sc)
		r.expr(e.Upper, sc)
		r.expr(e.Step, sc)
	}
}

// isLocal reports whether name is a local (or cell) variable of a function
// or comprehension scope.
func (s *scope) isLocal(name string) bool {
	return (s.kind == scFunction || s.kind == scComprehension) && s.bound[name] && !s.global[name] && !s.nonlocal[name]
}

// capture walks outwards from s looking for the function that defines name.
// It marks the variable as captured there and as free in every scope in
// between. It reports whether such a function was found.
func (r *resolver) capture(s *scope, name string) bool {
	var def *scope
	for p := s.parent; p != nil && p.kind != scModule; p = p.parent {
		if p.kind == scClass {
			if name == "__class__" {
				def = p
				break
			}
			continue
		}
		if p.global[name] {
			return false
		}
		if p.isLocal(name) {
			def = p
			break
		}
		if p.nonlocal[name] {
			continue
		}
	}
	if def == nil {
		return false
	}
	def.captured[name] = true
	for q := s; q != def; q = q.parent {
		if !q.free[name] {
			q.free[name] = true
			q.freeList = append(q.freeList, name)
		}
	}
	return true
}

// resolveAll marks captured and free variables and lays out the slots.
func (r *resolver) resolveAll() {
	for _, s := range r.all {
		if s.usesSuper {
			s.used = append(s.used, usedName{name: "__class__"})
		}
	}
	for _, s := range r.all {
		for n := range s.nonlocal {
			if s.parent != nil && s.parent.kind == scModule && s.kind != scComprehension {
				r.fail(s.nlPos[n], "no binding for nonlocal '"+n+"' found")
				continue
			}
			if !r.capture(s, n) {
				r.fail(s.nlPos[n], "no binding for nonlocal '"+n+"' found")
			}
		}
		for _, u := range s.used {
			if s.kind == scModule || s.global[u.name] || s.isLocal(u.name) || s.nonlocal[u.name] {
				continue
			}
			if s.kind == scClass && s.bound[u.name] {
				continue
			}
			r.capture(s, u.name)
		}
	}
	for _, s := range r.all {
		s.layout()
	}
}

func (s *scope) layout() {
	s.local, s.cell = map[string]int{}, map[string]int{}
	if s.kind == scFunction || s.kind == scComprehension {
		for _, n := range s.order {
			if !s.isLocal(n) {
				continue
			}
			if s.captured[n] {
				s.cell[n] = len(s.cellName)
				s.cellName = append(s.cellName, n)
			} else {
				s.local[n] = s.nlocals
				s.localName = append(s.localName, n)
				s.nlocals++
			}
		}
	}
	if s.kind == scClass && s.captured["__class__"] {
		s.cell["__class__"] = len(s.cellName)
		s.cellName = append(s.cellName, "__class__")
	}
	s.ncells = len(s.cellName)
	for _, n := range s.freeList {
		s.cell[n] = len(s.cellName)
		s.cellName = append(s.cellName, n)
	}
}
