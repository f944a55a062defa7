package eval

import (
	"fmt"
	"math/big"
	"strings"

	"taskline/engine/py/ast"
	"taskline/engine/trace"
)

// The compiler turns the syntax tree into a tree of Go closures. Statements
// compile to stmtFn, which return nil, a control-flow sentinel (break,
// continue, return) or the exception being raised; expressions compile to
// exprFn. Names were resolved to slots beforehand (resolve.go).

type stmtFn func(in *Interp, fr *frame) error
type exprFn func(in *Interp, fr *frame) (Value, error)
type storeFn func(in *Interp, fr *frame, v Value) error

type ctlErr struct{ what string }

func (e *ctlErr) Error() string { return "'" + e.what + "' outside loop" }

var (
	errBreak    = &ctlErr{"break"}
	errContinue = &ctlErr{"continue"}
	errReturn   = &ctlErr{"return"}
)

// SyntaxErr is a compile-time error found by the resolver or compiler
// (for example a nonlocal without binding).
type SyntaxErr struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *SyntaxErr) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// Program is a compiled module.
type Program struct {
	code *funcCode
	g    *globals
	file string
}

type compiler struct {
	file    string
	modName string
	r       *resolver
	g       *globals
	sc      *scope
	loop    int // loop nesting in the current function
}

// Compile resolves and compiles a parsed module as the program's __main__.
func Compile(mod *ast.Module, file string) (prog *Program, err error) {
	return compileModule(mod, file, "__main__")
}

func compileModule(mod *ast.Module, file, modName string) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*UnsupportedError); ok {
				prog, err = nil, e
				return
			}
			if e, ok := r.(*SyntaxErr); ok {
				prog, err = nil, e
				return
			}
			panic(r)
		}
	}()
	r := &resolver{scopes: map[ast.Node]*scope{}, file: file}
	top := r.newScope(scModule, nil, "<module>", mod)
	r.stmts(mod.Body, top)
	if r.err != nil {
		return nil, r.err
	}
	r.resolveAll()
	if r.err != nil {
		return nil, r.err
	}
	c := &compiler{file: file, modName: modName, r: r, g: &globals{index: map[string]int{}}, sc: top}
	body := c.block(mod.Body)
	code := &funcCode{name: "<module>", qualname: "<module>", kind: -1, exec: body, line: 1, file: file}
	return &Program{code: code, g: c.g, file: file}, nil
}

func (c *compiler) unsupported(n ast.Node, what string) {
	p, _ := n.Span()
	panic(&UnsupportedError{File: c.file, Line: p.Line, Col: p.Col, What: what})
}

func (c *compiler) syntaxError(n ast.Node, msg string) {
	p, _ := n.Span()
	panic(&SyntaxErr{File: c.file, Line: p.Line, Col: p.Col, Msg: msg})
}

// ---------------------------------------------------------------------------
// Statements

func (c *compiler) block(ss []ast.Stmt) stmtFn {
	fns := make([]stmtFn, 0, len(ss))
	for _, s := range ss {
		fns = append(fns, c.stmt(s))
	}
	switch len(fns) {
	case 0:
		return func(*Interp, *frame) error { return nil }
	case 1:
		return fns[0]
	case 2:
		a, b := fns[0], fns[1]
		return func(in *Interp, fr *frame) error {
			if err := a(in, fr); err != nil {
				return err
			}
			return b(in, fr)
		}
	}
	return func(in *Interp, fr *frame) error {
		for _, f := range fns {
			if err := f(in, fr); err != nil {
				return err
			}
		}
		return nil
	}
}

// addTraceback records that exc passed through fr at line.
func addTraceback(in *Interp, err error, fr *frame, line int) {
	if e, ok := err.(*Exception); ok && e.tbAct != fr.act {
		e.addEntry(in.py37, fr, fr.code, line, ast.Pos{}, ast.Pos{})
	}
}

func (c *compiler) stmt(s ast.Stmt) stmtFn {
	inner := c.stmt1(s)
	start, end := s.Span()
	line := start.Line
	return func(in *Interp, fr *frame) error {
		fr.line = line
		if in.Budget != nil {
			if err := in.Step(); err != nil {
				return err
			}
		}
		err := inner(in, fr)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.tbAct != fr.act {
				if len(e.tb) == 0 && in.py37 {
					fix37(e)
				}
				e.addEntry(in.py37, fr, fr.code, fr.line, start, end)
			}
		}
		return err
	}
}

func (c *compiler) stmt1(s ast.Stmt) stmtFn {
	switch s := s.(type) {
	case *ast.ExprStmt:
		e := c.expr(s.Value)
		return func(in *Interp, fr *frame) error {
			v, err := e(in, fr)
			switch g := v.(type) {
			case *Generator:
				if g.Kind == KindCoroutine && g.state == genCreated {
					g.state = genDone
					in.neverAwaited(g.fn.Qualname)
				}
			case NativeCoroutine:
				if !g.Started() {
					in.neverAwaited(g.CoroutineName())
				}
			}
			return err
		}
	case *ast.Assign:
		val := c.expr(s.Value)
		if len(s.Targets) == 1 {
			if n, ok := s.Targets[0].(*ast.Name); ok {
				if b := c.lookup(n.Id); b.kind == bLocal {
					i := b.index
					return func(in *Interp, fr *frame) error {
						v, err := val(in, fr)
						if err != nil {
							return err
						}
						fr.locals[i] = v
						return nil
					}
				}
			}
			st := c.store(s.Targets[0])
			return func(in *Interp, fr *frame) error {
				v, err := val(in, fr)
				if err != nil {
					return err
				}
				return st(in, fr, v)
			}
		}
		var sts []storeFn
		for _, t := range s.Targets {
			sts = append(sts, c.store(t))
		}
		return func(in *Interp, fr *frame) error {
			v, err := val(in, fr)
			if err != nil {
				return err
			}
			for _, st := range sts {
				if err := st(in, fr, v); err != nil {
					return err
				}
			}
			return nil
		}
	case *ast.AugAssign:
		return c.augAssign(s)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok && c.sc.kind == scClass {
			// A class body records its annotations (dataclasses read them).
			ann := c.expr(s.Annotation)
			var val exprFn
			var st storeFn
			if s.Value != nil {
				val, st = c.expr(s.Value), c.store(s.Target)
			}
			name := n.Id
			return func(in *Interp, fr *frame) error {
				if val != nil {
					v, err := val(in, fr)
					if err != nil {
						return err
					}
					if err := st(in, fr, v); err != nil {
						return err
					}
				}
				a, err := ann(in, fr)
				if err != nil {
					return err
				}
				d, ok := fr.ns["__annotations__"].(*Dict)
				if !ok {
					d = NewDict()
					fr.ns["__annotations__"] = d
					*fr.nsOrd = append(*fr.nsOrd, "__annotations__")
				}
				d.SetStr(name, a)
				return nil
			}
		}
		if s.Value == nil {
			return func(*Interp, *frame) error { return nil }
		}
		val := c.expr(s.Value)
		st := c.store(s.Target)
		return func(in *Interp, fr *frame) error {
			v, err := val(in, fr)
			if err != nil {
				return err
			}
			return st(in, fr, v)
		}
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
		return func(*Interp, *frame) error { return nil }
	case *ast.Break:
		return func(*Interp, *frame) error { return errBreak }
	case *ast.Continue:
		return func(*Interp, *frame) error { return errContinue }
	case *ast.Return:
		if s.Value == nil {
			return func(in *Interp, fr *frame) error {
				fr.ret = None
				return errReturn
			}
		}
		val := c.expr(s.Value)
		return func(in *Interp, fr *frame) error {
			v, err := val(in, fr)
			if err != nil {
				return err
			}
			fr.ret = v
			return errReturn
		}
	case *ast.If:
		test := c.cond(s.Test)
		body := c.block(s.Body)
		if len(s.Orelse) == 0 {
			return func(in *Interp, fr *frame) error {
				t, err := test(in, fr)
				if err != nil {
					return err
				}
				if t {
					return body(in, fr)
				}
				return nil
			}
		}
		orelse := c.block(s.Orelse)
		return func(in *Interp, fr *frame) error {
			t, err := test(in, fr)
			if err != nil {
				return err
			}
			if t {
				return body(in, fr)
			}
			return orelse(in, fr)
		}
	case *ast.While:
		return c.while(s)
	case *ast.For:
		if s.Async {
			return c.asyncFor(s)
		}
		return c.forStmt(s)
	case *ast.FunctionDef:
		return c.funcDef(s)
	case *ast.ClassDef:
		return c.classDef(s)
	case *ast.Raise:
		return c.raise(s)
	case *ast.Try:
		if s.Star {
			return c.tryStar(s)
		}
		return c.try(s)
	case *ast.Assert:
		test := c.cond(s.Test)
		testStart, testEnd := s.Test.Span()
		var msg exprFn
		if s.Msg != nil {
			msg = c.expr(s.Msg)
		}
		return func(in *Interp, fr *frame) error {
			t, err := test(in, fr)
			if err != nil || t {
				return err
			}
			e := NewException(AssertionErrorClass)
			if msg != nil {
				m, err := msg(in, fr)
				if err != nil {
					return err
				}
				e.Args = Tuple{m}
			}
			in.raiseEvent(e)
			markPos(e, fr, testStart, testEnd)
			return e
		}
	case *ast.With:
		return c.with(s, 0)
	case *ast.Import:
		return c.importStmt(s)
	case *ast.ImportFrom:
		return c.importFrom(s)
	case *ast.Delete:
		var fns []stmtFn
		for _, t := range s.Targets {
			f := c.del(t)
			start, end := t.Span()
			fns = append(fns, func(in *Interp, fr *frame) error {
				err := f(in, fr)
				if err != nil {
					markPos(err, fr, start, end)
				}
				return err
			})
		}
		return func(in *Interp, fr *frame) error {
			for _, f := range fns {
				if err := f(in, fr); err != nil {
					return err
				}
			}
			return nil
		}
	}
	c.unsupported(s, fmt.Sprintf("statement %T", s))
	return nil
}

