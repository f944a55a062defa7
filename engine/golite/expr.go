package golite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"unicode/utf8"
)

// expr compiles an expression producing one value.
func (fc *fnCtx) expr(e ast.Expr) ev {
	c := fc.c
	if tv := c.tv(e); tv.Value != nil {
		v := c.constValue(fc.T(tv.Type), tv.Value)
		return func(*Frame) Value { return v }
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return fc.expr(e.X)
	case *ast.Ident:
		return fc.ident(e)
	case *ast.BasicLit:
		c.unsupported(e.Pos(), "literal %s is not supported", e.Value)
		return nil
	case *ast.BinaryExpr:
		return fc.binary(e)
	case *ast.UnaryExpr:
		return fc.unary(e)
	case *ast.CallExpr:
		return fc.call1(e)
	case *ast.SelectorExpr:
		return fc.selector(e)
	case *ast.IndexExpr:
		return fc.index(e)
	case *ast.IndexListExpr:
		return fc.funcInstance(e, e.X)
	case *ast.SliceExpr:
		return fc.sliceExpr(e)
	case *ast.StarExpr:
		return fc.deref(e)
	case *ast.CompositeLit:
		return fc.compositeLit(e, fc.typeOf(e))
	case *ast.FuncLit:
		return fc.funcLit(e)
	case *ast.TypeAssertExpr:
		f := fc.typeAssert(e, false)
		return func(fr *Frame) Value { v, _ := f(fr); return v }
	}
	c.unsupported(e.Pos(), "expression %T is not supported", e)
	return func(*Frame) Value { return Value{} }
}

// value compiles e for a copy point: the result is converted to type to
// (interface wrapping) and aggregates are copied.
func (fc *fnCtx) value(e ast.Expr, to types.Type) ev {
	from := fc.typeOf(e)
	if tv := fc.c.tv(e); tv.Value != nil && to != nil {
		if isIface(to) {
			v := fc.c.constValue(types.Default(from), tv.Value)
			dt := types.Default(from)
			return func(*Frame) Value { return Value{R: &Iface{T: dt, V: v}} }
		}
		v := fc.c.constValue(to, tv.Value)
		return func(*Frame) Value { return v }
	}
	if b, ok := from.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		if to != nil {
			z := fc.c.zero(to)
			return func(*Frame) Value { return z() }
		}
		return func(*Frame) Value { return Value{} }
	}
	f := fc.expr(e)
	if to != nil && isIface(to) {
		if w := fc.c.toIface(from); w != nil {
			return func(fr *Frame) Value { return w(f(fr)) }
		}
		return f
	}
	if cl := fc.c.cloner(from); cl != nil && !fresh(e) {
		return func(fr *Frame) Value { return cl(f(fr)) }
	}
	return f
}

// fresh reports whether e always yields new storage.
func fresh(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CompositeLit, *ast.CallExpr:
		return true
	case *ast.ParenExpr:
		return fresh(e.X)
	}
	return false
}

func (fc *fnCtx) ident(e *ast.Ident) ev {
	c := fc.c
	obj := c.use(e)
	if obj == nil {
		obj = c.def(e)
	}
	switch o := obj.(type) {
	case *types.Var:
		return fc.loadVar(o)
	case *types.Nil:
		return func(*Frame) Value { return Value{} }
	case *types.Func:
		return fc.funcValue(o, nil, e)
	case *types.Const:
		v := c.constValue(fc.T(o.Type()), o.Val())
		return func(*Frame) Value { return v }
	}
	c.unsupported(e.Pos(), "identifier %s is not supported here", e.Name)
	return func(*Frame) Value { return Value{} }
}

// funcValue is a function used as a value.
func (fc *fnCtx) funcValue(o *types.Func, targs []types.Type, id *ast.Ident) ev {
	c := fc.c
	pos := id.Pos()
	if inst, ok := fc.instanceOf(o, id); ok {
		targs = inst
	}
	code, nat := c.funcFor(o, targs, pos)
	if nat != nil {
		fc.code.KeepFrame = true // the function value holds fr
		return func(fr *Frame) Value {
			return Value{R: &Closure{Native: func(m *Machine, a []Value) []Value { return nat(fr, a) }, NatName: o.FullName()}}
		}
	}
	cl := &Closure{Code: code}
	return func(*Frame) Value { return Value{R: cl} }
}

// instanceOf returns the type arguments of a generic function use.
func (fc *fnCtx) instanceOf(o *types.Func, id *ast.Ident) ([]types.Type, bool) {
	inst, ok := fc.c.infoAt(id.Pos()).Instances[id]
	if !ok || fc.c.use(id) != o {
		return nil, false
	}
	ta := make([]types.Type, inst.TypeArgs.Len())
	for i := range ta {
		ta[i] = fc.T(inst.TypeArgs.At(i))
	}
	return ta, true
}

