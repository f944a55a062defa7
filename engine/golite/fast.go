package golite

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"
)

// Integer and boolean expressions compile here to closures that return the
// value's N word directly (nev) or a Go bool (cond), specialised on the
// shape of their operands: a local variable's slot or a constant is read
// in place instead of through a closure of its own, and no Value is built
// between one operation and the next. A CPU-bound loop such as
// `if n%2 == 0 { n /= 2 }` then costs a few closure calls per statement
// instead of a dozen. Everything else goes through expr.

// nev computes the N word of an integer or boolean value (R is always nil).
type nev = func(fr *Frame) uint64

// cev computes a condition.
type cev = func(fr *Frame) bool

type opShape int

const (
	shapeOther opShape = iota
	shapeConst
	shapeLocal // a local variable that does not live in a Cell
)

// operand is a compiled operand: its shape and how to read it.
type operand struct {
	shape opShape
	slot  int
	c     uint64
	f     nev // shapeOther
}

// isNumKind reports whether values of kind k keep all of themselves in N:
// booleans and integers (floats too, but their operations differ).
func isNumKind(k types.BasicKind) bool {
	return isIntKind(k) || k == types.Bool || k == types.UntypedBool
}

// localSlot returns the slot of e if it names a local variable of the
// function being compiled that does not live in a Cell.
func (fc *fnCtx) localSlot(e ast.Expr) (int, bool) {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return 0, false
	}
	v, ok := fc.c.use(id).(*types.Var)
	if !ok {
		return 0, false
	}
	if l, ok := fc.vars[v]; ok && l.kind == vLocal {
		return l.idx, true
	}
	return 0, false
}

func (fc *fnCtx) operand(e ast.Expr) operand {
	if tv := fc.c.tv(e); tv.Value != nil {
		return operand{shape: shapeConst, c: fc.c.constValue(fc.T(tv.Type), tv.Value).N}
	}
	if i, ok := fc.localSlot(e); ok {
		return operand{shape: shapeLocal, slot: i}
	}
	return operand{f: fc.num(e)}
}

// nevOf makes any operand a closure.
func (o operand) nevOf() nev {
	switch o.shape {
	case shapeConst:
		c := o.c
		return func(*Frame) uint64 { return c }
	case shapeLocal:
		i := o.slot
		return func(fr *Frame) uint64 { return fr.L[i].N }
	}
	return o.f
}

// num compiles an expression of a kind isNumKind accepts.
func (fc *fnCtx) num(e ast.Expr) nev {
	e = unparen(e)
	if tv := fc.c.tv(e); tv.Value != nil {
		c := fc.c.constValue(fc.T(tv.Type), tv.Value).N
		return func(*Frame) uint64 { return c }
	}
	if i, ok := fc.localSlot(e); ok {
		return func(fr *Frame) uint64 { return fr.L[i].N }
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if f := fc.intBinary(e); f != nil {
			return f
		}
		if c := fc.cmpCond(e); c != nil {
			return func(fr *Frame) uint64 {
				if c(fr) {
					return 1
				}
				return 0
			}
		}
	}
	f := fc.expr(e)
	return func(fr *Frame) uint64 { return f(fr).N }
}

// intBinary compiles x op y on integers, or returns nil for any other
// operation (shifts included).
func (fc *fnCtx) intBinary(e *ast.BinaryExpr) nev {
	t := fc.typeOf(e.X)
	if isUntyped(t) {
		t = fc.typeOf(e.Y)
	}
	k := basicKind(t)
	if !isIntKind(k) || isIface(fc.typeOf(e.X)) || isIface(fc.typeOf(e.Y)) {
		return nil
	}
	switch e.Op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
	default:
		return nil
	}
	x, y := fc.operand(e.X), fc.operand(e.Y)
	f := intOp(e.Op, isUnsigned(k), x, y)
	if w := wrapInt(k); w != nil {
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.XOR:
			return func(fr *Frame) uint64 { return w(f(fr)) }
		}
	}
	return f
}

