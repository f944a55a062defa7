package syntax

// This file is the scope resolver: CPython's symbol-table pass
// (Python/symtable.c), done once for the syntax checks and for the
// compiler. It walks the module once, opening a Scope for the module and
// for every def, lambda, class and comprehension, and records what each
// scope does with each name (binds it, uses it, declares it global or
// nonlocal, takes it as a parameter). It reports the symbol-table
// SyntaxErrors as it goes, in source order, as CPython does. Then it
// analyses the scopes from the module down: every name becomes a local, a
// cell (a local that a nested scope captures), a free variable (a cell of
// an enclosing function) or a global, with the errors CPython's analysis
// finds (a nonlocal without a binding). Last it lays out the slots the
// compiler uses: locals, then cells (own, then free).

import (
	"fmt"
	"strings"

	"taskline/engine/py/ast"
)

// ScopeKind is what opened a scope.
type ScopeKind uint8

const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope      // def, async def and lambda
	ComprehensionScope // list, set and dict comprehensions, generator expressions
)

// A Scope is one namespace of the program, with its names resolved and
// its slots laid out.
type Scope struct {
	Kind     ScopeKind
	Parent   *Scope
	Node     ast.Node // *ast.Module, *ast.FunctionDef, *ast.Lambda, *ast.ClassDef or a comprehension
	Name     string   // "<module>", the def's or class's name, "<lambda>", "<listcomp>", ...
	Qualname string
	Async    bool // async def
	// Generator reports a yield in the scope's own code.
	Generator bool
	// Coroutine is CPython's ste_coroutine: the scope awaits (await,
	// async for, async with), or holds an asynchronous comprehension
	// that is not a generator expression. A comprehension that is a
	// coroutine is asynchronous.
	Coroutine bool
	Children  []*Scope

	// The layout. A function's frame has NumLocals local slots and
	// len(Cells) cells: its own cells (captured locals, and __class__ in
	// a class that a method's super() needs) first, then the free
	// variables, the cells of enclosing scopes its closure brings.
	LocalNames []string
	Cells      []string
	NumCells   int // own cells
	// Free lists the free variables in the order of Cells[NumCells:].
	Free []string

	syms   map[string]*symbol
	names  []string // the names of syms in the order first seen, as CPython's ste_symbols
	params []string // in CPython's order: positional, keyword-only, *args, **kwargs
	npos   int      // positional parameters (CPython's co_argcount)
	// directives holds the first global or nonlocal declaration of each
	// name (or the walrus that implies one), where analysis errors point.
	directives map[string]ast.Node

	compIterExpr   int  // inside a comprehension's iterable (CPython's ste_comp_iter_expr)
	compIterTarget bool // visiting a comprehension's for target
	classCell      bool // a class whose methods use super(): it owns __class__
	local, cell    map[string]int
}

// Symbol flags, as in CPython's symtable.h.
const (
	defGlobal    = 1 << iota // global declaration
	defLocal                 // bound here
	defParam                 // a parameter
	defNonlocal              // nonlocal declaration
	defUse                   // used (loaded)
	defImport                // bound by an import
	defAnnot                 // annotated
	defCompIter              // a comprehension's iteration variable
	defFreeClass             // bound in a class and free in one of its methods
	defBound     = defLocal | defParam | defImport
)

// How a name resolves in a scope, after analysis.
type varScope uint8

const (
	globalImplicit varScope = iota
	globalExplicit
	localVar
	cellVar
	freeVar
)

type symbol struct {
	flags int
	scope varScope
}

// BindingKind says where the compiler finds a name.
type BindingKind uint8

const (
	GlobalBinding BindingKind = iota // the module's globals, then builtins
	LocalBinding                     // Index is a local slot
	CellBinding                      // Index is one of the scope's own cells
	FreeBinding                      // Index is a cell (after the own ones) from an enclosing scope
	NameBinding                      // a class body's namespace, then globals, then builtins
)

// A Binding is where a name lives in a scope.
type Binding struct {
	Kind  BindingKind
	Index int
}