func (fc *fnCtx) funcInstance(e ast.Expr, x ast.Expr) ev {
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id != nil {
		if o, ok := fc.c.use(id).(*types.Func); ok {
			return fc.funcValue(o, nil, id)
		}
	}
	fc.c.unsupported(e.Pos(), "generic expression is not supported")
	return func(*Frame) Value { return Value{} }
}

func (fc *fnCtx) binary(e *ast.BinaryExpr) ev {
	c := fc.c
	if f := fc.intBinary(e); f != nil {
		return func(fr *Frame) Value { return Value{N: f(fr)} }
	}
	if f := fc.cmpCond(e); f != nil {
		return func(fr *Frame) Value { return mkBool(f(fr)) }
	}
	switch e.Op {
	case token.LAND:
		x, y := fc.expr(e.X), fc.expr(e.Y)
		return func(fr *Frame) Value {
			if x(fr).N == 0 {
				return Value{}
			}
			return y(fr)
		}
	case token.LOR:
		x, y := fc.expr(e.X), fc.expr(e.Y)
		return func(fr *Frame) Value {
			if x(fr).N != 0 {
				return Value{N: 1}
			}
			return y(fr)
		}
	case token.EQL, token.NEQ:
		xt, yt := fc.typeOf(e.X), fc.typeOf(e.Y)
		var x, y ev
		var t types.Type
		// Mixed interface / concrete comparisons compare as interfaces.
		switch {
		case isIface(xt) && !isIface(yt):
			x, y, t = fc.expr(e.X), fc.value(e.Y, xt), xt
		case isIface(yt) && !isIface(xt):
			x, y, t = fc.value(e.X, yt), fc.expr(e.Y), yt
		case isUntypedNil(xt):
			x, y, t = fc.value(e.X, yt), fc.expr(e.Y), yt
		case isUntypedNil(yt):
			x, y, t = fc.expr(e.X), fc.value(e.Y, xt), xt
		default:
			x, y, t = fc.expr(e.X), fc.expr(e.Y), xt
		}
		if isUntypedNil(xt) || isUntypedNil(yt) {
			// x == nil
			other := x
			if isUntypedNil(xt) {
				other = y
			}
			if e.Op == token.EQL {
				return func(fr *Frame) Value { return mkBool(isNilValue(other(fr))) }
			}
			return func(fr *Frame) Value { return mkBool(!isNilValue(other(fr))) }
		}
		k := basicKind(t)
		if isIntKind(k) || k == types.Bool || k == types.UntypedBool {
			if e.Op == token.EQL {
				return func(fr *Frame) Value { return mkBool(x(fr).N == y(fr).N) }
			}
			return func(fr *Frame) Value { return mkBool(x(fr).N != y(fr).N) }
		}
		eq := c.eq(t)
		if e.Op == token.EQL {
			return func(fr *Frame) Value { return mkBool(eq(x(fr), y(fr))) }
		}
		return func(fr *Frame) Value { return mkBool(!eq(x(fr), y(fr))) }
	case token.SHL, token.SHR:
		return fc.shift(e.Op, fc.typeOf(e), fc.expr(e.X), fc.expr(e.Y), fc.typeOf(e.Y))
	}
	t := fc.typeOf(e.X)
	if isUntyped(t) {
		t = fc.typeOf(e.Y)
	}
	x, y := fc.expr(e.X), fc.expr(e.Y)
	op := c.arith(e.Op, t, e.Pos())
	if op == nil {
		return func(*Frame) Value { return Value{} }
	}
	if fast := fastIntOp(e.Op, t, x, y); fast != nil {
		return fast
	}
	return func(fr *Frame) Value { return op(fr, x(fr), y(fr)) }
}