// intOp is x op y on 64-bit words; the caller wraps narrower results.
func intOp(op token.Token, uns bool, x, y operand) nev {
	// The commonest shapes get closures of their own.
	if x.shape == shapeLocal && y.shape == shapeConst {
		i, c := x.slot, y.c
		switch op {
		case token.ADD:
			return func(fr *Frame) uint64 { return fr.L[i].N + c }
		case token.SUB:
			return func(fr *Frame) uint64 { return fr.L[i].N - c }
		case token.MUL:
			return func(fr *Frame) uint64 { return fr.L[i].N * c }
		case token.AND:
			return func(fr *Frame) uint64 { return fr.L[i].N & c }
		case token.QUO, token.REM:
			if c == 0 {
				break
			}
			quo := op == token.QUO
			if !uns && c&(c-1) == 0 && int64(c) > 1 {
				// A power of two, as the Go compiler divides by one:
				// shifts, with truncation towards zero.
				k, m := uint(bits.TrailingZeros64(c)), int64(c-1)
				if quo {
					return func(fr *Frame) uint64 { return quoPow2(int64(fr.L[i].N), k, m) }
				}
				return func(fr *Frame) uint64 { x := int64(fr.L[i].N); return uint64(x - (x+(x>>63)&m)&^m) }
			}
			switch {
			case uns && quo:
				return func(fr *Frame) uint64 { return fr.L[i].N / c }
			case uns:
				return func(fr *Frame) uint64 { return fr.L[i].N % c }
			case quo:
				return func(fr *Frame) uint64 { return uint64(int64(fr.L[i].N) / int64(c)) }
			default:
				return func(fr *Frame) uint64 { return uint64(int64(fr.L[i].N) % int64(c)) }
			}
		}
	}
	if x.shape == shapeLocal && y.shape == shapeLocal {
		i, j := x.slot, y.slot
		switch op {
		case token.ADD:
			return func(fr *Frame) uint64 { return fr.L[i].N + fr.L[j].N }
		case token.SUB:
			return func(fr *Frame) uint64 { return fr.L[i].N - fr.L[j].N }
		case token.MUL:
			return func(fr *Frame) uint64 { return fr.L[i].N * fr.L[j].N }
		}
	}
	if x.shape == shapeConst && y.shape == shapeLocal {
		c, j := x.c, y.slot
		switch op {
		case token.ADD:
			return func(fr *Frame) uint64 { return c + fr.L[j].N }
		case token.SUB:
			return func(fr *Frame) uint64 { return c - fr.L[j].N }
		case token.MUL:
			return func(fr *Frame) uint64 { return c * fr.L[j].N }
		}
	}
	if y.shape == shapeConst {
		f, c := x.nevOf(), y.c
		switch op {
		case token.ADD:
			return func(fr *Frame) uint64 { return f(fr) + c }
		case token.SUB:
			return func(fr *Frame) uint64 { return f(fr) - c }
		case token.MUL:
			return func(fr *Frame) uint64 { return f(fr) * c }
		}
	}
	f, g := x.nevOf(), y.nevOf()
	switch op {
	case token.ADD:
		return func(fr *Frame) uint64 { return f(fr) + g(fr) }
	case token.SUB:
		return func(fr *Frame) uint64 { return f(fr) - g(fr) }
	case token.MUL:
		return func(fr *Frame) uint64 { return f(fr) * g(fr) }
	case token.AND:
		return func(fr *Frame) uint64 { return f(fr) & g(fr) }
	case token.OR:
		return func(fr *Frame) uint64 { return f(fr) | g(fr) }
	case token.XOR:
		return func(fr *Frame) uint64 { return f(fr) ^ g(fr) }
	case token.AND_NOT:
		return func(fr *Frame) uint64 { return f(fr) &^ g(fr) }
	case token.QUO, token.REM:
		quo := op == token.QUO
		return func(fr *Frame) uint64 {
			a, b := f(fr), g(fr)
			if b == 0 {
				panic(fr.m.runtimeErr("integer divide by zero"))
			}
			switch {
			case uns && quo:
				return a / b
			case uns:
				return a % b
			case quo:
				return uint64(int64(a) / int64(b))
			}
			return uint64(int64(a) % int64(b))
		}
	}
	return nil
}