// Lookup says where name lives in the scope.
func (s *Scope) Lookup(name string) Binding {
	if s.Kind == ModuleScope {
		return Binding{Kind: GlobalBinding}
	}
	sym := s.syms[name]
	if sym == nil {
		if s.Kind == ClassScope {
			return Binding{Kind: NameBinding}
		}
		return Binding{Kind: GlobalBinding}
	}
	switch sym.scope {
	case localVar:
		if s.Kind == ClassScope {
			return Binding{Kind: NameBinding}
		}
		return Binding{Kind: LocalBinding, Index: s.local[name]}
	case cellVar:
		return Binding{Kind: CellBinding, Index: s.cell[name]}
	case freeVar:
		return Binding{Kind: FreeBinding, Index: s.cell[name]}
	case globalExplicit:
		return Binding{Kind: GlobalBinding}
	}
	if s.Kind == ClassScope {
		return Binding{Kind: NameBinding}
	}
	return Binding{Kind: GlobalBinding}
}

// CellIndex returns the index in Cells of name, which a nested scope
// captures: one of this scope's own cells or a free variable it passes on.
func (s *Scope) CellIndex(name string) (int, bool) {
	i, ok := s.cell[name]
	return i, ok
}

// ClassCell returns the index of the __class__ cell a class owns because a
// method uses super(), or -1.
func (s *Scope) ClassCell() int {
	if !s.classCell {
		return -1
	}
	return s.cell["__class__"]
}

// FirstArg returns the name of the first positional parameter, which
// zero-argument super() uses; ok is false for a function that has none.
func (s *Scope) FirstArg() (name string, ok bool) {
	if s.npos == 0 {
		return "", false
	}
	return s.params[0], true
}

// Local returns the slot of a local variable (".0", the iterator a
// comprehension receives, for example).
func (s *Scope) Local(name string) int { return s.local[name] }

// A File is a parsed module with its scopes resolved.
type File struct {
	Filename string
	Src      []byte
	Module   *ast.Module
	Top      *Scope // the module's scope
	scopes   map[ast.Node]*Scope
	minor    int
}

// Scope returns the scope a node opens: the module, a def, lambda, class
// or comprehension.
func (f *File) Scope(n ast.Node) *Scope { return f.scopes[n] }

// Errorf returns a SyntaxError at node n, for the compiler.
func (f *File) Errorf(n ast.Node, format string, args ...any) *SyntaxError {
	start, end := n.Span()
	return f.errorAt(start, end, false, fmt.Sprintf(format, args...))
}

// errorAt builds a SyntaxError over [start, end) as the selected version
// prints it. Before 3.10 the printer draws a single caret. CPython 3.7
// records the column of these errors 0-based where the printer expects it
// 1-based (3.8 and 3.9 do so for the walrus errors, col0), so the caret
// stands one column to the left, and 3.7 and 3.8 draw it at the start of
// the text when it would fall before. At keeps the true position.
func (f *File) errorAt(start, end ast.Pos, col0 bool, msg string) *SyntaxError {
	at := start
	if f.minor <= 7 || col0 && f.minor <= 9 {
		start.Col--
		if ls := lineStart(f.Src, start.Line); f.minor <= 8 && start.Col < ls.Col {
			start.Col = ls.Col
		}
	}
	if f.minor <= 9 {
		end = ast.Pos{Line: start.Line, Col: start.Col + 1}
	}
	e := newError(f.Filename, f.Src, "SyntaxError", start, end, msg)
	if start != at {
		e.At = at
	}
	return e
}

// resolver is the symbol-table pass.
type resolver struct {
	file *File
	cur  *Scope
	err  error
}

func (r *resolver) errorAt(start, end ast.Pos, format string, args ...any) {
	if r.err == nil {
		r.err = r.file.errorAt(start, end, false, fmt.Sprintf(format, args...))
	}
}

func (r *resolver) errorf(n ast.Node, format string, args ...any) {
	start, end := n.Span()
	r.errorAt(start, end, format, args...)
}

// walrusError reports an error about an assignment expression, which
// CPython 3.8 and 3.9 place by a 0-based column.
func (r *resolver) walrusError(n ast.Node, format string, args ...any) {
	if r.err == nil {
		start, end := n.Span()
		r.err = r.file.errorAt(start, end, true, fmt.Sprintf(format, args...))
	}
}

// resolve builds and analyses the scopes of f.Module.
func resolve(f *File) error {
	r := &resolver{file: f}
	f.scopes = map[ast.Node]*Scope{}
	f.Top = r.enter(ModuleScope, "<module>", f.Module)
	r.stmts(f.Module.Body)
	if r.err != nil {
		return r.err
	}
	r.analyze(f.Top, nil, map[string]bool{})
	if r.err != nil {
		return r.err
	}
	for _, s := range f.scopes {
		s.layout()
	}
	return nil
}