func isUntypedNil(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// fastIntOp specialises the commonest int operations.
func fastIntOp(op token.Token, t types.Type, x, y ev) ev {
	k := basicKind(t)
	if k != types.Int && k != types.Int64 {
		return nil
	}
	switch op {
	case token.ADD:
		return func(fr *Frame) Value { return Value{N: x(fr).N + y(fr).N} }
	case token.SUB:
		return func(fr *Frame) Value { return Value{N: x(fr).N - y(fr).N} }
	case token.MUL:
		return func(fr *Frame) Value { return Value{N: uint64(int64(x(fr).N) * int64(y(fr).N))} }
	case token.LSS:
		return func(fr *Frame) Value { return mkBool(int64(x(fr).N) < int64(y(fr).N)) }
	case token.LEQ:
		return func(fr *Frame) Value { return mkBool(int64(x(fr).N) <= int64(y(fr).N)) }
	case token.GTR:
		return func(fr *Frame) Value { return mkBool(int64(x(fr).N) > int64(y(fr).N)) }
	case token.GEQ:
		return func(fr *Frame) Value { return mkBool(int64(x(fr).N) >= int64(y(fr).N)) }
	}
	return nil
}

// arith returns the binary operation op on operands of type t.
func (c *compiler) arith(op token.Token, t types.Type, pos token.Pos) func(fr *Frame, a, b Value) Value {
	k := basicKind(t)
	switch {
	case k == types.String || k == types.UntypedString:
		switch op {
		case token.ADD:
			return func(fr *Frame, a, b Value) Value {
				x, y := a.S(), b.S()
				if fr != nil && len(y) > 0 && len(x) > 0 {
					fr.m.alloc(int64(len(x)) + int64(len(y)))
				}
				return mkStr(x + y)
			}
		case token.LSS:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.S() < b.S()) }
		case token.LEQ:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.S() <= b.S()) }
		case token.GTR:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.S() > b.S()) }
		case token.GEQ:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.S() >= b.S()) }
		}
	case isFloatKind(k):
		r := func(f float64) Value { return toFloatKind(f, k) }
		switch op {
		case token.ADD:
			return func(_ *Frame, a, b Value) Value { return r(a.F() + b.F()) }
		case token.SUB:
			return func(_ *Frame, a, b Value) Value { return r(a.F() - b.F()) }
		case token.MUL:
			return func(_ *Frame, a, b Value) Value { return r(a.F() * b.F()) }
		case token.QUO:
			return func(_ *Frame, a, b Value) Value { return r(a.F() / b.F()) }
		case token.LSS:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.F() < b.F()) }
		case token.LEQ:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.F() <= b.F()) }
		case token.GTR:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.F() > b.F()) }
		case token.GEQ:
			return func(_ *Frame, a, b Value) Value { return mkBool(a.F() >= b.F()) }
		}
	case isIntKind(k):
		w := wrapInt(k)
		if w == nil {
			w = func(x uint64) uint64 { return x }
		}
		uns := isUnsigned(k)
		switch op {
		case token.ADD:
			return func(_ *Frame, a, b Value) Value { return Value{N: w(a.N + b.N)} }
		case token.SUB:
			return func(_ *Frame, a, b Value) Value { return Value{N: w(a.N - b.N)} }
		case token.MUL:
			return func(_ *Frame, a, b Value) Value { return Value{N: w(a.N * b.N)} }
		case token.AND:
			return func(_ *Frame, a, b Value) Value { return Value{N: a.N & b.N} }
		case token.OR:
			return func(_ *Frame, a, b Value) Value { return Value{N: a.N | b.N} }
		case token.XOR:
			return func(_ *Frame, a, b Value) Value { return Value{N: w(a.N ^ b.N)} }
		case token.AND_NOT:
			return func(_ *Frame, a, b Value) Value { return Value{N: a.N &^ b.N} }
		case token.QUO, token.REM:
			quo := op == token.QUO
			return func(fr *Frame, a, b Value) Value {
				if b.N == 0 {
					panic(fr.m.runtimeErr("integer divide by zero"))
				}
				if uns {
					if quo {
						return Value{N: w(a.N / b.N)}
					}
					return Value{N: w(a.N % b.N)}
				}
				x, y := int64(a.N), int64(b.N)
				if quo {
					return Value{N: w(uint64(x / y))}
				}
				return Value{N: w(uint64(x % y))}
			}
		case token.LSS, token.LEQ, token.GTR, token.GEQ:
			if uns {
				switch op {
				case token.LSS:
					return func(_ *Frame, a, b Value) Value { return mkBool(a.N < b.N) }
				case token.LEQ:
					return func(_ *Frame, a, b Value) Value { return mkBool(a.N <= b.N) }
				case token.GTR:
					return func(_ *Frame, a, b Value) Value { return mkBool(a.N > b.N) }
				default:
					return func(_ *Frame, a, b Value) Value { return mkBool(a.N >= b.N) }
				}
			}
			switch op {
			case token.LSS:
				return func(_ *Frame, a, b Value) Value { return mkBool(int64(a.N) < int64(b.N)) }
			case token.LEQ:
				return func(_ *Frame, a, b Value) Value { return mkBool(int64(a.N) <= int64(b.N)) }
			case token.GTR:
				return func(_ *Frame, a, b Value) Value { return mkBool(int64(a.N) > int64(b.N)) }
			default:
				return func(_ *Frame, a, b Value) Value { return mkBool(int64(a.N) >= int64(b.N)) }
			}
		}
	}
	c.unsupported(pos, "operator %s on %s is not supported", op, t)
	return nil
}

