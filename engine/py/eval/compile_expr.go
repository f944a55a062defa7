package eval

import (
	"fmt"
	"math/big"

	"taskline/engine/py/ast"
)

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
		if call, ok := e.Value.(*ast.Call); ok {
			if f := c.callAwaited(call); f != nil {
				return f
			}
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
	op := e.Op
	// The operation marks its own span when it raises (for the caret line);
	// errors of the operands were marked by the operands.
	start, end := e.Span()
	if code := intOpCode(op); code != opNone {
		if isIntBinop(e.Left) || isIntBinop(e.Right) {
			// A tree of int operations, (acc * 31 + i * k) % m: the
			// inner results stay unboxed; only the root's is boxed.
			return boxed(c.intBinop(e))
		}
		l, r := c.expr(e.Left), c.expr(e.Right)
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
					if z, ok := intArith(code, int64(x), int64(y)); ok {
						return in.boxInt(z), nil
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
	l, r := c.expr(e.Left), c.expr(e.Right)
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

// intFn evaluates an int operation of a tree of them without boxing its
// result when that is an int that fits in 64 bits: isInt says the value
// is Int(n), and v is then either nil (not boxed yet) or the boxed value;
// otherwise v is the value. Boxing an int that is not small allocates,
// so a tree of k operations saves k-1 allocations.
type intFn func(in *Interp, fr *frame) (n int64, v Value, isInt bool, err error)

// boxed is f as an exprFn.
func boxed(f intFn) exprFn {
	return func(in *Interp, fr *frame) (Value, error) {
		n, v, isInt, err := f(in, fr)
		if isInt && v == nil {
			return in.boxInt(n), nil
		}
		return v, err
	}
}

// isIntBinop reports whether e is a binary operation intArith computes.
func isIntBinop(e ast.Expr) bool {
	b, ok := e.(*ast.BinOp)
	return ok && intOpCode(b.Op) != opNone
}

// intBinop compiles e, an operation intArith computes, as an intFn. The
// operands are evaluated, and errors raised and marked, exactly as binop
// does; only where the result lives differs.
func (c *compiler) intBinop(e *ast.BinOp) intFn {
	op, code := e.Op, intOpCode(e.Op)
	start, end := e.Span()
	li, lf := c.intOperand(e.Left)
	general := func(in *Interp, fr *frame, a int64, av Value, ai bool, b int64, bv Value, bi bool) (int64, Value, bool, error) {
		if ai && av == nil {
			av = in.boxInt(a)
		}
		if bi && bv == nil {
			bv = in.boxInt(b)
		}
		v, err := in.BinOp(op, av, bv)
		if err != nil {
			return 0, nil, false, markedAt(err, fr, start, end)
		}
		if z, ok := v.(Int); ok {
			return int64(z), v, true, nil
		}
		return 0, v, false, nil
	}
	if k, ok := e.Right.(*ast.Constant); ok {
		if kv, ok := constValue(k.Value); ok {
			if b, ok := kv.(Int); ok {
				// x * 31, i % 10_000: the constant needs no evaluation.
				return func(in *Interp, fr *frame) (int64, Value, bool, error) {
					var a int64
					var av Value
					var ai bool
					var err error
					if li != nil {
						a, av, ai, err = li(in, fr)
					} else if av, err = lf(in, fr); err == nil {
						if x, ok := av.(Int); ok {
							a, ai = int64(x), true
						}
					}
					if err != nil {
						return 0, nil, false, err
					}
					if ai {
						if z, ok := intArith(code, a, int64(b)); ok {
							return z, nil, true, nil
						}
					}
					return general(in, fr, a, av, ai, int64(b), kv, true)
				}
			}
		}
	}
	ri, rf := c.intOperand(e.Right)
	return func(in *Interp, fr *frame) (int64, Value, bool, error) {
		var a, b int64
		var av, bv Value
		var ai, bi bool
		var err error
		if li != nil {
			a, av, ai, err = li(in, fr)
		} else if av, err = lf(in, fr); err == nil {
			if x, ok := av.(Int); ok {
				a, ai = int64(x), true
			}
		}
		if err != nil {
			return 0, nil, false, err
		}
		if ri != nil {
			b, bv, bi, err = ri(in, fr)
		} else if bv, err = rf(in, fr); err == nil {
			if y, ok := bv.(Int); ok {
				b, bi = int64(y), true
			}
		}
		if err != nil {
			return 0, nil, false, err
		}
		if ai && bi {
			if z, ok := intArith(code, a, b); ok {
				return z, nil, true, nil
			}
		}
		return general(in, fr, a, av, ai, b, bv, bi)
	}
}

// intOperand compiles an operand of an int operation: an intFn if it is
// one itself, else an exprFn.
func (c *compiler) intOperand(x ast.Expr) (intFn, exprFn) {
	if b, ok := x.(*ast.BinOp); ok && isIntBinop(b) {
		return c.intBinop(b), nil
	}
	return nil, c.expr(x)
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
	sc := c.f.Scope(e)
	first := c.expr(gens[0].Iter)
	firstAsync := gens[0].Async
	name := map[byte]string{'l': "<listcomp>", 's': "<setcomp>", 'd': "<dictcomp>", 'g': "<genexpr>"}[kind]
	start, _ := e.Span()
	var native *genexpPlan
	code := c.newCode(sc, name, start.Line, func() stmtFn {
		if kind == 'g' && !sc.Coroutine {
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
		if sc.Coroutine {
			code.kind = KindAsyncGenerator
		}
	} else {
		code.kind = -1
	}
	closure := c.closureOf(sc)
	iterSlot := sc.Local(".0")
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
	p := &genexpPlan{slot: c.sc.Local(".0"), line: line}
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

func (c *compiler) compLoop(g *ast.Comprehension, first bool, inner stmtFn) stmtFn {
	var src exprFn
	if first {
		slot := c.sc.Local(".0")
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