// enter opens a scope for node n inside the current one and makes it
// current; the caller restores r.cur.
func (r *resolver) enter(kind ScopeKind, name string, n ast.Node) *Scope {
	parent := r.cur
	s := &Scope{Kind: kind, Parent: parent, Node: n, Name: name,
		syms: map[string]*symbol{}, directives: map[string]ast.Node{}}
	switch {
	case parent == nil || parent.Kind == ModuleScope:
		s.Qualname = name
	case parent.Kind == ClassScope:
		s.Qualname = parent.Qualname + "." + name
	default:
		s.Qualname = parent.Qualname + ".<locals>." + name
	}
	if parent != nil {
		parent.Children = append(parent.Children, s)
		// A lambda in a comprehension's iterable may not hold a walrus
		// either.
		s.compIterExpr = parent.compIterExpr
	}
	r.file.scopes[n] = s
	r.cur = s
	return s
}

// addDef records flag for name in scope s (CPython's
// symtable_add_def_helper), n being where it happens.
func (r *resolver) addDef(s *Scope, name string, flag int, n ast.Node) {
	sym := s.syms[name]
	if sym == nil {
		sym = &symbol{}
		s.syms[name] = sym
		s.names = append(s.names, name)
	} else if flag&defParam != 0 && sym.flags&defParam != 0 {
		r.errorf(n, "duplicate argument '%s' in function definition", name)
		return
	}
	sym.flags |= flag
	if s.compIterTarget {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			if r.file.minor <= 9 {
				n = s.Node // before 3.10, the comprehension
			}
			r.errorf(n, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
			return
		}
		sym.flags |= defCompIter
	}
}

func (r *resolver) stmts(body []ast.Stmt) {
	for _, s := range body {
		if r.err != nil {
			return
		}
		r.stmt(s)
	}
}

func (r *resolver) exprs(list []ast.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *resolver) stmt(s ast.Stmt) {
	sc := r.cur
	switch s := s.(type) {
	case *ast.FunctionDef:
		r.addDef(sc, s.Name, defLocal, s)
		r.exprs(s.Params.Defaults)
		r.exprs(s.Params.KwDefaults)
		for _, p := range paramList(s.Params) {
			r.expr(p.Annotation)
		}
		r.expr(s.Returns)
		r.exprs(s.Decorators)
		fs := r.enter(FunctionScope, s.Name, s)
		fs.Async = s.Async
		fs.Coroutine = s.Async
		r.params(s, s.Params)
		r.stmts(s.Body)
		r.cur = sc
	case *ast.ClassDef:
		r.addDef(sc, s.Name, defLocal, s)
		r.exprs(s.Bases)
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.exprs(s.Decorators)
		r.enter(ClassScope, s.Name, s)
		r.stmts(s.Body)
		r.cur = sc
	case *ast.Return:
		r.expr(s.Value)
	case *ast.Delete:
		for _, t := range s.Targets {
			r.target(t)
		}
	case *ast.Assign:
		for _, t := range s.Targets {
			r.target(t)
		}
		r.expr(s.Value)
	case *ast.AugAssign:
		r.target(s.Target)
		r.expr(s.Value)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok {
			// CPython's "simple" target: a name not in parentheses.
			simple := n.Start == s.Start
			if sym := sc.syms[n.Id]; sym != nil && sym.flags&(defGlobal|defNonlocal) != 0 && sc.Kind != ModuleScope && simple {
				what := "global"
				if sym.flags&defGlobal == 0 {
					what = "nonlocal"
				}
				r.errorf(s, "annotated name '%s' can't be %s", n.Id, what)
				return
			}
			if simple {
				r.addDef(sc, n.Id, defAnnot|defLocal, n)
			} else if s.Value != nil {
				r.addDef(sc, n.Id, defLocal, n)
			}
		} else {
			r.target(s.Target)
		}
		r.expr(s.Annotation)
		r.expr(s.Value)
	case *ast.For:
		r.target(s.Target)
		r.expr(s.Iter)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
		if s.Async {
			sc.Coroutine = true
		}
	case *ast.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *ast.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *ast.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars)
			}
		}
		r.stmts(s.Body)
		if s.Async {
			sc.Coroutine = true
		}
	case *ast.Raise:
		r.expr(s.Exc)
		r.expr(s.Cause)
	case *ast.Try:
		// CPython visits the else clause before the handlers.
		r.stmts(s.Body)
		r.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if r.err != nil {
				return
			}
			r.expr(h.Type)
			if h.Name != "" {
				r.addDef(sc, h.Name, defLocal, h)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Finalbody)
	case *ast.Assert:
		r.expr(s.Test)
		r.expr(s.Msg)
	case *ast.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			r.addDef(sc, name, defImport, a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if sc.Kind != ModuleScope {
					if r.file.minor <= 9 {
						// Before 3.10 CPython points at the scope's first line.
						start, _ := sc.Node.Span()
						r.errorAt(start, start, "import * only allowed at module level")
					} else {
						r.errorf(a, "import * only allowed at module level")
					}
					return
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			r.addDef(sc, name, defImport, a)
		}
	case *ast.Global:
		r.declare(s, s.Names, defGlobal, "global")
	case *ast.Nonlocal:
		r.declare(s, s.Names, defNonlocal, "nonlocal")
	case *ast.ExprStmt:
		r.expr(s.Value)
	}
}