func (fc *fnCtx) shift(op token.Token, t types.Type, x, y ev, yt types.Type) ev {
	k := basicKind(t)
	w := wrapInt(k)
	if w == nil {
		w = func(x uint64) uint64 { return x }
	}
	uns := isUnsigned(k)
	ySigned := !isUnsigned(basicKind(yt))
	return func(fr *Frame) Value {
		a, s := x(fr), y(fr)
		if ySigned && int64(s.N) < 0 {
			panic(fr.m.runtimeErr("negative shift amount"))
		}
		n := s.N
		if op == token.SHL {
			if n >= 64 {
				return Value{}
			}
			return Value{N: w(a.N << n)}
		}
		if uns {
			if n >= 64 {
				return Value{}
			}
			return Value{N: a.N >> n}
		}
		if n >= 64 {
			n = 63
		}
		return Value{N: uint64(int64(a.N) >> n)}
	}
}

func (fc *fnCtx) unary(e *ast.UnaryExpr) ev {
	switch e.Op {
	case token.AND:
		return fc.addr(e.X)
	case token.ARROW:
		ch := fc.expr(e.X)
		pos := e.Pos()
		return func(fr *Frame) Value {
			fr.pos = pos
			c, _ := ch(fr).R.(*Chan)
			v, _ := fr.m.recv(fr, c, pos)
			return v
		}
	case token.NOT:
		x := fc.expr(e.X)
		return func(fr *Frame) Value { return mkBool(x(fr).N == 0) }
	case token.SUB:
		x := fc.expr(e.X)
		t := fc.typeOf(e)
		k := basicKind(t)
		if isFloatKind(k) {
			return func(fr *Frame) Value { return toFloatKind(-x(fr).F(), k) }
		}
		w := wrapInt(k)
		if w == nil {
			w = func(x uint64) uint64 { return x }
		}
		return func(fr *Frame) Value { return Value{N: w(-x(fr).N)} }
	case token.ADD:
		return fc.expr(e.X)
	case token.XOR:
		x := fc.expr(e.X)
		w := wrapInt(basicKind(fc.typeOf(e)))
		if w == nil {
			w = func(x uint64) uint64 { return x }
		}
		return func(fr *Frame) Value { return Value{N: w(^x(fr).N)} }
	}
	fc.c.unsupported(e.Pos(), "operator %s is not supported", e.Op)
	return func(*Frame) Value { return Value{} }
}