// cond compiles e as a condition. A comparison that raises marks its own
// span for the traceback's caret line, in its error branch only, so that
// the loop tests it sits in pay nothing for it.
func (c *compiler) cond(e ast.Expr) func(in *Interp, fr *frame) (bool, error) {
	if cmp, ok := e.(*ast.Compare); ok && len(cmp.Ops) == 1 {
		op := cmp.Ops[0]
		l, r := c.expr(cmp.Left), c.expr(cmp.Comparators[0])
		start, end := cmp.Span()
		switch op {
		case "<", "<=", ">", ">=", "==", "!=":
			return func(in *Interp, fr *frame) (bool, error) {
				a, err := l(in, fr)
				if err != nil {
					return false, err
				}
				b, err := r(in, fr)
				if err != nil {
					return false, err
				}
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						switch op {
						case "<":
							return x < y, nil
						case "<=":
							return x <= y, nil
						case ">":
							return x > y, nil
						case ">=":
							return x >= y, nil
						case "==":
							return x == y, nil
						}
						return x != y, nil
					}
				}
				v, err := in.compare(op, a, b)
				if err != nil {
					return false, markedAt(err, fr, start, end)
				}
				t, err := in.Truthy(v)
				if err != nil {
					return false, markedAt(err, fr, start, end)
				}
				return t, nil
			}
		}
	}
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == "not" {
		inner := c.cond(u.Operand)
		return func(in *Interp, fr *frame) (bool, error) {
			t, err := inner(in, fr)
			return !t, err
		}
	}
	x := c.expr(e)
	return func(in *Interp, fr *frame) (bool, error) {
		v, err := x(in, fr)
		if err != nil {
			return false, err
		}
		switch b := v.(type) {
		case Bool:
			return bool(b), nil
		case *Object:
			return in.Truthy(v)
		}
		return in.Truthy(v)
	}
}

func (c *compiler) while(s *ast.While) stmtFn {
	test := c.cond(s.Test)
	body := c.block(s.Body)
	var orelse stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	line := s.Start.Line
	return func(in *Interp, fr *frame) error {
		for {
			fr.line = line
			t, err := test(in, fr)
			if err != nil {
				return err
			}
			if !t {
				break
			}
			if err := body(in, fr); err != nil {
				if err == errBreak {
					return nil
				}
				if err != errContinue {
					return err
				}
			}
			if in.Budget != nil {
				if err := in.Step(); err != nil {
					return err
				}
			}
		}
		if orelse != nil {
			return orelse(in, fr)
		}
		return nil
	}
}

func (c *compiler) forStmt(s *ast.For) stmtFn {
	iter := c.expr(s.Iter)
	// A generator made by the for statement itself (for x in gen():) is
	// garbage once the loop is left; CPython's reference counting closes
	// it at once, running its finally blocks, so a loop left early does
	// the same here.
	_, fresh := s.Iter.(*ast.Call)
	st := c.store(s.Target)
	body := c.block(s.Body)
	var orelse stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	line := s.Start.Line
	localSlot := -1
	if n, ok := s.Target.(*ast.Name); ok {
		if b := c.lookup(n.Id); b.kind == bLocal {
			localSlot = b.index
		}
	}
	return func(in *Interp, fr *frame) error {
		v, err := iter(in, fr)
		if err != nil {
			return err
		}
		it, err := in.Iter(v)
		if err != nil {
			return err
		}
		if g, ok := it.(*Generator); ok && fresh && g.step == nil {
			defer func() {
				if g.state == genSuspended {
					g.Close(in)
				}
			}()
		}
		handle := func(err error) (stop bool, ret error) {
			if err == errBreak {
				return true, nil
			}
			if err == errContinue {
				return false, nil
			}
			return true, err
		}
		switch r := it.(type) {
		case *rangeIter:
			for (r.step > 0 && r.cur < r.stop) || (r.step < 0 && r.cur > r.stop) {
				x := MakeInt(r.cur)
				r.cur += r.step
				if localSlot >= 0 {
					fr.locals[localSlot] = x
				} else if err := st(in, fr, x); err != nil {
					return err
				}
				if err := body(in, fr); err != nil {
					if stop, ret := handle(err); stop {
						if err == errBreak {
							return nil
						}
						return ret
					}
				}
				if in.Budget != nil {
					fr.line = line
					if err := in.Step(); err != nil {
						return err
					}
				}
			}
		default:
			for {
				fr.line = line
				x, ok, err := it.Next(in)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				if err := st(in, fr, x); err != nil {
					return err
				}
				if err := body(in, fr); err != nil {
					if stop, ret := handle(err); stop {
						if err == errBreak {
							return nil
						}
						return ret
					}
				}
				if in.Budget != nil {
					if err := in.Step(); err != nil {
						return err
					}
				}
			}
		}
		if orelse != nil {
			return orelse(in, fr)
		}
		return nil
	}
}

func (c *compiler) asyncFor(s *ast.For) stmtFn {
	iter := c.expr(s.Iter)
	_, fresh := s.Iter.(*ast.Call)
	st := c.store(s.Target)
	body := c.block(s.Body)
	var orelse stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	line := s.Start.Line
	return func(in *Interp, fr *frame) error {
		v, err := iter(in, fr)
		if err != nil {
			return err
		}
		ai, err := in.AIter(v)
		if err != nil {
			return err
		}
		if g, ok := ai.(*Generator); ok && fresh && g.Kind == KindAsyncGenerator {
			// Left early, the generator is garbage: CPython hands it to
			// the loop's finalizer hook, which schedules its aclose().
			defer func() {
				if g.state == genSuspended && in.AsyncGenFinalize != nil {
					in.AsyncGenFinalize(g)
				}
			}()
		}
		for {
			fr.line = line
			x, ok, err := in.ANext(ai)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			if err := st(in, fr, x); err != nil {
				return err
			}
			if err := body(in, fr); err != nil {
				if err == errBreak {
					return nil
				}
				if err != errContinue {
					return err
				}
			}
			if err := in.Step(); err != nil {
				return err
			}
		}
		if orelse != nil {
			return orelse(in, fr)
		}
		return nil
	}
}

// AIter returns aiter(v).
func (in *Interp) AIter(v Value) (Value, error) {
	m, ok := v.Type().lookup("__aiter__")
	if !ok {
		return nil, Errorf(TypeErrorClass, "'async for' requires an object with __aiter__ method, got %s", v.Type().Name)
	}
	return in.callMethod(m, v, nil, nil)
}

// ANext awaits the next item of an async iterator; ok is false at
// StopAsyncIteration.
func (in *Interp) ANext(ai Value) (Value, bool, error) {
	m, ok := ai.Type().lookup("__anext__")
	if !ok {
		return nil, false, Errorf(TypeErrorClass, "'async for' received an object from __aiter__ that does not implement __anext__: %s", ai.Type().Name)
	}
	aw, err := in.callMethod(m, ai, nil, nil)
	if err != nil {
		return nil, false, err
	}
	x, err := in.Await(aw)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopAsyncIterationClass) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return x, true, nil
}

func (c *compiler) augAssign(s *ast.AugAssign) stmtFn {
	val := c.expr(s.Value)
	op := s.Op
	switch t := s.Target.(type) {
	case *ast.Name:
		load := c.expr(t)
		st := c.store(t)
		if b := c.lookup(t.Id); b.kind == bLocal {
			i := b.index
			return func(in *Interp, fr *frame) error {
				a, err := load(in, fr)
				if err != nil {
					return err
				}
				b, err := val(in, fr)
				if err != nil {
					return err
				}
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						if r, ok, err := intOp(op, int64(x), int64(y)); ok || err != nil {
							if err != nil {
								return err
							}
							fr.locals[i] = r
							return nil
						}
					}
				}
				r, err := in.InplaceOp(op, a, b)
				if err != nil {
					return err
				}
				fr.locals[i] = r
				return nil
			}
		}
		return func(in *Interp, fr *frame) error {
			a, err := load(in, fr)
			if err != nil {
				return err
			}
			b, err := val(in, fr)
			if err != nil {
				return err
			}
			r, err := in.InplaceOp(op, a, b)
			if err != nil {
				return err
			}
			return st(in, fr, r)
		}
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		start, end := t.Span()
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			a, err := in.GetAttr(o, name)
			if err != nil {
				markPos(err, fr, start, end)
				return err
			}
			b, err := val(in, fr)
			if err != nil {
				return err
			}
			r, err := in.InplaceOp(op, a, b)
			if err != nil {
				return err
			}
			return in.SetAttr(o, name, r)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.subscriptKey(t.Slice)
		start, end := t.Span()
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			k, err := key(in, fr)
			if err != nil {
				return err
			}
			a, err := in.GetItem(o, k)
			if err != nil {
				markPos(err, fr, start, end)
				return err
			}
			b, err := val(in, fr)
			if err != nil {
				return err
			}
			r, err := in.InplaceOp(op, a, b)
			if err != nil {
				return err
			}
			return in.SetItem(o, k, r)
		}
	}
	c.syntaxError(s, "'"+exprKind(s.Target)+"' is an illegal expression for augmented assignment")
	return nil
}

func exprKind(e ast.Expr) string {
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Call:
		return "function call"
	}
	return "expression"
}

// ---------------------------------------------------------------------------
// Names

const (
	bLocal = iota
	bCell  // own cell
	bFree  // enclosing function's cell
	bGlobal
	bClass // class body namespace, falling back to globals
)

type binding struct {
	kind  int
	index int
	name  string
}

func (c *compiler) lookup(name string) binding {
	sc := c.sc
	switch {
	case sc.kind == scModule || sc.global[name]:
		return binding{kind: bGlobal, index: c.g.slot(name), name: name}
	case sc.kind == scClass:
		if i, ok := sc.cell[name]; ok && (sc.nonlocal[name] || !sc.bound[name] || name == "__class__") {
			if i < sc.ncells {
				return binding{kind: bCell, index: i, name: name}
			}
			return binding{kind: bFree, index: i, name: name}
		}
		return binding{kind: bClass, index: c.g.slot(name), name: name}
	}
	if i, ok := sc.local[name]; ok {
		return binding{kind: bLocal, index: i, name: name}
	}
	if i, ok := sc.cell[name]; ok {
		if i < sc.ncells {
			return binding{kind: bCell, index: i, name: name}
		}
		return binding{kind: bFree, index: i, name: name}
	}
	return binding{kind: bGlobal, index: c.g.slot(name), name: name}
}