// declare handles a global or nonlocal statement.
func (r *resolver) declare(s ast.Stmt, names []string, flag int, what string) {
	sc := r.cur
	for _, name := range names {
		if sym := sc.syms[name]; sym != nil {
			msg := ""
			switch f := sym.flags; {
			case f&defParam != 0:
				msg = "name '%s' is parameter and " + what
			case f&defUse != 0:
				msg = "name '%s' is used prior to " + what + " declaration"
			case f&defAnnot != 0:
				msg = "annotated name '%s' can't be " + what
			case f&defLocal != 0:
				msg = "name '%s' is assigned to before " + what + " declaration"
			}
			if msg != "" {
				r.errorf(s, msg, name)
				return
			}
		}
		r.addDef(sc, name, flag, s)
		if _, ok := sc.directives[name]; !ok {
			sc.directives[name] = s
		}
	}
}

// paramList returns the parameters in CPython's order.
func paramList(p *ast.Params) []*ast.Param {
	list := make([]*ast.Param, 0, len(p.PosOnly)+len(p.Args)+len(p.KwOnly)+2)
	list = append(list, p.PosOnly...)
	list = append(list, p.Args...)
	list = append(list, p.KwOnly...)
	if p.Vararg != nil {
		list = append(list, p.Vararg)
	}
	if p.Kwarg != nil {
		list = append(list, p.Kwarg)
	}
	return list
}

// params declares the parameters in the function's scope; def is the def
// or lambda, where Python 3.9 and before report a duplicate.
func (r *resolver) params(def ast.Node, p *ast.Params) {
	sc := r.cur
	sc.npos = len(p.PosOnly) + len(p.Args)
	for _, a := range paramList(p) {
		at := ast.Node(a)
		if r.file.minor <= 9 {
			at = def
		}
		r.addDef(sc, a.Name, defParam, at)
		sc.params = append(sc.params, a.Name)
	}
}

// target declares the names an assignment (or del) target binds and visits
// what it loads.
func (r *resolver) target(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		r.addDef(r.cur, e.Id, defLocal, e)
	case *ast.Tuple:
		for _, x := range e.Elts {
			r.target(x)
		}
	case *ast.List:
		for _, x := range e.Elts {
			r.target(x)
		}
	case *ast.Starred:
		r.target(e.Value)
	default:
		r.expr(e)
	}
}

func (r *resolver) expr(e ast.Expr) {
	if e == nil || r.err != nil {
		return
	}
	sc := r.cur
	switch e := e.(type) {
	case *ast.Name:
		r.addDef(sc, e.Id, defUse, e)
		// super() needs the __class__ cell of the class a method is in.
		if e.Id == "super" && (sc.Kind == FunctionScope || sc.Kind == ComprehensionScope) {
			r.addDef(sc, "__class__", defUse, e)
		}
	case *ast.NamedExpr:
		if sc.compIterExpr > 0 {
			r.walrusError(e, "assignment expression cannot be used in a comprehension iterable expression")
			return
		}
		if sc.Kind == ComprehensionScope && !r.namedExprScope(e) {
			return
		}
		r.expr(e.Value)
		r.target(e.Target)
	case *ast.BoolOp:
		r.exprs(e.Values)
	case *ast.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *ast.UnaryOp:
		r.expr(e.Operand)
	case *ast.Lambda:
		r.exprs(e.Params.Defaults)
		r.exprs(e.Params.KwDefaults)
		r.enter(FunctionScope, "<lambda>", e)
		r.params(e, e.Params)
		r.expr(e.Body)
		r.cur = sc
	case *ast.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.Orelse)
	case *ast.Dict:
		r.exprs(e.Keys)
		r.exprs(e.Values)
	case *ast.Set:
		r.exprs(e.Elts)
	case *ast.ListComp:
		r.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		r.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		r.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		r.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.Await:
		r.expr(e.Value)
		sc.Coroutine = true
	case *ast.Yield:
		r.expr(e.Value)
		r.yield(e)
	case *ast.YieldFrom:
		r.expr(e.Value)
		r.yield(e)
	case *ast.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *ast.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *ast.JoinedStr:
		r.exprs(e.Values)
	case *ast.FormattedValue:
		r.expr(e.Value)
		r.expr(e.FormatSpec)
	case *ast.Attribute:
		r.expr(e.Value)
	case *ast.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *ast.Starred:
		r.expr(e.Value)
	case *ast.List:
		r.exprs(e.Elts)
	case *ast.Tuple:
		r.exprs(e.Elts)
	case *ast.Slice:
		r.expr(e.Lower)
		r.expr(e.Upper)
		r.expr(e.Step)
	}
}