// quoPow2 is x / 2^n for m = 2^n-1 as the Go compiler computes it: a
// shift, with negative x biased by m first to truncate towards zero.
func quoPow2(x int64, n uint, m int64) uint64 { return uint64((x + (x>>63)&m) >> n) }

// cond compiles a boolean expression.
func (fc *fnCtx) cond(e ast.Expr) cev {
	e = unparen(e)
	if tv := fc.c.tv(e); tv.Value != nil {
		b := fc.c.constValue(fc.T(tv.Type), tv.Value).N != 0
		return func(*Frame) bool { return b }
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			f := fc.cond(x.X)
			return func(fr *Frame) bool { return !f(fr) }
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			f, g := fc.cond(x.X), fc.cond(x.Y)
			return func(fr *Frame) bool { return f(fr) && g(fr) }
		case token.LOR:
			f, g := fc.cond(x.X), fc.cond(x.Y)
			return func(fr *Frame) bool { return f(fr) || g(fr) }
		}
		if c := fc.cmpCond(x); c != nil {
			return c
		}
	}
	if i, ok := fc.localSlot(e); ok {
		return func(fr *Frame) bool { return fr.L[i].N != 0 }
	}
	f := fc.expr(e)
	return func(fr *Frame) bool { return f(fr).N != 0 }
}

// cmpCond compiles a comparison of two integers or booleans, or returns
// nil for any other.
func (fc *fnCtx) cmpCond(e *ast.BinaryExpr) cev {
	xt, yt := fc.typeOf(e.X), fc.typeOf(e.Y)
	if isIface(xt) || isIface(yt) {
		return nil
	}
	t := xt
	if isUntyped(t) {
		t = yt
	}
	k := basicKind(t)
	switch e.Op {
	case token.EQL, token.NEQ:
		if !isNumKind(k) {
			return nil
		}
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		if !isIntKind(k) {
			return nil
		}
	default:
		return nil
	}
	if c := fc.remCmp(e, k); c != nil {
		return c
	}
	x, y := fc.operand(e.X), fc.operand(e.Y)
	if isUnsigned(k) {
		return cmpOp(e.Op, x, y, func(a, b uint64) bool { return a < b })
	}
	return cmpOp(e.Op, x, y, nil)
}

// remCmp compiles the parity tests and their kin, x%c == k, x%c != k,
// x&c == k and x&c != k for an integer local x and constants c and k, to
// one closure, or returns nil for any other comparison. The remainder and
// the mask fit the operands' type, so no wrapping is needed.
func (fc *fnCtx) remCmp(e *ast.BinaryExpr, k types.BasicKind) cev {
	if e.Op != token.EQL && e.Op != token.NEQ || !isIntKind(k) {
		return nil
	}
	b, ok := unparen(e.X).(*ast.BinaryExpr)
	if !ok || b.Op != token.REM && b.Op != token.AND {
		return nil
	}
	if bt := fc.typeOf(b); isUntyped(bt) || basicKind(bt) != k {
		return nil
	}
	x, c, want := fc.operand(b.X), fc.operand(b.Y), fc.operand(e.Y)
	if x.shape != shapeLocal || c.shape != shapeConst || want.shape != shapeConst || b.Op == token.REM && c.c == 0 {
		return nil
	}
	i, cv, kv := x.slot, c.c, want.c
	eq := e.Op == token.EQL
	switch {
	case b.Op == token.AND:
		return func(fr *Frame) bool { return (fr.L[i].N&cv == kv) == eq }
	case kv == 0 && cv&(cv-1) == 0 && (isUnsigned(k) || int64(cv) > 0):
		// x % 2^n is zero exactly when the low n bits are, whatever
		// the sign of x.
		mask := cv - 1
		return func(fr *Frame) bool { return (fr.L[i].N&mask == 0) == eq }
	case isUnsigned(k):
		return func(fr *Frame) bool { return (fr.L[i].N%cv == kv) == eq }
	}
	return func(fr *Frame) bool { return (uint64(int64(fr.L[i].N)%int64(cv)) == kv) == eq }
}