func unboundLocal(name string) error {
	return Errorf(UnboundLocalErrorClass, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (c *compiler) name(n *ast.Name) exprFn {
	b := c.lookup(n.Id)
	name := n.Id
	// The errors are marked here rather than by expr's wrapper, which
	// would cost every load a call.
	start, end := n.Span()
	switch b.kind {
	case bLocal:
		i := b.index
		return func(in *Interp, fr *frame) (Value, error) {
			if v := fr.locals[i]; v != nil {
				return v, nil
			}
			return nil, markedAt(unboundLocal(name), fr, start, end)
		}
	case bCell, bFree:
		i := b.index
		own := b.kind == bCell
		return func(in *Interp, fr *frame) (Value, error) {
			if v := fr.cells[i].V; v != nil {
				return v, nil
			}
			if own {
				return nil, markedAt(unboundLocal(name), fr, start, end)
			}
			return nil, markedAt(Errorf(NameErrorClass, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name), fr, start, end)
		}
	case bClass:
		g := c.g
		i := b.index
		return func(in *Interp, fr *frame) (Value, error) {
			if v, ok := fr.ns[name]; ok {
				return v, nil
			}
			if v := g.vals[i]; v != nil {
				return v, nil
			}
			if v, ok := builtins[name]; ok && !(in.py37 && newerBuiltins[name]) {
				return v, nil
			}
			return nil, markedAt(in.nameError(fr, name), fr, start, end)
		}
	}
	g := c.g
	i := b.index
	bv := builtins[name]
	newer := newerBuiltins[name]
	return func(in *Interp, fr *frame) (Value, error) {
		if v := g.vals[i]; v != nil {
			return v, nil
		}
		if bv != nil && !(newer && in.py37) {
			return bv, nil
		}
		return nil, markedAt(in.nameError(fr, name), fr, start, end)
	}
}

// newerBuiltins are the builtins CPython 3.7 does not have.
var newerBuiltins = map[string]bool{
	"ExceptionGroup": true, "BaseExceptionGroup": true, "aiter": true, "anext": true, "EncodingWarning": true,
}

// fix37 rewrites the messages that CPython 3.7 words differently from 3.11.
func fix37(e *Exception) {
	if len(e.Args) != 1 {
		return
	}
	s, ok := e.Args[0].(Str)
	if !ok {
		return
	}
	msg := string(s)
	switch {
	case msg == "integer modulo by zero":
		msg = "integer division or modulo by zero"
	case strings.HasPrefix(msg, "cannot access local variable '") && strings.HasSuffix(msg, "' where it is not associated with a value"):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "cannot access local variable '"), "' where it is not associated with a value")
		msg = "local variable '" + name + "' referenced before assignment"
	case strings.HasPrefix(msg, "cannot access free variable '"):
		name := strings.TrimPrefix(msg, "cannot access free variable '")
		name = name[:strings.IndexByte(name, '\'')]
		msg = "free variable '" + name + "' referenced before assignment in enclosing scope"
	case strings.HasPrefix(msg, "int() argument must be a string, a bytes-like object or a real number"):
		msg = strings.Replace(msg, "a real number", "a number", 1)
	case strings.HasSuffix(msg, "arg 2 must be a type, a tuple of types, or a union"):
		msg = strings.TrimSuffix(msg, "a type, a tuple of types, or a union") + "a type or tuple of types"
	case strings.HasPrefix(msg, "Replacement index "):
		msg = "tuple index out of range"
	case strings.Contains(msg, " format: a real number is required"):
		msg = strings.Replace(msg, "a real number", "a number", 1)
	default:
		return
	}
	e.Args[0] = Str(msg)
}

// neverAwaited prints CPython's RuntimeWarning for a coroutine object that
// is dropped without being awaited (an expression statement `work()`).
// As with the warnings module's default action, a warning is printed once
// per line of the program.
func (in *Interp) neverAwaited(qualname string) {
	line := in.Line()
	// An "error" filter makes the warning an exception the coroutine's
	// finalizer cannot raise; CPython reports it as unraisable, which
	// Taskline does not model: it prints nothing then.
	if printed, _ := in.warnAt(RuntimeWarningClass, nil, "coroutine '"+qualname+"' was never awaited", in.File, line, "__main__", in.sourceLine(line)); printed {
		in.Print(2, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
}

// nameError builds NameError with CPython 3.11's suggestion, which the
// traceback printer shows.
func (in *Interp) nameError(fr *frame, name string) error {
	e := Errorf(NameErrorClass, "name '%s' is not defined", name)
	if in.Py37() {
		return e
	}
	var code *funcCode
	if fr != nil {
		code = fr.code
	}
	e.suggest = func() string {
		var cands []string
		if code != nil {
			cands = append(cands, code.localNames...)
			cands = append(cands, code.cellNames...)
		}
		s := suggest(name, cands)
		if s == "" && in.main != nil {
			var gl []string
			for i, n := range in.main.g.names {
				if in.main.g.vals[i] != nil {
					gl = append(gl, n)
				}
			}
			s = suggest(name, gl)
		}
		if s == "" {
			s = suggest(name, builtinOrder)
		}
		return s
	}
	return e
}

func (c *compiler) storeName(name string) storeFn {
	b := c.lookup(name)
	switch b.kind {
	case bLocal:
		i := b.index
		return func(in *Interp, fr *frame, v Value) error {
			fr.locals[i] = v
			return nil
		}
	case bCell, bFree:
		i := b.index
		return func(in *Interp, fr *frame, v Value) error {
			fr.cells[i].V = v
			return nil
		}
	case bClass:
		return func(in *Interp, fr *frame, v Value) error {
			if _, ok := fr.ns[name]; !ok {
				*fr.nsOrd = append(*fr.nsOrd, name)
			}
			fr.ns[name] = v
			return nil
		}
	}
	g := c.g
	i := b.index
	return func(in *Interp, fr *frame, v Value) error {
		g.vals[i] = v
		return nil
	}
}

func (c *compiler) store(t ast.Expr) storeFn {
	f := c.store1(t)
	switch t.(type) {
	case *ast.Attribute, *ast.Subscript, *ast.Tuple, *ast.List:
		// A failing store or unpacking is underlined at its target.
		start, end := t.Span()
		return func(in *Interp, fr *frame, v Value) error {
			err := f(in, fr, v)
			if err != nil {
				markPos(err, fr, start, end)
			}
			return err
		}
	}
	return f
}

func (c *compiler) store1(t ast.Expr) storeFn {
	switch t := t.(type) {
	case *ast.Name:
		return c.storeName(t.Id)
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		return func(in *Interp, fr *frame, v Value) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			return in.SetAttr(o, name, v)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.subscriptKey(t.Slice)
		return func(in *Interp, fr *frame, v Value) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			k, err := key(in, fr)
			if err != nil {
				return err
			}
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Elems) {
					l.Elems[i] = v
					return nil
				}
			}
			return in.SetItem(o, k, v)
		}
	case *ast.Tuple:
		return c.unpack(t.Elts, t)
	case *ast.List:
		return c.unpack(t.Elts, t)
	case *ast.Starred:
		c.syntaxError(t, "starred assignment target must be in a list or tuple")
	}
	c.syntaxError(t, "cannot assign to "+exprKind(t))
	return nil
}

func (c *compiler) unpack(elts []ast.Expr, n ast.Node) storeFn {
	star := -1
	sts := make([]storeFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.syntaxError(s, "multiple starred expressions in assignment")
			}
			star = i
			sts[i] = c.store(s.Value)
			continue
		}
		sts[i] = c.store(e)
	}
	n1 := len(elts)
	return func(in *Interp, fr *frame, v Value) error {
		var items []Value
		switch x := v.(type) {
		case Tuple:
			items = x
		case *List:
			items = x.Elems
		default:
			it, err := in.Iter(v)
			if err != nil {
				return Errorf(TypeErrorClass, "cannot unpack non-iterable %s object", v.Type().Name)
			}
			for {
				e, ok, err := it.Next(in)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				items = append(items, e)
				if star < 0 && len(items) > n1 {
					return Errorf(ValueErrorClass, "too many values to unpack (expected %d)", n1)
				}
			}
		}
		if star < 0 {
			if len(items) != n1 {
				if len(items) > n1 {
					return Errorf(ValueErrorClass, "too many values to unpack (expected %d)", n1)
				}
				return Errorf(ValueErrorClass, "not enough values to unpack (expected %d, got %d)", n1, len(items))
			}
			items = append([]Value(nil), items...)
			for i, st := range sts {
				if err := st(in, fr, items[i]); err != nil {
					return err
				}
			}
			return nil
		}
		if len(items) < n1-1 {
			return Errorf(ValueErrorClass, "not enough values to unpack (expected at least %d, got %d)", n1-1, len(items))
		}
		items = append([]Value(nil), items...)
		after := n1 - 1 - star
		for i := 0; i < star; i++ {
			if err := sts[i](in, fr, items[i]); err != nil {
				return err
			}
		}
		mid := append([]Value{}, items[star:len(items)-after]...)
		if err := sts[star](in, fr, NewList(mid)); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := sts[star+1+i](in, fr, items[len(items)-after+i]); err != nil {
				return err
			}
		}
		return nil
	}
}

func (c *compiler) del(t ast.Expr) stmtFn {
	switch t := t.(type) {
	case *ast.Name:
		b := c.lookup(t.Id)
		name := t.Id
		switch b.kind {
		case bLocal:
			i := b.index
			return func(in *Interp, fr *frame) error {
				if fr.locals[i] == nil {
					return unboundLocal(name)
				}
				fr.locals[i] = nil
				return nil
			}
		case bCell, bFree:
			i := b.index
			return func(in *Interp, fr *frame) error {
				if fr.cells[i].V == nil {
					return unboundLocal(name)
				}
				fr.cells[i].V = nil
				return nil
			}
		case bClass:
			return func(in *Interp, fr *frame) error {
				if _, ok := fr.ns[name]; !ok {
					return in.nameError(nil, name)
				}
				delete(fr.ns, name)
				return nil
			}
		}
		g := c.g
		i := b.index
		return func(in *Interp, fr *frame) error {
			if g.vals[i] == nil {
				return in.nameError(nil, name)
			}
			g.vals[i] = nil
			return nil
		}
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			return in.DelAttr(o, name)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.subscriptKey(t.Slice)
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			k, err := key(in, fr)
			if err != nil {
				return err
			}
			return in.DelItem(o, k)
		}
	case *ast.Tuple:
		var fns []stmtFn
		for _, e := range t.Elts {
			fns = append(fns, c.del(e))
		}
		return func(in *Interp, fr *frame) error {
			for _, f := range fns {
				if err := f(in, fr); err != nil {
					return err
				}
			}
			return nil
		}
	}
	c.syntaxError(t, "cannot delete "+exprKind(t))
	return nil
}