// yield marks the scope a generator; a yield in a comprehension is an
// error from 3.8 on.
func (r *resolver) yield(e ast.Expr) {
	sc := r.cur
	sc.Generator = true
	if sc.Kind != ComprehensionScope || r.file.minor <= 7 {
		return
	}
	what := map[string]string{"<listcomp>": "list comprehension", "<setcomp>": "set comprehension",
		"<dictcomp>": "dict comprehension", "<genexpr>": "generator expression"}[sc.Name]
	if r.file.minor <= 9 {
		start, _ := sc.Node.Span()
		r.errorAt(start, start, "'yield' inside %s", what)
		return
	}
	r.errorf(e, "'yield' inside %s", what)
}

// comprehension visits a comprehension: its first iterable in the current
// scope, the rest in a scope of its own (CPython's
// symtable_handle_comprehension).
func (r *resolver) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, value ast.Expr) {
	sc := r.cur
	sc.compIterExpr++
	r.expr(gens[0].Iter)
	sc.compIterExpr--
	cs := r.enter(ComprehensionScope, name, e)
	if gens[0].Async {
		cs.Coroutine = true
	}
	// The first iterable arrives as the implicit parameter .0.
	r.addDef(cs, ".0", defParam, e)
	cs.params = append(cs.params, ".0")
	cs.npos = 1
	for i, g := range gens {
		if r.err != nil {
			break
		}
		cs.compIterTarget = true
		r.target(g.Target)
		cs.compIterTarget = false
		if i > 0 {
			cs.compIterExpr++
			r.expr(g.Iter)
			cs.compIterExpr--
		}
		r.exprs(g.Ifs)
		if g.Async {
			cs.Coroutine = true
		}
	}
	// A dict comprehension's value is visited before its key.
	r.expr(value)
	r.expr(elt)
	r.cur = sc
	_, genexp := e.(*ast.GeneratorExp)
	if cs.Coroutine && !genexp && r.file.minor >= 11 {
		// From 3.11 an asynchronous comprehension makes the scope it is
		// in a coroutine too.
		sc.Coroutine = true
	}
}