// cmpOp compares x and y: as signed integers if less is nil, else with less.
func cmpOp(op token.Token, x, y operand, less func(a, b uint64) bool) cev {
	if less == nil && x.shape == shapeLocal && y.shape == shapeConst {
		i, c := x.slot, y.c
		switch op {
		case token.EQL:
			return func(fr *Frame) bool { return fr.L[i].N == c }
		case token.NEQ:
			return func(fr *Frame) bool { return fr.L[i].N != c }
		case token.LSS:
			return func(fr *Frame) bool { return int64(fr.L[i].N) < int64(c) }
		case token.LEQ:
			return func(fr *Frame) bool { return int64(fr.L[i].N) <= int64(c) }
		case token.GTR:
			return func(fr *Frame) bool { return int64(fr.L[i].N) > int64(c) }
		case token.GEQ:
			return func(fr *Frame) bool { return int64(fr.L[i].N) >= int64(c) }
		}
	}
	if less == nil && x.shape == shapeLocal && y.shape == shapeLocal {
		i, j := x.slot, y.slot
		switch op {
		case token.EQL:
			return func(fr *Frame) bool { return fr.L[i].N == fr.L[j].N }
		case token.NEQ:
			return func(fr *Frame) bool { return fr.L[i].N != fr.L[j].N }
		case token.LSS:
			return func(fr *Frame) bool { return int64(fr.L[i].N) < int64(fr.L[j].N) }
		case token.LEQ:
			return func(fr *Frame) bool { return int64(fr.L[i].N) <= int64(fr.L[j].N) }
		case token.GTR:
			return func(fr *Frame) bool { return int64(fr.L[i].N) > int64(fr.L[j].N) }
		case token.GEQ:
			return func(fr *Frame) bool { return int64(fr.L[i].N) >= int64(fr.L[j].N) }
		}
	}
	if less == nil && y.shape == shapeConst {
		f, c := x.nevOf(), y.c
		switch op {
		case token.EQL:
			return func(fr *Frame) bool { return f(fr) == c }
		case token.NEQ:
			return func(fr *Frame) bool { return f(fr) != c }
		case token.LSS:
			return func(fr *Frame) bool { return int64(f(fr)) < int64(c) }
		case token.LEQ:
			return func(fr *Frame) bool { return int64(f(fr)) <= int64(c) }
		case token.GTR:
			return func(fr *Frame) bool { return int64(f(fr)) > int64(c) }
		case token.GEQ:
			return func(fr *Frame) bool { return int64(f(fr)) >= int64(c) }
		}
	}
	f, g := x.nevOf(), y.nevOf()
	switch op {
	case token.EQL:
		return func(fr *Frame) bool { return f(fr) == g(fr) }
	case token.NEQ:
		return func(fr *Frame) bool { return f(fr) != g(fr) }
	}
	if less == nil {
		less = func(a, b uint64) bool { return int64(a) < int64(b) }
	}
	switch op {
	case token.LSS:
		return func(fr *Frame) bool { return less(f(fr), g(fr)) }
	case token.LEQ:
		return func(fr *Frame) bool { return !less(g(fr), f(fr)) }
	case token.GTR:
		return func(fr *Frame) bool { return less(g(fr), f(fr)) }
	default:
		return func(fr *Frame) bool { return !less(f(fr), g(fr)) }
	}
}