// ---------------------------------------------------------------------------
// Functions and classes

func (c *compiler) params(p *ast.Params, sc *scope, code *funcCode) {
	for _, a := range p.PosOnly {
		code.paramNames = append(code.paramNames, a.Name)
	}
	for _, a := range p.Args {
		code.paramNames = append(code.paramNames, a.Name)
	}
	code.nposonly = len(p.PosOnly)
	code.npos = len(p.PosOnly) + len(p.Args)
	for _, a := range p.KwOnly {
		code.paramNames = append(code.paramNames, a.Name)
		code.kwonly = append(code.kwonly, a.Name)
	}
	all := append([]string(nil), code.paramNames...)
	if p.Vararg != nil {
		code.varargs = p.Vararg.Name
		all = append(all, p.Vararg.Name)
	}
	if p.Kwarg != nil {
		code.kwarg = p.Kwarg.Name
		all = append(all, p.Kwarg.Name)
	}
	for _, n := range all {
		if i, ok := sc.local[n]; ok {
			code.paramSlot = append(code.paramSlot, slotRef{i: i})
		} else {
			code.paramSlot = append(code.paramSlot, slotRef{cell: true, i: sc.cell[n]})
		}
	}
}

// newCode compiles a function-like scope.
func (c *compiler) newCode(sc *scope, name string, line int, compileBody func() stmtFn) *funcCode {
	saved, savedLoop := c.sc, c.loop
	c.sc, c.loop = sc, 0
	defer func() { c.sc, c.loop = saved, savedLoop }()
	code := &funcCode{name: name, qualname: sc.qualname, line: line, kind: -1, file: c.file,
		nlocals: sc.nlocals, localNames: sc.localName, ncells: sc.ncells, cellNames: sc.cellName}
	switch {
	case sc.isAsync && sc.hasYield:
		code.kind = KindAsyncGenerator
	case sc.isAsync:
		code.kind = KindCoroutine
	case sc.hasYield:
		code.kind = KindGenerator
	}
	code.exec = compileBody()
	return code
}

// closureOf returns a function that collects, from the defining frame,
// the cells the new scope's free variables refer to.
func (c *compiler) closureOf(sc *scope) func(fr *frame) []*Cell {
	if len(sc.freeList) == 0 {
		return nil
	}
	idx := make([]int, len(sc.freeList))
	for i, n := range sc.freeList {
		j, ok := c.sc.cell[n]
		if !ok {
			panic(&SyntaxErr{File: c.file, Msg: "internal: free variable " + n + " not found in enclosing scope"})
		}
		idx[i] = j
	}
	return func(fr *frame) []*Cell {
		cl := make([]*Cell, len(idx))
		for i, j := range idx {
			cl[i] = fr.cells[j]
		}
		return cl
	}
}

func (c *compiler) defaults(p *ast.Params) (func(in *Interp, fr *frame) ([]Value, map[string]Value, error), bool) {
	if len(p.Defaults) == 0 && len(p.KwDefaults) == 0 {
		return nil, false
	}
	defs := make([]exprFn, len(p.Defaults))
	for i, d := range p.Defaults {
		defs[i] = c.expr(d)
	}
	kwdefs := make([]exprFn, len(p.KwDefaults))
	for i, d := range p.KwDefaults {
		if d != nil {
			kwdefs[i] = c.expr(d)
		}
	}
	var kwnames []string
	for _, a := range p.KwOnly {
		kwnames = append(kwnames, a.Name)
	}
	return func(in *Interp, fr *frame) ([]Value, map[string]Value, error) {
		var dv []Value
		for _, d := range defs {
			v, err := d(in, fr)
			if err != nil {
				return nil, nil, err
			}
			dv = append(dv, v)
		}
		var kw map[string]Value
		for i, d := range kwdefs {
			if d == nil {
				continue
			}
			v, err := d(in, fr)
			if err != nil {
				return nil, nil, err
			}
			if kw == nil {
				kw = map[string]Value{}
			}
			kw[kwnames[i]] = v
		}
		return dv, kw, nil
	}, true
}

func (c *compiler) makeFunction(sc *scope, code *funcCode, p *ast.Params) exprFn {
	defs, _ := c.defaults(p)
	closure := c.closureOf(sc)
	g := c.g
	modName := c.modName
	return func(in *Interp, fr *frame) (Value, error) {
		f := &Function{code: code, g: g, Name: code.name, Qualname: code.qualname, Module: modName}
		if defs != nil {
			d, kw, err := defs(in, fr)
			if err != nil {
				return nil, err
			}
			f.defaults, f.kwdefaults = d, kw
		}
		if closure != nil {
			f.closure = closure(fr)
		}
		return f, nil
	}
}

func (c *compiler) decorate(decs []ast.Expr, mk exprFn) exprFn {
	if len(decs) == 0 {
		return mk
	}
	fns := make([]exprFn, len(decs))
	lines := make([]int, len(decs))
	for i, d := range decs {
		fns[i] = c.expr(d)
		start, _ := d.Span()
		lines[i] = start.Line
	}
	// An error evaluating or applying a decorator is reported at the
	// decorator's line, as in CPython (3.7: see below).
	return func(in *Interp, fr *frame) (Value, error) {
		line := fr.line
		ds := make([]Value, len(fns))
		for i, f := range fns {
			fr.line = lines[i]
			v, err := f(in, fr)
			if err != nil {
				return nil, err
			}
			ds[i] = v
		}
		fr.line = line
		v, err := mk(in, fr)
		if err != nil {
			return nil, err
		}
		for i := len(ds) - 1; i >= 0; i-- {
			fr.line = lines[i]
			if in.py37 {
				// 3.7's line numbers only move forward within a
				// statement: the calls stay at the last decorator.
				fr.line = lines[len(lines)-1]
			}
			v, err = in.Call(ds[i], []Value{v}, nil)
			if err != nil {
				start, end := decs[i].Span()
				markPos(err, fr, start, end)
				return nil, err
			}
		}
		fr.line = line
		return v, nil
	}
}

func (c *compiler) funcDef(s *ast.FunctionDef) stmtFn {
	sc := c.r.scopes[s]
	code := c.newCode(sc, s.Name, s.Start.Line, func() stmtFn { return c.block(s.Body) })
	c.paramsInto(s.Params, sc, code)
	mk := c.decorate(s.Decorators, c.makeFunction(sc, code, s.Params))
	st := c.storeName(s.Name)
	return func(in *Interp, fr *frame) error {
		f, err := mk(in, fr)
		if err != nil {
			return err
		}
		return st(in, fr, f)
	}
}

func (c *compiler) paramsInto(p *ast.Params, sc *scope, code *funcCode) {
	c.params(p, sc, code)
}

func (c *compiler) lambda(e *ast.Lambda) exprFn {
	sc := c.r.scopes[e]
	code := c.newCode(sc, "<lambda>", e.Start.Line, func() stmtFn {
		body := c.expr(e.Body)
		return func(in *Interp, fr *frame) error {
			v, err := body(in, fr)
			if err != nil {
				return err
			}
			fr.ret = v
			return errReturn
		}
	})
	c.paramsInto(e.Params, sc, code)
	return c.makeFunction(sc, code, e.Params)
}