// namedExprScope binds the target of a walrus in a comprehension in the
// nearest enclosing function (or the module), as CPython's
// symtable_extend_namedexpr_scope does. It reports false after an error.
func (r *resolver) namedExprScope(e *ast.NamedExpr) bool {
	name := e.Target.Id
	for s := r.cur; s != nil; s = s.Parent {
		switch s.Kind {
		case ComprehensionScope:
			if sym := s.syms[name]; sym != nil && sym.flags&defCompIter != 0 {
				r.walrusError(e.Target, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
				return false
			}
			continue
		case FunctionScope:
			flag := defNonlocal
			if sym := s.syms[name]; sym != nil && sym.flags&defGlobal != 0 {
				flag = defGlobal
			}
			r.addDef(r.cur, name, flag, e)
			if _, ok := r.cur.directives[name]; !ok {
				r.cur.directives[name] = e
			}
			r.addDef(s, name, defLocal, e)
		case ModuleScope:
			r.addDef(r.cur, name, defGlobal, e)
			if _, ok := r.cur.directives[name]; !ok {
				r.cur.directives[name] = e
			}
			r.addDef(s, name, defGlobal, e)
		case ClassScope:
			r.walrusError(e.Target, "assignment expression within a comprehension cannot be used in a class body")
		}
		return r.err == nil
	}
	return true
}

// analyze decides the scope of every name of s and its children (CPython's
// analyze_block): bound holds the names enclosing functions bind (nil for
// the module), global the names declared global around s. It returns the
// free variables of s and of its children that s does not bind.
func (r *resolver) analyze(s *Scope, bound, global map[string]bool) map[string]bool {
	bound, global = copySet(bound), copySet(global)
	free := map[string]bool{}
	local := map[string]bool{}
	var newBound, newGlobal map[string]bool
	if s.Kind == ClassScope {
		// What a class binds is not visible in its methods.
		newBound, newGlobal = copySet(bound), copySet(global)
		if newBound == nil {
			newBound = map[string]bool{}
		}
	}
	for _, name := range s.names {
		sym := s.syms[name]
		switch f := sym.flags; {
		case f&defGlobal != 0:
			if f&defNonlocal != 0 {
				r.errorf(s.directives[name], "name '%s' is nonlocal and global", name)
				return nil
			}
			sym.scope = globalExplicit
			global[name] = true
			delete(bound, name)
		case f&defNonlocal != 0:
			if bound == nil {
				r.errorf(s.directives[name], "nonlocal declaration not allowed at module level")
				return nil
			}
			if !bound[name] {
				r.errorf(s.directives[name], "no binding for nonlocal '%s' found", name)
				return nil
			}
			sym.scope = freeVar
			free[name] = true
		case f&defBound != 0:
			sym.scope = localVar
			local[name] = true
			delete(global, name)
		case bound[name]:
			sym.scope = freeVar
			free[name] = true
		default:
			sym.scope = globalImplicit
		}
	}
	if s.Kind != ClassScope {
		newBound = map[string]bool{}
		if s.Kind != ModuleScope {
			for n := range local {
				newBound[n] = true
			}
		}
		for n := range bound {
			newBound[n] = true
		}
		newGlobal = global
	} else {
		newBound["__class__"] = true
	}
	childFree := map[string]bool{}
	for _, c := range s.Children {
		for n := range r.analyze(c, newBound, newGlobal) {
			childFree[n] = true
		}
		if r.err != nil {
			return nil
		}
	}
	// A local captured by a child is a cell; a class's __class__ cell
	// serves its methods' super().
	for _, name := range s.names {
		if !childFree[name] {
			continue
		}
		sym := s.syms[name]
		switch {
		case s.Kind == ClassScope:
			sym.flags |= defFreeClass
		case sym.scope == localVar:
			sym.scope = cellVar
			delete(childFree, name)
		}
	}
	if s.Kind == ClassScope && childFree["__class__"] {
		s.classCell = true
		delete(childFree, "__class__")
	}
	// What a child captures from further out passes through s.
	for _, name := range sortedKeys(childFree) {
		if s.syms[name] != nil || bound == nil || !bound[name] {
			continue
		}
		s.syms[name] = &symbol{scope: freeVar}
		s.names = append(s.names, name)
	}
	for n := range childFree {
		free[n] = true
	}
	return free
}

func copySet(m map[string]bool) map[string]bool {
	if m == nil {
		return nil
	}
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}

// sortedKeys returns the keys of m in order, so that the layout does not
// depend on map order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// layout assigns the slots: parameters first, then the other names in the
// order they were first seen.
func (s *Scope) layout() {
	s.local, s.cell = map[string]int{}, map[string]int{}
	order := make([]string, 0, len(s.names))
	order = append(order, s.params...)
	for _, n := range s.names {
		if s.syms[n].flags&defParam == 0 {
			order = append(order, n)
		}
	}
	if s.Kind == FunctionScope || s.Kind == ComprehensionScope {
		for _, n := range order {
			switch s.syms[n].scope {
			case localVar:
				s.local[n] = len(s.LocalNames)
				s.LocalNames = append(s.LocalNames, n)
			case cellVar:
				s.cell[n] = len(s.Cells)
				s.Cells = append(s.Cells, n)
			}
		}
	}
	if s.classCell {
		s.cell["__class__"] = len(s.Cells)
		s.Cells = append(s.Cells, "__class__")
	}
	s.NumCells = len(s.Cells)
	for _, n := range order {
		sym := s.syms[n]
		if sym.scope == freeVar || sym.flags&defFreeClass != 0 {
			s.cell[n] = len(s.Cells)
			s.Cells = append(s.Cells, n)
			s.Free = append(s.Free, n)
		}
	}
}