// addr compiles &x.
func (fc *fnCtx) addr(x ast.Expr) ev {
	x = unparen(x)
	if cl, ok := x.(*ast.CompositeLit); ok {
		t := fc.typeOf(cl)
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		lit := fc.compositeLit(cl, t)
		if isAgg(t) {
			return lit
		}
		return func(fr *Frame) Value { v := lit(fr); return Value{R: &v} }
	}
	t := fc.typeOf(x)
	if isAgg(t) {
		// The storage of an aggregate is its own address.
		return fc.expr(x)
	}
	// A pointer into the frame's locals outlives the call.
	fc.code.KeepFrame = true
	ref := fc.ref(x)
	return func(fr *Frame) Value { return Value{R: ref(fr)} }
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// ref compiles an addressable expression to a pointer to its storage.
// Map elements are not addressable and are handled by the callers.
func (fc *fnCtx) ref(x ast.Expr) func(fr *Frame) *Value {
	x = unparen(x)
	switch x := x.(type) {
	case *ast.Ident:
		if v, ok := fc.c.use(x).(*types.Var); ok {
			return fc.refVar(v)
		}
		if v, ok := fc.c.def(x).(*types.Var); ok {
			return fc.refVar(v)
		}
	case *ast.IndexExpr:
		t := fc.typeOf(x.X)
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		xs := fc.expr(x.X)
		idx := fc.expr(x.Index)
		pos := x.Lbrack
		switch t.Underlying().(type) {
		case *types.Slice:
			return func(fr *Frame) *Value {
				s := xs(fr).Sl()
				i := idx(fr).I()
				if uint64(i) >= uint64(len(s)) {
					fr.pos = pos
					panic(fr.m.indexErr(i, len(s)))
				}
				return &s[i]
			}
		case *types.Array:
			return func(fr *Frame) *Value {
				a := xs(fr).A()
				if a == nil {
					panic(fr.m.nilDeref())
				}
				i := idx(fr).I()
				if uint64(i) >= uint64(len(a.F)) {
					fr.pos = pos
					panic(fr.m.indexErr(i, len(a.F)))
				}
				return &a.F[i]
			}
		}
	case *ast.SelectorExpr:
		sel := fc.c.selection(x)
		if sel != nil && sel.Kind() == types.FieldVal {
			base := fc.expr(x.X)
			walk := fc.fieldWalk(fc.T(sel.Recv()), sel.Index())
			return func(fr *Frame) *Value {
				a := walk(fr, base(fr))
				return a
			}
		}
	case *ast.StarExpr:
		p := fc.expr(x.X)
		return func(fr *Frame) *Value {
			v := p(fr)
			switch r := v.R.(type) {
			case *Value:
				return r
			case *Agg:
				return &Value{R: r}
			}
			panic(fr.m.nilDeref())
		}
	}
	fc.c.unsupported(x.Pos(), "cannot take the address of this expression")
	return func(*Frame) *Value { return &Value{} }
}

// fieldWalk follows a field selection path from a value of type t and
// returns a pointer to the selected field.
func (fc *fnCtx) fieldWalk(t types.Type, path []int) func(fr *Frame, v Value) *Value {
	steps := make([]int, len(path))
	copy(steps, path)
	return func(fr *Frame, v Value) *Value {
		var p *Value
		for _, i := range steps {
			a, _ := v.R.(*Agg)
			if a == nil {
				panic(fr.m.nilDeref())
			}
			p = &a.F[i]
			v = *p
		}
		return p
	}
}

func (fc *fnCtx) deref(e *ast.StarExpr) ev {
	p := fc.expr(e.X)
	return func(fr *Frame) Value {
		v := p(fr)
		switch r := v.R.(type) {
		case *Value:
			return *r
		case *Agg:
			return v
		}
		panic(fr.m.nilDeref())
	}
}

func (fc *fnCtx) selector(e *ast.SelectorExpr) ev {
	c := fc.c
	sel := c.selection(e)
	if sel == nil {
		// A qualified identifier: pkg.Name.
		return fc.ident(e.Sel)
	}
	switch sel.Kind() {
	case types.FieldVal:
		base := fc.expr(e.X)
		walk := fc.fieldWalk(fc.T(sel.Recv()), sel.Index())
		if len(sel.Index()) == 1 {
			i := sel.Index()[0]
			return func(fr *Frame) Value {
				a, _ := base(fr).R.(*Agg)
				if a == nil {
					panic(fr.m.nilDeref())
				}
				return a.F[i]
			}
		}
		return func(fr *Frame) Value { return *walk(fr, base(fr)) }
	case types.MethodVal:
		fc.code.KeepFrame = true // nativeAdapter holds fr
		recv, code, dyn := fc.methodCall(e, sel)
		if dyn != nil {
			return func(fr *Frame) Value {
				r, cd, nat := dyn(fr)
				return Value{R: &Closure{Code: cd, Bound: true, Recv: r, Native: nativeAdapter(fr, nat)}}
			}
		}
		return func(fr *Frame) Value {
			return Value{R: &Closure{Code: code.code, Bound: true, Recv: recv(fr), Native: nativeAdapter(fr, code.nat)}}
		}
	case types.MethodExpr:
		fc.code.KeepFrame = true // the function value holds fr
		fn := sel.Obj().(*types.Func)
		if isIface(fc.T(sel.Recv())) {
			name := fn.Name()
			pkg := fn.Pkg()
			return func(fr *Frame) Value {
				return Value{R: &Closure{Native: func(m *Machine, a []Value) []Value {
					return m.callMethod(fr, a[0], name, pkg, a[1:])
				}}}
			}
		}
		code, nat := c.funcFor(fn, nil, e.Pos())
		return func(fr *Frame) Value {
			return Value{R: &Closure{Code: code, Native: nativeAdapter(fr, nat)}}
		}
	}
	c.unsupported(e.Pos(), "selector is not supported")
	return nil
}

func nativeAdapter(fr *Frame, nat nativeFn) func(m *Machine, a []Value) []Value {
	if nat == nil {
		return nil
	}
	return func(m *Machine, a []Value) []Value { return nat(fr, a) }
}

func (fc *fnCtx) index(e *ast.IndexExpr) ev {
	c := fc.c
	if id, ok := unparen(e.X).(*ast.Ident); ok {
		if _, ok := c.use(id).(*types.Func); ok {
			return fc.funcInstance(e, e.X)
		}
	}
	if se, ok := unparen(e.X).(*ast.SelectorExpr); ok {
		if _, ok := c.use(se.Sel).(*types.Func); ok && c.selection(se) == nil {
			return fc.funcInstance(e, e.X)
		}
	}
	t := fc.typeOf(e.X)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	xs := fc.expr(e.X)
	pos := e.Lbrack
	switch u := t.Underlying().(type) {
	case *types.Map:
		key := fc.value(e.Index, u.Key())
		z := c.zero(u.Elem())
		return func(fr *Frame) Value {
			m, _ := xs(fr).R.(*Map)
			v, ok := m.Get(key(fr))
			if !ok {
				return z()
			}
			return v
		}
	case *types.Basic: // string
		idx := fc.expr(e.Index)
		return func(fr *Frame) Value {
			s := xs(fr).S()
			i := idx(fr).I()
			if uint64(i) >= uint64(len(s)) {
				fr.pos = pos
				panic(fr.m.indexErr(i, len(s)))
			}
			return Value{N: uint64(s[i])}
		}
	case *types.Slice:
		idx := fc.expr(e.Index)
		return func(fr *Frame) Value {
			s := xs(fr).Sl()
			i := idx(fr).I()
			if uint64(i) >= uint64(len(s)) {
				fr.pos = pos
				panic(fr.m.indexErr(i, len(s)))
			}
			return s[i]
		}
	case *types.Array:
		idx := fc.expr(e.Index)
		return func(fr *Frame) Value {
			a := xs(fr).A()
			if a == nil {
				panic(fr.m.nilDeref())
			}
			i := idx(fr).I()
			if uint64(i) >= uint64(len(a.F)) {
				fr.pos = pos
				panic(fr.m.indexErr(i, len(a.F)))
			}
			return a.F[i]
		}
	}
	c.unsupported(e.Pos(), "index expression on %s is not supported", t)
	return nil
}

func (fc *fnCtx) sliceExpr(e *ast.SliceExpr) ev {
	c := fc.c
	t := fc.typeOf(e.X)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	xs := fc.expr(e.X)
	opt := func(x ast.Expr) ev {
		if x == nil {
			return nil
		}
		return fc.expr(x)
	}
	lo, hi, max := opt(e.Low), opt(e.High), opt(e.Max)
	pos := e.Lbrack
	bounds := func(fr *Frame, n, cp int) (int, int, int) {
		l, h, m := 0, n, cp
		if max != nil {
			m = int(max(fr).I())
			if m < 0 || m > cp {
				fr.pos = pos
				panic(fr.m.runtimeErr(fmt.Sprintf("slice bounds out of range [::%d] with capacity %d", m, cp)))
			}
		}
		if hi != nil {
			h = int(hi(fr).I())
			lim := cp
			if max != nil {
				lim = m
			}
			if h < 0 || h > lim {
				fr.pos = pos
				if max != nil {
					panic(fr.m.runtimeErr(fmt.Sprintf("slice bounds out of range [:%d:%d]", h, m)))
				}
				what := "capacity"
				if _, ok := t.Underlying().(*types.Basic); ok {
					what = "length"
				}
				panic(fr.m.runtimeErr(fmt.Sprintf("slice bounds out of range [:%d] with %s %d", h, what, lim)))
			}
		}
		if lo != nil {
			l = int(lo(fr).I())
			if l < 0 || l > h {
				fr.pos = pos
				panic(fr.m.runtimeErr(fmt.Sprintf("slice bounds out of range [%d:%d]", l, h)))
			}
		}
		return l, h, m
	}
	switch t.Underlying().(type) {
	case *types.Basic:
		return func(fr *Frame) Value {
			s := xs(fr).S()
			l, h, _ := bounds(fr, len(s), len(s))
			return mkStr(s[l:h])
		}
	case *types.Slice:
		return func(fr *Frame) Value {
			s := xs(fr).Sl()
			l, h, m := bounds(fr, len(s), cap(s))
			return Value{R: s[l:h:m]}
		}
	case *types.Array:
		return func(fr *Frame) Value {
			a := xs(fr).A()
			if a == nil {
				panic(fr.m.nilDeref())
			}
			l, h, m := bounds(fr, len(a.F), len(a.F))
			return Value{R: a.F[l:h:m]}
		}
	}
	c.unsupported(e.Pos(), "slice expression is not supported")
	return nil
}

func (fc *fnCtx) compositeLit(e *ast.CompositeLit, t types.Type) ev {
	c := fc.c
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		z := c.zero(t)
		type fv struct {
			i int
			f ev
		}
		var fields []fv
		for i, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				name := kv.Key.(*ast.Ident).Name
				for j := 0; j < u.NumFields(); j++ {
					if u.Field(j).Name() == name {
						fields = append(fields, fv{j, fc.elem(kv.Value, u.Field(j).Type())})
					}
				}
			} else {
				fields = append(fields, fv{i, fc.elem(el, u.Field(i).Type())})
			}
		}
		return func(fr *Frame) Value {
			v := z()
			a := v.R.(*Agg)
			for _, f := range fields {
				a.F[f.i] = f.f(fr)
			}
			return v
		}
	case *types.Array, *types.Slice:
		var et types.Type
		n := -1
		if a, ok := u.(*types.Array); ok {
			et, n = a.Elem(), int(a.Len())
		} else {
			et = u.(*types.Slice).Elem()
		}
		type iv struct {
			i int
			f ev
		}
		var elems []iv
		next, maxN := 0, 0
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				tv := c.tv(kv.Key)
				idx, _ := constIntVal(tv)
				next = idx
				el = kv.Value
			}
			elems = append(elems, iv{next, fc.elem(el, et)})
			next++
			if next > maxN {
				maxN = next
			}
		}
		ez := c.zero(et)
		aggElem := isAgg(et)
		if n < 0 {
			n = maxN
			return func(fr *Frame) Value {
				s := make([]Value, n)
				if aggElem {
					for i := range s {
						s[i] = ez()
					}
				}
				for _, x := range elems {
					s[x.i] = x.f(fr)
				}
				return Value{R: s}
			}
		}
		z := c.zero(t)
		return func(fr *Frame) Value {
			v := z()
			a := v.R.(*Agg)
			for _, x := range elems {
				a.F[x.i] = x.f(fr)
			}
			return v
		}
	case *types.Map:
		key := c.key(u.Key())
		type kv struct{ k, v ev }
		var kvs []kv
		for _, el := range e.Elts {
			p := el.(*ast.KeyValueExpr)
			kvs = append(kvs, kv{fc.elem(p.Key, u.Key()), fc.elem(p.Value, u.Elem())})
		}
		return func(fr *Frame) Value {
			m := newMap(key)
			for _, x := range kvs {
				fr.m.alloc(mapEntryBytes)
				m.Set(x.k(fr), x.v(fr))
			}
			return Value{R: m}
		}
	}
	c.unsupported(e.Pos(), "composite literal of type %s is not supported", t)
	return nil
}