func (c *compiler) classDef(s *ast.ClassDef) stmtFn {
	sc := c.r.scopes[s]
	var meta exprFn
	for _, k := range s.Keywords {
		if k.Arg != "metaclass" {
			c.unsupported(k, "class keyword '"+k.Arg+"'")
		}
		meta = c.expr(k.Value)
	}
	bases := make([]exprFn, len(s.Bases))
	for i, b := range s.Bases {
		if _, ok := b.(*ast.Starred); ok {
			c.unsupported(b, "starred base class")
		}
		bases[i] = c.expr(b)
	}
	code := c.newCode(sc, s.Name, s.Start.Line, func() stmtFn { return c.block(s.Body) })
	closure := c.closureOf(sc)
	name := s.Name
	qual := sc.qualname
	modName := c.modName
	classCell := -1
	if i, ok := sc.cell["__class__"]; ok && i < sc.ncells {
		classCell = i
	}
	mk := c.decorate(s.Decorators, func(in *Interp, fr *frame) (Value, error) {
		var bs []*Class
		for _, b := range bases {
			v, err := b(in, fr)
			if err != nil {
				return nil, err
			}
			k, ok := v.(*Class)
			if !ok {
				return nil, Errorf(TypeErrorClass, "bases must be types")
			}
			bs = append(bs, k)
		}
		if len(bs) == 0 {
			bs = []*Class{ObjectClass}
		}
		for _, b := range bs {
			if b.native && !b.isExc && b != ObjectClass && (b.Module == "builtins" || b.New == nil) {
				if b == BoolClass {
					return nil, Errorf(TypeErrorClass, "type 'bool' is not an acceptable base type")
				}
				// Builtin types and native classes without an allocator
				// cannot be subclassed here.
				return nil, &UnsupportedError{File: in.File, Line: fr.line, What: "subclassing '" + b.Name + "'"}
			}
			if b == BoolClass {
				return nil, Errorf(TypeErrorClass, "type 'bool' is not an acceptable base type")
			}
		}
		var ord []string
		cf := &frame{act: in.newAct(), code: code, ns: map[string]Value{"__module__": Str(modName), "__qualname__": Str(qual)}, nsOrd: &ord}
		if n := len(code.cellNames); n > 0 {
			cf.cells = make([]*Cell, n)
			for i := 0; i < code.ncells; i++ {
				cf.cells[i] = &Cell{}
			}
			if closure != nil {
				copy(cf.cells[code.ncells:], closure(fr))
			}
		}
		th := in.th
		saved := th.frame
		th.frame = cf
		err := code.exec(in, cf)
		th.frame = saved
		if err != nil {
			return nil, err
		}
		cls := &Class{Name: name, Qualname: qual, Module: modName, Bases: bs, Dict: map[string]Value{}}
		for _, k := range ord {
			if v, ok := cf.ns[k]; ok {
				cls.Dict[k] = v
				cls.order = append(cls.order, k)
			}
		}
		if m, ok := cf.ns["__module__"].(Str); ok {
			cls.Module = string(m)
		}
		delete(cls.Dict, "__module__")
		delete(cls.Dict, "__qualname__")
		mro, err2 := c3(cls)
		if err2 != nil {
			return nil, Errorf(TypeErrorClass, "%s", err2.Error())
		}
		cls.MRO = mro
		for _, b := range bs {
			if b.isExc {
				cls.isExc = true
			}
		}
		if f, ok := cls.Dict["__init_subclass__"].(*Function); ok {
			cls.Dict["__init_subclass__"] = &ClassMethod{Fn: f}
		}
		if f, ok := cls.Dict["__class_getitem__"].(*Function); ok {
			cls.Dict["__class_getitem__"] = &ClassMethod{Fn: f}
		}
		if _, ok := cls.Dict["__eq__"]; ok {
			if _, ok := cls.Dict["__hash__"]; !ok {
				cls.Dict["__hash__"] = None
			}
		}
		cls.recomputeFlags()
		if classCell >= 0 {
			cf.cells[classCell].V = cls
		}
		for _, k := range cls.order {
			if d, ok := cls.Dict[k].(*Object); ok {
				if sn, ok := d.Class.lookup("__set_name__"); ok {
					if _, err := in.callMethod(sn, d, []Value{cls, Str(k)}, nil); err != nil {
						return nil, err
					}
				}
			}
		}
		if meta != nil {
			// Only `type` and the stand-ins of lib/abc.py are metaclasses
			// here.
			mv, err := meta(in, fr)
			if err != nil {
				return nil, err
			}
			mc, _ := mv.(*Class)
			if mc != TypeClass {
				hook, ok := Value(nil), false
				if mc != nil {
					hook, ok = mc.lookup("_taskline_metaclass_")
				}
				if !ok {
					return nil, &UnsupportedError{File: in.File, Line: fr.line, What: "metaclass " + Repr(in, mv)}
				}
				if sm, isSM := hook.(*StaticMethod); isSM {
					hook = sm.Fn
				}
				if _, err := in.Call(hook, []Value{cls}, nil); err != nil {
					return nil, err
				}
			}
		}
		// __init_subclass__ of a base.
		if len(bs) > 0 {
			if m, ok := bs[0].lookup("__init_subclass__"); ok {
				if cm, ok := m.(*ClassMethod); ok {
					if _, err := in.Call(&BoundMethod{Self: cls, Fn: cm.Fn}, nil, nil); err != nil {
						return nil, err
					}
				}
			}
		}
		return cls, nil
	})
	st := c.storeName(name)
	return func(in *Interp, fr *frame) error {
		v, err := mk(in, fr)
		if err != nil {
			return err
		}
		return st(in, fr, v)
	}
}

// ---------------------------------------------------------------------------
// Exceptions

func (in *Interp) raiseEvent(e *Exception) {
	e.recorded = true
	if in.Rec != nil {
		in.Rec.Event(in.CurrentTask(), trace.EvRaise, in.Pos(), in.ExceptionLine(e), -1)
	}
}

func (c *compiler) raise(s *ast.Raise) stmtFn {
	if s.Exc == nil {
		return func(in *Interp, fr *frame) error {
			cur := in.th.currentHandled()
			if cur == nil {
				return Errorf(RuntimeErrorClass, "No active exception to reraise")
			}
			return cur
		}
	}
	exc := c.expr(s.Exc)
	var cause exprFn
	if s.Cause != nil {
		cause = c.expr(s.Cause)
	}
	return func(in *Interp, fr *frame) error {
		v, err := exc(in, fr)
		if err != nil {
			return err
		}
		e, err := in.makeException(v)
		if err != nil {
			return err
		}
		if cause != nil {
			cv, err := cause(in, fr)
			if err != nil {
				return err
			}
			if cv == None {
				e.Cause = None
			} else {
				ce, err := in.makeException(cv)
				if err != nil {
					return Errorf(TypeErrorClass, "exception causes must derive from BaseException")
				}
				e.Cause = ce
			}
			e.SuppressContext = true
		}
		if cur := in.th.currentHandled(); cur != nil && cur != e && e.Context == nil {
			e.Context = cur
		}
		in.raiseEvent(e)
		return e
	}
}