// localOpAssign compiles x op= y (and x++, x-- with rhs nil) for an integer
// local variable x, or returns nil.
func (fc *fnCtx) localOpAssign(lhs ast.Expr, op token.Token, rhs ast.Expr) sx {
	i, ok := fc.localSlot(lhs)
	if !ok {
		return nil
	}
	k := basicKind(fc.typeOf(lhs))
	if !isIntKind(k) {
		return nil
	}
	switch op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
	default:
		return nil
	}
	x, y := operand{shape: shapeLocal, slot: i}, operand{shape: shapeConst, c: 1}
	if rhs != nil {
		y = fc.operand(rhs)
	}
	f := intOp(op, isUnsigned(k), x, y)
	if w := wrapInt(k); w != nil {
		switch op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.XOR:
			return func(fr *Frame) ctl { fr.L[i].N = w(f(fr)); return ctlNone }
		}
	}
	if y.shape == shapeConst {
		// x op= c updates the slot in place, without calling f.
		c := y.c
		switch op {
		case token.ADD:
			return func(fr *Frame) ctl { fr.L[i].N += c; return ctlNone }
		case token.SUB:
			return func(fr *Frame) ctl { fr.L[i].N -= c; return ctlNone }
		case token.MUL:
			return func(fr *Frame) ctl { fr.L[i].N *= c; return ctlNone }
		case token.AND:
			return func(fr *Frame) ctl { fr.L[i].N &= c; return ctlNone }
		case token.OR:
			return func(fr *Frame) ctl { fr.L[i].N |= c; return ctlNone }
		case token.XOR:
			return func(fr *Frame) ctl { fr.L[i].N ^= c; return ctlNone }
		case token.QUO:
			if !isUnsigned(k) && c&(c-1) == 0 && int64(c) > 1 {
				// intOp's shifts for a power of two, in place.
				n, m := uint(bits.TrailingZeros64(c)), int64(c-1)
				return func(fr *Frame) ctl {
					fr.L[i].N = quoPow2(int64(fr.L[i].N), n, m)
					return ctlNone
				}
			}
		}
	}
	return func(fr *Frame) ctl { fr.L[i].N = f(fr); return ctlNone }
}

// assignNum compiles x = e and x := e for one integer or boolean variable
// x that is local to the function, or returns nil.
func (fc *fnCtx) assignNum(s *ast.AssignStmt) sx {
	if len(s.Lhs) != 1 || len(s.Rhs) != 1 {
		return nil
	}
	id, ok := s.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	var v *types.Var
	if s.Tok == token.DEFINE {
		v, _ = fc.c.def(id).(*types.Var)
	} else {
		v, _ = fc.c.use(id).(*types.Var)
		if l, ok := fc.vars[v]; !ok || l.kind != vLocal {
			return nil
		}
	}
	if v == nil {
		return nil
	}
	t := fc.T(v.Type())
	if !isNumKind(basicKind(t)) {
		return nil
	}
	var f nev
	if tv := fc.c.tv(s.Rhs[0]); tv.Value != nil {
		c := fc.c.constValue(t, tv.Value).N
		f = func(*Frame) uint64 { return c }
	} else {
		f = fc.num(s.Rhs[0])
	}
	// The right-hand side is compiled before x := e declares x, so that
	// x := x + 1 reads the outer x.
	l, ok := fc.vars[v]
	if s.Tok == token.DEFINE {
		l, ok = fc.declare(v), true
	}
	if !ok {
		return nil
	}
	i := l.idx
	if l.kind == vBoxed {
		return func(fr *Frame) ctl { fr.L[i] = Value{R: &Cell{V: Value{N: f(fr)}}}; return ctlNone }
	}
	return func(fr *Frame) ctl { fr.L[i] = Value{N: f(fr)}; return ctlNone }
}

// newFrame returns a frame for code with its locals zeroed, the Frame and
// its locals in one allocation for the common sizes: a call costs one
// allocation instead of two.
func newFrame(code *FuncCode) *Frame {
	if f := code.spare; f != nil {
		code.spare = nil
		return f
	}
	n := code.NLocals
	switch {
	case n <= 2:
		f := &struct {
			Frame
			l [2]Value
		}{}
		f.L, f.code = f.l[:n:n], code
		return &f.Frame
	case n <= 4:
		f := &struct {
			Frame
			l [4]Value
		}{}
		f.L, f.code = f.l[:n:n], code
		return &f.Frame
	case n <= 8:
		f := &struct {
			Frame
			l [8]Value
		}{}
		f.L, f.code = f.l[:n:n], code
		return &f.Frame
	}
	return &Frame{L: make([]Value, n), code: code}
}

// releaseFrame gives back f, whose call has returned and whose results
// have been read, for the next call of its function (FuncCode.spare).
// Its locals are zeroed now, as newFrame's would be, and so are the
// pointers that would keep the run's goroutines and values alive.
func releaseFrame(f *Frame) {
	code := f.code
	if code.KeepFrame || code.spare != nil {
		return
	}
	clear(f.L)
	*f = Frame{L: f.L, code: code}
	code.spare = f
}