// elem compiles an element of a composite literal, whose type may be elided.
func (fc *fnCtx) elem(e ast.Expr, t types.Type) ev {
	if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
		return fc.compositeLit(cl, t)
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if cl, ok := u.X.(*ast.CompositeLit); ok && cl.Type == nil {
			return fc.compositeLit(cl, t)
		}
	}
	return fc.value(e, t)
}

func constIntVal(tv types.TypeAndValue) (int, bool) {
	if tv.Value == nil {
		return 0, false
	}
	var i int64
	fmt.Sscan(tv.Value.ExactString(), &i)
	return int(i), true
}

func (fc *fnCtx) typeAssert(e *ast.TypeAssertExpr, commaOK bool) func(fr *Frame) (Value, bool) {
	c := fc.c
	x := fc.expr(e.X)
	to := fc.typeOf(e.Type)
	from := fc.typeOf(e.X)
	pos := e.Pos()
	if isIface(to) {
		return func(fr *Frame) (Value, bool) {
			v := x(fr)
			ifc, _ := v.R.(*Iface)
			if ifc != nil && c.implements(ifc.T, to) {
				return v, true
			}
			if commaOK {
				return Value{}, false
			}
			fr.pos = pos
			if ifc == nil {
				panic(fr.m.runtimeErrPlain(fmt.Sprintf("interface conversion: interface is nil, not %s", c.typeName(to))))
			}
			panic(fr.m.runtimeErrPlain(fmt.Sprintf("interface conversion: %s is not %s: missing method %s", c.typeName(ifc.T), c.typeName(to), c.missingMethod(ifc.T, to))))
		}
	}
	z := c.zero(to)
	return func(fr *Frame) (Value, bool) {
		v := x(fr)
		ifc, _ := v.R.(*Iface)
		if ifc != nil && (ifc.T == to || types.Identical(ifc.T, to)) {
			return ifc.V, true
		}
		if commaOK {
			return z(), false
		}
		fr.pos = pos
		if ifc == nil {
			panic(fr.m.runtimeErrPlain(fmt.Sprintf("interface conversion: %s is nil, not %s", c.typeName(from), c.typeName(to))))
		}
		panic(fr.m.runtimeErrPlain(fmt.Sprintf("interface conversion: %s is %s, not %s", c.typeName(from), c.typeName(ifc.T), c.typeName(to))))
	}
}