// makeException turns the operand of raise into an exception instance.
func (in *Interp) makeException(v Value) (*Exception, error) {
	if k, ok := v.(*Class); ok {
		if !k.isExc {
			return nil, Errorf(TypeErrorClass, "exceptions must derive from BaseException")
		}
		r, err := in.Call(k, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.(*Exception)
	if !ok {
		return nil, Errorf(TypeErrorClass, "exceptions must derive from BaseException")
	}
	return e, nil
}

// matchExcept evaluates an except clause's type against e.
func (in *Interp) matchExcept(t Value, e *Exception) (bool, error) {
	switch k := t.(type) {
	case *Class:
		if !k.isExc {
			break
		}
		return e.Class.IsSubclass(k), nil
	case Tuple:
		for _, x := range k {
			ok, err := in.matchExcept(x, e)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorClass, "catching classes that do not inherit from BaseException is not allowed")
}

type handler struct {
	typ  exprFn
	bind storeFn
	del  stmtFn
	body stmtFn
	line int
}

func (c *compiler) handlers(hs []*ast.ExceptHandler) []handler {
	out := make([]handler, len(hs))
	for i, h := range hs {
		if h.Type != nil {
			out[i].typ = c.expr(h.Type)
		}
		if h.Name != "" {
			out[i].bind = c.storeName(h.Name)
			out[i].del = c.del(&ast.Name{Range: h.Range, Id: h.Name})
		}
		out[i].body = c.block(h.Body)
		out[i].line = h.Start.Line
	}
	return out
}

func setContext(err error, ctx *Exception) {
	if e, ok := err.(*Exception); ok && e != ctx && e.Context == nil {
		// Avoid cycles, as CPython does.
		for x := ctx; x != nil; x = x.Context {
			if x == e {
				return
			}
		}
		e.Context = ctx
	}
}

func (c *compiler) try(s *ast.Try) stmtFn {
	body := c.block(s.Body)
	hs := c.handlers(s.Handlers)
	var orelse, final stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	return func(in *Interp, fr *frame) error {
		err := body(in, fr)
		if err == nil {
			if orelse != nil {
				err = orelse(in, fr)
			}
		} else if exc, ok := err.(*Exception); ok && len(hs) > 0 {
			for _, h := range hs {
				if h.typ != nil {
					t, err2 := h.typ(in, fr)
					if err2 != nil {
						setContext(err2, exc)
						err = err2
						break
					}
					ok, err2 := in.matchExcept(t, exc)
					if err2 != nil {
						setContext(err2, exc)
						err = err2
						break
					}
					if !ok {
						continue
					}
				}
				fr.line = h.line
				if in.Rec != nil {
					in.Rec.Event(in.CurrentTask(), trace.EvCatch, trace.Pos{Line: h.line}, in.ExceptionLine(exc), -1)
				}
				if h.bind != nil {
					h.bind(in, fr, exc)
				}
				in.th.pushHandled(exc)
				err = h.body(in, fr)
				in.th.popHandled()
				if h.del != nil {
					h.del(in, fr)
				}
				if err != nil {
					setContext(err, exc)
				}
				break
			}
		}
		if final != nil {
			pending, isExc := err.(*Exception)
			if isExc {
				in.th.pushHandled(pending)
			}
			ferr := final(in, fr)
			if isExc {
				in.th.popHandled()
			}
			if ferr != nil {
				if isExc {
					setContext(ferr, pending)
				}
				return ferr
			}
		}
		return err
	}
}

func (c *compiler) tryStar(s *ast.Try) stmtFn {
	body := c.block(s.Body)
	hs := c.handlers(s.Handlers)
	var orelse, final stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	return func(in *Interp, fr *frame) error {
		err := body(in, fr)
		if err == nil {
			if orelse != nil {
				err = orelse(in, fr)
			}
		} else if exc, ok := err.(*Exception); ok {
			err = in.exceptStar(fr, exc, hs)
		}
		if final != nil {
			ferr := final(in, fr)
			if ferr != nil {
				if e, ok := err.(*Exception); ok {
					setContext(ferr, e)
				}
				return ferr
			}
		}
		return err
	}
}

func leaves(e *Exception, out map[*Exception]bool) {
	if e.Group == nil {
		out[e] = true
		return
	}
	for _, x := range e.Group {
		leaves(x, out)
	}
}

func (in *Interp) exceptStar(fr *frame, exc *Exception, hs []handler) error {
	orig := exc
	naked := exc.Group == nil
	if naked {
		orig = &Exception{Class: ExceptionGroupClass, Group: []*Exception{exc}, Args: Tuple{Str(""), Tuple{exc}}}
		if !exc.Class.IsSubclass(ExceptionClass) {
			orig.Class = BaseExceptionGroupClass
		}
		orig.tb, orig.tbAct = exc.tb, exc.tbAct
	}
	rest := orig
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, h := range hs {
		if rest == nil {
			break
		}
		t, err := h.typ(in, fr)
		if err != nil {
			return err
		}
		if k, ok := t.(*Class); ok && k.IsSubclass(BaseExceptionGroupClass) {
			return Errorf(TypeErrorClass, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		pred, err := in.exceptMatcher(t)
		if err != nil {
			return Errorf(TypeErrorClass, "catching classes that do not inherit from BaseException is not allowed")
		}
		match, r, err := splitRec(in, rest, pred)
		if err != nil {
			return err
		}
		rest = r
		if match == nil {
			continue
		}
		fr.line = h.line
		if h.bind != nil {
			h.bind(in, fr, match)
		}
		in.th.pushHandled(match)
		herr := h.body(in, fr)
		in.th.popHandled()
		if h.del != nil {
			h.del(in, fr)
		}
		if herr == nil {
			continue
		}
		he, ok := herr.(*Exception)
		if !ok {
			return herr
		}
		if he == match {
			leaves(match, keep)
			continue
		}
		setContext(he, match)
		raised = append(raised, he)
	}
	if rest != nil {
		leaves(rest, keep)
	}
	var projected *Exception
	if len(keep) > 0 {
		m, _, _ := splitRec(in, orig, func(e *Exception) (bool, error) { return keep[e], nil })
		projected = m
		if naked && projected != nil && len(projected.Group) == 1 && projected.Group[0] == exc {
			projected = exc
		} else if projected != nil && !naked && sameShape(projected, orig) {
			projected = orig
		}
	}
	if len(raised) == 0 {
		if projected == nil {
			return nil
		}
		return projected
	}
	all := append([]*Exception(nil), raised...)
	if projected != nil {
		all = append(all, projected)
	}
	if len(all) == 1 {
		return all[0]
	}
	items := make(Tuple, len(all))
	cls := ExceptionGroupClass
	for i, x := range all {
		items[i] = x
		if !x.Class.IsSubclass(ExceptionClass) {
			cls = BaseExceptionGroupClass
		}
	}
	// CPython raises the combined group from the handler without a
	// traceback entry of its own for this frame.
	return &Exception{Class: cls, Group: all, Msg: "", Args: Tuple{Str(""), items}, tbAct: fr.act}
}

func sameShape(a, b *Exception) bool {
	la, lb := map[*Exception]bool{}, map[*Exception]bool{}
	leaves(a, la)
	leaves(b, lb)
	return len(la) == len(lb)
}

func (c *compiler) with(s *ast.With, i int) stmtFn {
	if i == len(s.Items) {
		return c.block(s.Body)
	}
	item := s.Items[i]
	mgr := c.expr(item.ContextExpr)
	var st storeFn
	if item.OptionalVars != nil {
		st = c.store(item.OptionalVars)
	}
	body := c.with(s, i+1)
	async := s.Async
	enterName, exitName := "__enter__", "__exit__"
	proto := "the context manager protocol"
	if async {
		enterName, exitName = "__aenter__", "__aexit__"
		proto = "the asynchronous context manager protocol"
	}
	return func(in *Interp, fr *frame) error {
		m, err := mgr(in, fr)
		if err != nil {
			return err
		}
		cls := m.Type()
		if in.py37 && async {
			// 3.7's BEFORE_ASYNC_WITH looks __aexit__ up first.
			if _, ok := cls.lookup(exitName); !ok {
				return NewException(AttributeErrorClass, Str(exitName))
			}
		}
		enter, ok := cls.lookup(enterName)
		if !ok {
			if in.py37 {
				return NewException(AttributeErrorClass, Str(enterName))
			}
			return Errorf(TypeErrorClass, "'%s' object does not support %s", cls.Name, proto)
		}
		exit, ok := cls.lookup(exitName)
		if !ok {
			if in.py37 {
				return NewException(AttributeErrorClass, Str(exitName))
			}
			return Errorf(TypeErrorClass, "'%s' object does not support %s (missed %s method)", cls.Name, proto, exitName)
		}
		v, err := in.callMethod(enter, m, nil, nil)
		if err == nil && async {
			v, err = in.Await(v)
		}
		if err != nil {
			return err
		}
		if st != nil {
			if err := st(in, fr, v); err != nil {
				return err
			}
		}
		line := fr.line
		err = body(in, fr)
		if exc, ok := err.(*Exception); ok {
			addTraceback(in, exc, fr, fr.line)
			fr.line = line
			in.th.pushHandled(exc)
			r, err2 := in.callMethod(exit, m, []Value{exc.Class, exc, None}, nil)
			if err2 == nil && async {
				r, err2 = in.Await(r)
			}
			in.th.popHandled()
			if err2 != nil {
				if err2 != error(exc) {
					setContext(err2, exc)
				}
				return err2
			}
			t, err2 := in.Truthy(r)
			if err2 != nil {
				return err2
			}
			if t {
				return nil
			}
			return exc
		}
		if IsFatal(err) && err != errBreak && err != errContinue && err != errReturn {
			return err
		}
		fr.line = line
		r, err2 := in.callMethod(exit, m, []Value{None, None, None}, nil)
		if err2 == nil && async {
			_, err2 = in.Await(r)
		}
		if err2 != nil {
			return err2
		}
		return err
	}
}

func (c *compiler) importStmt(s *ast.Import) stmtFn {
	type imp struct {
		name string
		st   storeFn
		top  bool
	}
	var imps []imp
	for _, a := range s.Names {
		if a.Asname != "" {
			imps = append(imps, imp{a.Name, c.storeName(a.Asname), false})
		} else {
			top := a.Name
			if i := strings.IndexByte(top, '.'); i >= 0 {
				top = top[:i]
			}
			imps = append(imps, imp{a.Name, c.storeName(top), top != a.Name})
		}
	}
	return func(in *Interp, fr *frame) error {
		for _, im := range imps {
			m, err := in.Import(im.name)
			if err != nil {
				return err
			}
			if im.top {
				top := im.name[:strings.IndexByte(im.name, '.')]
				m, err = in.Import(top)
				if err != nil {
					return err
				}
			}
			if err := im.st(in, fr, m); err != nil {
				return err
			}
		}
		return nil
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) stmtFn {
	if s.Level > 0 {
		c.unsupported(s, "relative import")
	}
	mod := s.Module
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.unsupported(s, "'from "+mod+" import *'")
	}
	type imp struct {
		name string
		st   storeFn
	}
	var imps []imp
	for _, a := range s.Names {
		as := a.Asname
		if as == "" {
			as = a.Name
		}
		imps = append(imps, imp{a.Name, c.storeName(as)})
	}
	return func(in *Interp, fr *frame) error {
		m, err := in.Import(mod)
		if err != nil {
			return err
		}
		for _, im := range imps {
			v, ok := m.Get(im.name)
			if !ok {
				if sub, err := in.Import(mod + "." + im.name); err == nil {
					v, ok = sub, true
				}
			}
			if !ok {
				if err := in.notModelledName(mod, im.name); err != nil {
					return err
				}
				e := Errorf(ImportErrorClass, "cannot import name '%s' from '%s' (unknown location)", im.name, mod)
				in.suggestImportName(e, m, mod, im.name)
				return e
			}
			if err := im.st(in, fr, v); err != nil {
				return err
			}
		}
		return nil
	}
}

// ---------------------------------------------------------------------------
// Expressions

func constValue(v any) (Value, bool) {
	switch x := v.(type) {
	case nil:
		return None, true
	case bool:
		return Bool(x), true
	case *big.Int:
		return normBig(new(big.Int).Set(x)), true
	case float64:
		return Float(x), true
	case string:
		return Str(x), true
	case []byte:
		return Bytes(x), true
	case ast.Ellipsis:
		return EllipsisType{}, true
	case int:
		return Int(x), true
	case int64:
		return Int(x), true
	}
	return nil, false
}

func (c *compiler) exprs(es []ast.Expr) []exprFn {
	out := make([]exprFn, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

func hasStar(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// elems compiles a display's elements, expanding *x.
func (c *compiler) elems(es []ast.Expr) func(in *Interp, fr *frame) ([]Value, error) {
	if !hasStar(es) {
		fns := c.exprs(es)
		return func(in *Interp, fr *frame) ([]Value, error) {
			out := make([]Value, len(fns))
			for i, f := range fns {
				v, err := f(in, fr)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}
	}
	type part struct {
		f    exprFn
		star bool
	}
	var parts []part
	for _, e := range es {
		if s, ok := e.(*ast.Starred); ok {
			parts = append(parts, part{c.expr(s.Value), true})
		} else {
			parts = append(parts, part{c.expr(e), false})
		}
	}
	return func(in *Interp, fr *frame) ([]Value, error) {
		var out []Value
		for _, p := range parts {
			v, err := p.f(in, fr)
			if err != nil {
				return nil, err
			}
			if p.star {
				items, err := in.iterate(v)
				if err != nil {
					if e, ok := err.(*Exception); ok && e.Class == TypeErrorClass {
						return nil, Errorf(TypeErrorClass, "Value after * must be an iterable, not %s", v.Type().Name)
					}
					return nil, err
				}
				out = append(out, items...)
			} else {
				out = append(out, v)
			}
		}
		if out == nil {
			out = []Value{}
		}
		return out, nil
	}
}

func (c *compiler) expr(e ast.Expr) exprFn {
	f := c.expr1(e)
	switch e.(type) {
	// Names, binary operations, comparisons, calls, attribute loads and
	// subscripts mark their own errors in their error branches: they are
	// the hot path, and this wrapper would cost each evaluation a call.
	case *ast.UnaryOp,
		*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp, *ast.Await, *ast.YieldFrom,
		*ast.JoinedStr, *ast.Dict, *ast.Set:
		start, end := e.Span()
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := f(in, fr)
			if err != nil {
				markPos(err, fr, start, end)
			}
			return v, err
		}
	}
	return f
}

// expr1 compiles e; expr wraps it to record, for tracebacks, which
// expression raised.
func (c *compiler) expr1(e ast.Expr) exprFn {
	switch e := e.(type) {
	case *ast.Constant:
		v, ok := constValue(e.Value)
		if !ok {
			c.unsupported(e, fmt.Sprintf("constant of type %T", e.Value))
		}
		return func(*Interp, *frame) (Value, error) { return v, nil }
	case *ast.Name:
		return c.name(e)
	case *ast.BinOp:
		return c.binop(e)
	case *ast.UnaryOp:
		if e.Op == "not" {
			t := c.cond(e.Operand)
			return func(in *Interp, fr *frame) (Value, error) {
				b, err := t(in, fr)
				return Bool(!b), err
			}
		}
		x := c.expr(e.Operand)
		op := e.Op
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := x(in, fr)
			if err != nil {
				return nil, err
			}
			return in.UnaryOp(op, v)
		}
	case *ast.BoolOp:
		fns := c.exprs(e.Values)
		and := e.Op == "and"
		return func(in *Interp, fr *frame) (Value, error) {
			var v Value
			for i, f := range fns {
				var err error
				v, err = f(in, fr)
				if err != nil {
					return nil, err
				}
				if i == len(fns)-1 {
					break
				}
				t, err := in.Truthy(v)
				if err != nil {
					return nil, err
				}
				if t != and {
					return v, nil
				}
			}
			return v, nil
		}
	case *ast.Compare:
		return c.compare(e)
	case *ast.IfExp:
		t := c.cond(e.Test)
		a, b := c.expr(e.Body), c.expr(e.Orelse)
		return func(in *Interp, fr *frame) (Value, error) {
			ok, err := t(in, fr)
			if err != nil {
				return nil, err
			}
			if ok {
				return a(in, fr)
			}
			return b(in, fr)
		}
	case *ast.NamedExpr:
		v := c.expr(e.Value)
		st := c.storeName(e.Target.Id)
		return func(in *Interp, fr *frame) (Value, error) {
			x, err := v(in, fr)
			if err != nil {
				return nil, err
			}
			return x, st(in, fr, x)
		}
	case *ast.Call:
		return c.call(e)
	case *ast.Attribute:
		obj := c.expr(e.Value)
		name := e.Attr
		start, end := attrSpan(e) // marked in the error branches
		return func(in *Interp, fr *frame) (Value, error) {
			o, err := obj(in, fr)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			if x, ok := o.(*Object); ok {
				if v, ok := x.Attr(name); ok {
					if _, isProp := x.Class.lookup(name); !isProp {
						return v, nil
					}
				}
			}
			v, err := in.GetAttr(o, name)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			return v, nil
		}
	case *ast.Subscript:
		obj := c.expr(e.Value)
		key := c.subscriptKey(e.Slice)
		start, end := e.Span() // marked in the error branches
		return func(in *Interp, fr *frame) (Value, error) {
			o, err := obj(in, fr)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			k, err := key(in, fr)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Elems) {
					return l.Elems[i], nil
				}
			}
			v, err := in.GetItem(o, k)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			return v, nil
		}
	case *ast.List:
		el := c.elems(e.Elts)
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := el(in, fr)
			if err != nil {
				return nil, err
			}
			if err := in.Alloc(objectSize + int64(len(v))*valueSize); err != nil {
				return nil, err
			}
			return NewList(v), nil
		}
	case *ast.Tuple:
		el := c.elems(e.Elts)
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := el(in, fr)
			if err != nil {
				return nil, err
			}
			if err := in.Alloc(wordSize*3 + int64(len(v))*valueSize); err != nil {
				return nil, err
			}
			return Tuple(v), nil
		}
	case *ast.Set:
		el := c.elems(e.Elts)
		allConst := len(e.Elts) > 2
		for _, x := range e.Elts {
			if _, ok := x.(*ast.Constant); !ok {
				allConst = false
			}
		}
		if allConst {
			// CPython folds a display of constants into a frozenset
			// constant and merges it into a new set; the table layout,
			// and so the iteration order, follows from that.
			return func(in *Interp, fr *frame) (Value, error) {
				v, err := el(in, fr)
				if err != nil {
					return nil, err
				}
				fs := NewSet()
				for _, x := range v {
					if err := fs.Add(in, x); err != nil {
						return nil, err
					}
				}
				s := NewSet()
				return s, s.merge(in, fs)
			}
		}
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := el(in, fr)
			if err != nil {
				return nil, err
			}
			s := NewSet()
			for _, x := range v {
				if err := s.Add(in, x); err != nil {
					return nil, err
				}
			}
			return s, nil
		}
	case *ast.Dict:
		return c.dict(e)
	case *ast.Lambda:
		return c.lambda(e)
	case *ast.ListComp:
		return c.comprehension(e, e.Generators, 'l', []ast.Expr{e.Elt})
	case *ast.SetComp:
		return c.comprehension(e, e.Generators, 's', []ast.Expr{e.Elt})
	case *ast.DictComp:
		return c.comprehension(e, e.Generators, 'd', []ast.Expr{e.Key, e.Value})
	case *ast.GeneratorExp:
		return c.comprehension(e, e.Generators, 'g', []ast.Expr{e.Elt})
	case *ast.Await:
		if c.sc.kind == scModule || (c.sc.kind == scFunction && !c.sc.isAsync) {
			c.syntaxError(e, "'await' outside async function")
		}
		x := c.expr(e.Value)
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := x(in, fr)
			if err != nil {
				return nil, err
			}
			return in.Await(v)
		}
	case *ast.Yield:
		var x exprFn
		if e.Value != nil {
			x = c.expr(e.Value)
		}
		return func(in *Interp, fr *frame) (Value, error) {
			var v Value = None
			if x != nil {
				var err error
				v, err = x(in, fr)
				if err != nil {
					return nil, err
				}
			}
			r, exc, err := in.suspend(v, yieldValue)
			if err != nil {
				return nil, err
			}
			if exc != nil {
				return nil, exc
			}
			if r == nil {
				r = None
			}
			return r, nil
		}
	case *ast.YieldFrom:
		x := c.expr(e.Value)
		return func(in *Interp, fr *frame) (Value, error) {
			v, err := x(in, fr)
			if err != nil {
				return nil, err
			}
			return in.delegate(v, false)
		}
	case *ast.JoinedStr:
		return c.joinedStr(e)
	case *ast.FormattedValue:
		return c.formatted(e)
	case *ast.Starred:
		c.syntaxError(e, "can't use starred expression here")
	case *ast.Slice:
		return c.subscriptKey(e)
	}
	c.unsupported(e, fmt.Sprintf("expression %T", e))
	return nil
}

func (c *compiler) subscriptKey(e ast.Expr) exprFn {
	if s, ok := e.(*ast.Slice); ok {
		var lo, hi, st exprFn
		if s.Lower != nil {
			lo = c.expr(s.Lower)
		}
		if s.Upper != nil {
			hi = c.expr(s.Upper)
		}
		if s.Step != nil {
			st = c.expr(s.Step)
		}
		opt := func(f exprFn, in *Interp, fr *frame) (Value, error) {
			if f == nil {
				return None, nil
			}
			return f(in, fr)
		}
		return func(in *Interp, fr *frame) (Value, error) {
			a, err := opt(lo, in, fr)
			if err != nil {
				return nil, err
			}
			b, err := opt(hi, in, fr)
			if err != nil {
				return nil, err
			}
			d, err := opt(st, in, fr)
			if err != nil {
				return nil, err
			}
			return &Slice{a, b, d}, nil
		}
	}
	if t, ok := e.(*ast.Tuple); ok {
		fns := make([]exprFn, len(t.Elts))
		for i, x := range t.Elts {
			fns[i] = c.subscriptKey(x)
		}
		return func(in *Interp, fr *frame) (Value, error) {
			out := make(Tuple, len(fns))
			for i, f := range fns {
				v, err := f(in, fr)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}
	}
	return c.expr(e)
}

func (c *compiler) binop(e *ast.BinOp) exprFn {
	l, r := c.expr(e.Left), c.expr(e.Right)
	op := e.Op
	// The operation marks its own span when it raises (for the caret line);
	// errors of the operands were marked by the operands.
	start, end := e.Span()
	switch op {
	case "+":
		return func(in *Interp, fr *frame) (Value, error) {
			a, err := l(in, fr)
			if err != nil {
				return nil, err
			}
			b, err := r(in, fr)
			if err != nil {
				return nil, err
			}
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					z := x + y
					if (z > x) == (y > 0) {
						return MakeInt(int64(z)), nil
					}
				}
			}
			v, err := in.BinOp(op, a, b)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			return v, nil
		}
	case "-":
		return func(in *Interp, fr *frame) (Value, error) {
			a, err := l(in, fr)
			if err != nil {
				return nil, err
			}
			b, err := r(in, fr)
			if err != nil {
				return nil, err
			}
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					z := x - y
					if (z < x) == (y > 0) {
						return MakeInt(int64(z)), nil
					}
				}
			}
			v, err := in.BinOp(op, a, b)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			return v, nil
		}
	}
	return func(in *Interp, fr *frame) (Value, error) {
		a, err := l(in, fr)
		if err != nil {
			return nil, err
		}
		b, err := r(in, fr)
		if err != nil {
			return nil, err
		}
		v, err := in.BinOp(op, a, b)
		if err != nil {
			return nil, markedAt(err, fr, start, end)
		}
		return v, nil
	}
}

