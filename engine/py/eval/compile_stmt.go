package eval

import (
	"fmt"

	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

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
				if len(e.tb) == 0 && in.minor < 11 {
					fix37(e, in.minor)
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
		if n, ok := s.Target.(*ast.Name); ok && c.sc.Kind == syntax.ClassScope {
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
			if in.minor != 12 {
				// 3.12 places the raise at the whole statement, 3.11 and
				// 3.13 at the test.
				markPos(e, fr, testStart, testEnd)
			}
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
	// 3.13 places FOR_ITER at the iterable: an error of the iteration is
	// underlined there.
	iterStart, iterEnd := s.Iter.Span()
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
				x := in.boxInt(r.cur)
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
					if in.minor >= 13 {
						markPos(err, fr, iterStart, iterEnd)
					}
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

func (c *compiler) augAssign(s *ast.AugAssign) stmtFn {
	op := s.Op
	var val exprFn
	var ival intFn // the right side unboxed (total += i * step), or nil
	if code := intOpCode(op); code != opNone && isIntBinop(s.Value) {
		ival = c.intBinop(s.Value.(*ast.BinOp))
		val = boxed(ival)
	} else {
		val = c.expr(s.Value)
	}
	switch t := s.Target.(type) {
	case *ast.Name:
		load := c.expr(t)
		st := c.store(t)
		if b := c.lookup(t.Id); b.kind == bLocal && ival != nil {
			i, code := b.index, intOpCode(op)
			return func(in *Interp, fr *frame) error {
				a, err := load(in, fr)
				if err != nil {
					return err
				}
				y, b, isInt, err := ival(in, fr)
				if err != nil {
					return err
				}
				if x, ok := a.(Int); ok && isInt {
					if r, ok := intArith(code, int64(x), y); ok {
						fr.locals[i] = in.boxInt(r)
						return nil
					}
				}
				if isInt && b == nil {
					b = in.boxInt(y)
				}
				r, err := in.InplaceOp(op, a, b)
				if err != nil {
					return err
				}
				fr.locals[i] = r
				return nil
			}
		}
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
						if r, ok, err := in.intOp(op, int64(x), int64(y)); ok || err != nil {
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