func (c *compiler) implements(t, iface types.Type) bool {
	k := [2]types.Type{t, iface}
	if r, ok := c.implC[k]; ok {
		return r
	}
	it, _ := iface.Underlying().(*types.Interface)
	r := it != nil && types.Implements(t, it)
	c.implC[k] = r
	return r
}

func (c *compiler) missingMethod(t, iface types.Type) string {
	it, _ := iface.Underlying().(*types.Interface)
	if it == nil {
		return "?"
	}
	m, _ := types.MissingMethod(t, it, true)
	if m == nil {
		return "?"
	}
	return m.Name()
}

// conversion compiles T(x).
func (fc *fnCtx) conversion(to types.Type, arg ast.Expr) ev {
	c := fc.c
	from := fc.typeOf(arg)
	if isIface(to) {
		return fc.value(arg, to)
	}
	x := fc.expr(arg)
	fk, tk := basicKind(from), basicKind(to)
	switch {
	case tk == types.String && (isIntKind(fk)):
		return func(fr *Frame) Value {
			r := rune(x(fr).I())
			if isUnsigned(fk) && x(fr).N > math.MaxInt32 || !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			return mkStr(string(r))
		}
	case tk == types.String && isByteOrRuneSlice(from) != 0:
		if isByteOrRuneSlice(from) == 1 {
			return func(fr *Frame) Value {
				s := x(fr).Sl()
				fr.m.alloc(int64(len(s)))
				b := make([]byte, len(s))
				for i, v := range s {
					b[i] = byte(v.N)
				}
				return mkStr(string(b))
			}
		}
		return func(fr *Frame) Value {
			s := x(fr).Sl()
			fr.m.alloc(8 * int64(len(s)))
			r := make([]rune, len(s))
			for i, v := range s {
				r[i] = rune(v.N)
			}
			return mkStr(string(r))
		}
	case (fk == types.String || fk == types.UntypedString) && isByteOrRuneSlice(to) != 0:
		if isByteOrRuneSlice(to) == 1 {
			return func(fr *Frame) Value {
				s := x(fr).S()
				fr.m.allocValues(int64(len(s)))
				out := make([]Value, len(s))
				for i := 0; i < len(s); i++ {
					out[i] = Value{N: uint64(s[i])}
				}
				return Value{R: out}
			}
		}
		return func(fr *Frame) Value {
			s := x(fr).S()
			fr.m.allocValues(int64(len(s)))
			out := make([]Value, 0, len(s))
			for _, r := range s {
				out = append(out, Value{N: uint64(r)})
			}
			return Value{R: out}
		}
	case isIntKind(tk) && isFloatKind(fk):
		w := wrapInt(tk)
		return func(fr *Frame) Value {
			n := floatToInt(x(fr).F(), tk)
			if w != nil {
				n = w(n)
			}
			return Value{N: n}
		}
	case isFloatKind(tk) && (isIntKind(fk) || isFloatKind(fk)):
		return func(fr *Frame) Value { return toFloatKind(floatOf(x(fr), fk), tk) }
	case isIntKind(tk) && isIntKind(fk):
		w := wrapInt(tk)
		if w == nil {
			return x
		}
		return func(fr *Frame) Value { return Value{N: w(x(fr).N)} }
	}
	if cl := c.cloner(from); cl != nil && !fresh(arg) {
		return func(fr *Frame) Value { return cl(x(fr)) }
	}
	return x
}