func (c *compiler) compare(e *ast.Compare) exprFn {
	left := c.expr(e.Left)
	rights := c.exprs(e.Comparators)
	ops := e.Ops
	start, end := e.Span()
	return func(in *Interp, fr *frame) (Value, error) {
		a, err := left(in, fr)
		if err != nil {
			return nil, err
		}
		var res Value = True
		for i, rf := range rights {
			b, err := rf(in, fr)
			if err != nil {
				return nil, err
			}
			res, err = in.compareOp(ops[i], a, b)
			if err != nil {
				return nil, markedAt(err, fr, start, end)
			}
			if i < len(rights)-1 {
				t, err := in.Truthy(res)
				if err != nil {
					return nil, markedAt(err, fr, start, end)
				}
				if !t {
					return res, nil
				}
			}
			a = b
		}
		return res, nil
	}
}

func (in *Interp) compareOp(op string, a, b Value) (Value, error) {
	switch op {
	case "is":
		return Bool(Identical(a, b)), nil
	case "is not":
		return Bool(!Identical(a, b)), nil
	case "in":
		ok, err := in.Contains(b, a)
		return Bool(ok), err
	case "not in":
		ok, err := in.Contains(b, a)
		return Bool(!ok), err
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return cmpResult(op, cmpInt(int64(x), int64(y))), nil
		}
	}
	return in.compare(op, a, b)
}

func (c *compiler) dict(e *ast.Dict) exprFn {
	keys := make([]exprFn, len(e.Keys))
	vals := c.exprs(e.Values)
	for i, k := range e.Keys {
		if k != nil {
			keys[i] = c.expr(k)
		}
	}
	return func(in *Interp, fr *frame) (Value, error) {
		d := NewDict()
		for i, vf := range vals {
			if keys[i] == nil {
				m, err := vf(in, fr)
				if err != nil {
					return nil, err
				}
				if err := in.dictUpdate(d, []Value{m}, nil); err != nil {
					return nil, err
				}
				continue
			}
			k, err := keys[i](in, fr)
			if err != nil {
				return nil, err
			}
			v, err := vf(in, fr)
			if err != nil {
				return nil, err
			}
			if err := d.Set(in, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
}

func (c *compiler) comprehension(e ast.Expr, gens []*ast.Comprehension, kind byte, elts []ast.Expr) exprFn {
	sc := c.r.scopes[e]
	first := c.expr(gens[0].Iter)
	firstAsync := gens[0].Async
	name := map[byte]string{'l': "<listcomp>", 's': "<setcomp>", 'd': "<dictcomp>", 'g': "<genexpr>"}[kind]
	start, _ := e.Span()
	var native *genexpPlan
	code := c.newCode(sc, name, start.Line, func() stmtFn {
		if kind == 'g' && !sc.hasAwait {
			native = c.genexpPlan(gens, elts[0], start.Line)
		}
		var emit func(in *Interp, fr *frame) error
		switch kind {
		case 'l':
			el := c.expr(elts[0])
			emit = func(in *Interp, fr *frame) error {
				v, err := el(in, fr)
				if err != nil {
					return err
				}
				l := fr.ret.(*List)
				if err := in.allocGrow(l.Elems, len(l.Elems)+1); err != nil {
					return err
				}
				l.Elems = append(l.Elems, v)
				return nil
			}
		case 's':
			el := c.expr(elts[0])
			emit = func(in *Interp, fr *frame) error {
				v, err := el(in, fr)
				if err != nil {
					return err
				}
				return fr.ret.(*Set).Add(in, v)
			}
		case 'd':
			kf, vf := c.expr(elts[0]), c.expr(elts[1])
			emit = func(in *Interp, fr *frame) error {
				k, err := kf(in, fr)
				if err != nil {
					return err
				}
				v, err := vf(in, fr)
				if err != nil {
					return err
				}
				return fr.ret.(*Dict).Set(in, k, v)
			}
		case 'g':
			el := c.expr(elts[0])
			emit = func(in *Interp, fr *frame) error {
				v, err := el(in, fr)
				if err != nil {
					return err
				}
				_, exc, err := in.suspend(v, yieldValue)
				if err != nil {
					return err
				}
				if exc != nil {
					return exc
				}
				return nil
			}
		}
		loop := emit
		for i := len(gens) - 1; i >= 0; i-- {
			loop = c.compLoop(gens[i], i == 0, loop)
		}
		return func(in *Interp, fr *frame) error {
			switch kind {
			case 'l':
				fr.ret = NewList(nil)
			case 's':
				fr.ret = NewSet()
			case 'd':
				fr.ret = NewDict()
			}
			err := loop(in, fr)
			if err != nil {
				return err
			}
			if kind == 'l' && fr.ret.(*List).Elems == nil {
				fr.ret.(*List).Elems = []Value{}
			}
			if kind == 'g' {
				fr.ret = None
			}
			return errReturn
		}
	})
	if kind == 'g' {
		code.kind = KindGenerator
		if sc.hasAwait {
			code.kind = KindAsyncGenerator
		}
	} else {
		code.kind = -1
	}
	closure := c.closureOf(sc)
	iterSlot := sc.local[".0"]
	g := c.g
	return func(in *Interp, fr *frame) (Value, error) {
		src, err := first(in, fr)
		if err != nil {
			return nil, err
		}
		var it Value
		if firstAsync {
			it, err = in.AIter(src)
		} else {
			var i Iterator
			i, err = in.Iter(src)
			it = iterValue(i)
		}
		if err != nil {
			return nil, err
		}
		f := &Function{code: code, g: g, Name: name, Qualname: code.qualname}
		if closure != nil {
			f.closure = closure(fr)
		}
		cf := &frame{act: in.newAct(), code: code, locals: make([]Value, code.nlocals)}
		if n := len(code.cellNames); n > 0 {
			cf.cells = make([]*Cell, n)
			for i := 0; i < code.ncells; i++ {
				cf.cells[i] = &Cell{}
			}
			copy(cf.cells[code.ncells:], f.closure)
		}
		cf.locals[iterSlot] = it
		if native != nil {
			return &Generator{Kind: KindGenerator, fn: f, fr: cf, step: native.stepper(cf)}, nil
		}
		if code.kind >= 0 {
			return &Generator{Kind: code.kind, fn: f, fr: cf}, nil
		}
		return code.body(in, cf)
	}
}

// genexpPlan runs a generator expression without a fiber: the clauses
// are a fixed nest of loops, so a stack of iterators replaces the
// suspended Go stack a fiber would keep.
type genexpPlan struct {
	iters  []exprFn // iterables of clauses 1..n-1 (clause 0 is the .0 iterator)
	stores []storeFn
	conds  [][]func(*Interp, *frame) (bool, error)
	elt    exprFn
	slot   int
	line   int
}

func (c *compiler) genexpPlan(gens []*ast.Comprehension, elt ast.Expr, line int) *genexpPlan {
	p := &genexpPlan{slot: c.sc.local[".0"], line: line}
	for i, g := range gens {
		if i > 0 {
			p.iters = append(p.iters, c.expr(g.Iter))
		} else {
			p.iters = append(p.iters, nil)
		}
		p.stores = append(p.stores, c.store(g.Target))
		var cs []func(*Interp, *frame) (bool, error)
		for _, x := range g.Ifs {
			cs = append(cs, c.cond(x))
		}
		p.conds = append(p.conds, cs)
	}
	p.elt = c.expr(elt)
	return p
}

func (p *genexpPlan) stepper(fr *frame) func(in *Interp) (Value, bool, error) {
	its := make([]Iterator, len(p.iters))
	its[0] = fr.locals[p.slot].(Iterator)
	depth := 0
	last := len(p.iters) - 1
	return func(in *Interp) (Value, bool, error) {
		th := in.th
		saved := th.frame
		th.frame = fr
		fr.line = p.line
		defer func() { th.frame = saved }()
		fail := func(err error) (Value, bool, error) {
			addTraceback(in, err, fr, p.line)
			depth = -1
			return nil, false, err
		}
	outer:
		for depth >= 0 {
			x, ok, err := its[depth].Next(in)
			if err != nil {
				return fail(err)
			}
			if !ok {
				depth--
				continue
			}
			if in.Budget != nil {
				if err := in.Step(); err != nil {
					return fail(err)
				}
			}
			if err := p.stores[depth](in, fr, x); err != nil {
				return fail(err)
			}
			for _, cnd := range p.conds[depth] {
				t, err := cnd(in, fr)
				if err != nil {
					return fail(err)
				}
				if !t {
					continue outer
				}
			}
			if depth == last {
				v, err := p.elt(in, fr)
				if err != nil {
					return fail(err)
				}
				return v, true, nil
			}
			src, err := p.iters[depth+1](in, fr)
			if err != nil {
				return fail(err)
			}
			it, err := in.Iter(src)
			if err != nil {
				return fail(err)
			}
			depth++
			its[depth] = it
		}
		return nil, false, nil
	}
}

// iterValue wraps a Go iterator as a Python value.
func iterValue(it Iterator) Value {
	if v, ok := it.(Value); ok {
		return v
	}
	return &goIter{it}
}

type goIter struct{ it Iterator }

func (*goIter) Type() *Class                           { return IteratorClass }
func (g *goIter) Next(in *Interp) (Value, bool, error) { return g.it.Next(in) }

func (c *compiler) compLoop(g *ast.Comprehension, first bool, inner stmtFn) stmtFn {
	var src exprFn
	if first {
		slot := c.sc.local[".0"]
		src = func(in *Interp, fr *frame) (Value, error) { return fr.locals[slot], nil }
	} else {
		src = c.expr(g.Iter)
	}
	st := c.store(g.Target)
	conds := make([]func(*Interp, *frame) (bool, error), len(g.Ifs))
	for i, x := range g.Ifs {
		conds[i] = c.cond(x)
	}
	body := func(in *Interp, fr *frame, x Value) error {
		if err := st(in, fr, x); err != nil {
			return err
		}
		for _, cf := range conds {
			ok, err := cf(in, fr)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
		}
		return inner(in, fr)
	}
	if g.Async {
		return func(in *Interp, fr *frame) error {
			v, err := src(in, fr)
			if err != nil {
				return err
			}
			ai := v
			if !first {
				ai, err = in.AIter(v)
				if err != nil {
					return err
				}
			}
			for {
				x, ok, err := in.ANext(ai)
				if err != nil {
					return err
				}
				if !ok {
					return nil
				}
				if err := body(in, fr, x); err != nil {
					return err
				}
			}
		}
	}
	return func(in *Interp, fr *frame) error {
		v, err := src(in, fr)
		if err != nil {
			return err
		}
		var it Iterator
		if first {
			it = v.(Iterator)
		} else if it, err = in.Iter(v); err != nil {
			return err
		}
		for {
			x, ok, err := it.Next(in)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			if err := body(in, fr, x); err != nil {
				return err
			}
			if in.Budget != nil {
				if err := in.Step(); err != nil {
					return err
				}
			}
		}
	}
}

func (c *compiler) joinedStr(e *ast.JoinedStr) exprFn {
	parts := c.exprs(e.Values)
	return func(in *Interp, fr *frame) (Value, error) {
		var b strings.Builder
		for _, p := range parts {
			v, err := p(in, fr)
			if err != nil {
				return nil, err
			}
			s, ok := v.(Str)
			if !ok {
				str, err := in.str(v)
				if err != nil {
					return nil, err
				}
				s = Str(str)
			}
			// Each piece is charged as the result grows (a formatted
			// piece is bounded by the format spec's own limit).
			if err := in.Alloc(int64(len(s))); err != nil {
				return nil, err
			}
			b.WriteString(string(s))
		}
		return Str(b.String()), nil
	}
}

func (c *compiler) formatted(e *ast.FormattedValue) exprFn {
	val := c.expr(e.Value)
	var spec exprFn
	if e.FormatSpec != nil {
		spec = c.expr(e.FormatSpec)
	}
	conv := e.Conversion
	return func(in *Interp, fr *frame) (Value, error) {
		v, err := val(in, fr)
		if err != nil {
			return nil, err
		}
		switch conv {
		case 's':
			s, err := in.str(v)
			if err != nil {
				return nil, err
			}
			v = Str(s)
		case 'r':
			s, err := in.repr(v)
			if err != nil {
				return nil, err
			}
			v = Str(s)
		case 'a':
			s, err := in.repr(v)
			if err != nil {
				return nil, err
			}
			v = Str(asciiEscape(s))
		}
		sp := ""
		if spec != nil {
			sv, err := spec(in, fr)
			if err != nil {
				return nil, err
			}
			sp = string(sv.(Str))
		}
		s, err := in.Format(v, sp)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}