// isByteOrRuneSlice: 1 for []byte, 2 for []rune, 0 otherwise.
func isByteOrRuneSlice(t types.Type) int {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return 0
	}
	switch basicKind(s.Elem()) {
	case types.Uint8:
		return 1
	case types.Int32:
		return 2
	}
	return 0
}

func (fc *fnCtx) funcLit(e *ast.FuncLit) ev {
	c := fc.c
	// The declared signature, not the substituted one: its parameter
	// objects are those the body refers to.
	sig := c.exprType(e).(*types.Signature)
	// Numbered as Go numbers them: in order within the function that
	// contains them, main.main.func2 and, inside it, main.main.func2.1.
	c.litN[fc.code.Name]++
	name := fmt.Sprintf("%s.func%d", fc.code.Name, c.litN[fc.code.Name])
	if fc.parent != nil {
		name = fmt.Sprintf("%s.%d", fc.code.Name, c.litN[fc.code.Name])
	}
	code := &FuncCode{Name: name, Pos: e.Pos(), Std: fc.std}
	if !fc.std {
		code.Label = c.litLabel(e, name)
	}
	sub := c.newFn(fc, code, nil)
	sub.compileBody(nil, sig, e.Type, e.Body)
	getters := make([]func(fr *Frame) *Cell, len(sub.capt))
	for i, v := range sub.capt {
		getters[i] = fc.cellOf(v)
	}
	if len(getters) == 0 {
		cl := &Closure{Code: code}
		return func(*Frame) Value { return Value{R: cl} }
	}
	if len(getters) <= 2 {
		// The Closure and its cells in one allocation.
		return func(fr *Frame) Value {
			c := &struct {
				Closure
				cells [2]*Cell
			}{}
			for i, g := range getters {
				c.cells[i] = g(fr)
			}
			c.Code, c.Cells = code, c.cells[:len(getters):len(getters)]
			return Value{R: &c.Closure}
		}
	}
	return func(fr *Frame) Value {
		cells := make([]*Cell, len(getters))
		for i, g := range getters {
			cells[i] = g(fr)
		}
		return Value{R: &Closure{Code: code, Cells: cells}}
	}
}
