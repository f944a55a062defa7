package eval

import (
	"math"
	"math/big"
	"strings"
)

var binopNames = map[string][2]string{
	"+": {"__add__", "__radd__"}, "-": {"__sub__", "__rsub__"}, "*": {"__mul__", "__rmul__"},
	"/": {"__truediv__", "__rtruediv__"}, "//": {"__floordiv__", "__rfloordiv__"}, "%": {"__mod__", "__rmod__"},
	"**": {"__pow__", "__rpow__"}, "<<": {"__lshift__", "__rlshift__"}, ">>": {"__rshift__", "__rrshift__"},
	"&": {"__and__", "__rand__"}, "|": {"__or__", "__ror__"}, "^": {"__xor__", "__rxor__"}, "@": {"__matmul__", "__rmatmul__"},
}

var inplaceNames = map[string]string{
	"+": "__iadd__", "-": "__isub__", "*": "__imul__", "/": "__itruediv__", "//": "__ifloordiv__", "%": "__imod__",
	"**": "__ipow__", "<<": "__ilshift__", ">>": "__irshift__", "&": "__iand__", "|": "__ior__", "^": "__ixor__", "@": "__imatmul__",
}

// BinOp evaluates x op y.
func (in *Interp) BinOp(op string, x, y Value) (Value, error) {
	// int fast paths
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			if r, ok, err := in.intOp(op, int64(a), int64(b)); ok || err != nil {
				return r, err
			}
		}
	}
	if r, ok, err := in.builtinBinOp(op, x, y); ok || err != nil {
		return r, err
	}
	names := binopNames[op]
	xc, yc := x.Type(), y.Type()
	swapFirst := xc != yc && yc.IsSubclass(xc)
	if swapFirst {
		if r, ok, err := in.tryBin(y, names[1], x); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := in.tryBin(x, names[0], y); ok || err != nil {
		return r, err
	}
	if !swapFirst && xc != yc {
		if r, ok, err := in.tryBin(y, names[1], x); ok || err != nil {
			return r, err
		}
	}
	if op == "|" && isTypeLike(x) && isTypeLike(y) {
		return &UnionType{Args: append(unionArgs(x), unionArgs(y)...)}, nil
	}
	if op == "*" {
		// A sequence times an object with __index__.
		switch x.(type) {
		case Str, *List, Tuple, Bytes:
			if _, ok := yc.lookup("__index__"); ok && !isIntLike(y) {
				n, err := in.asIndex(y)
				if err != nil {
					return nil, err
				}
				return in.BinOp(op, x, n)
			}
		}
		switch y.(type) {
		case Str, *List, Tuple, Bytes:
			if _, ok := xc.lookup("__index__"); ok && !isIntLike(x) {
				n, err := in.asIndex(x)
				if err != nil {
					return nil, err
				}
				return in.BinOp(op, y, n)
			}
		}
	}
	opShown := op
	if op == "**" {
		return nil, Errorf(TypeErrorClass, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", xc.Name, yc.Name)
	}
	if op == "+" {
		if _, ok := x.(Str); ok {
			return nil, Errorf(TypeErrorClass, "can only concatenate str (not \"%s\") to str", yc.Name)
		}
		if _, ok := x.(*List); ok {
			return nil, Errorf(TypeErrorClass, "can only concatenate list (not \"%s\") to list", yc.Name)
		}
		if _, ok := x.(Tuple); ok {
			return nil, Errorf(TypeErrorClass, "can only concatenate tuple (not \"%s\") to tuple", yc.Name)
		}
	}
	if op == "*" {
		switch x.(type) {
		case Str, *List, Tuple:
			if _, ok := toFloat(y); !ok || !isIntLike(y) {
				return nil, Errorf(TypeErrorClass, "can't multiply sequence by non-int of type '%s'", yc.Name)
			}
		}
		switch y.(type) {
		case Str, *List, Tuple:
			return nil, Errorf(TypeErrorClass, "can't multiply sequence by non-int of type '%s'", xc.Name)
		}
	}
	return nil, Errorf(TypeErrorClass, "unsupported operand type(s) for %s: '%s' and '%s'", opShown, xc.Name, yc.Name)
}

// InplaceOp evaluates x op= y.
func (in *Interp) InplaceOp(op string, x, y Value) (Value, error) {
	switch a := x.(type) {
	case Int:
		if b, ok := y.(Int); ok {
			if r, ok, err := in.intOp(op, int64(a), int64(b)); ok || err != nil {
				return r, err
			}
		}
	case *List:
		if op == "+" {
			items, err := in.iterate(y)
			if err != nil {
				return nil, err
			}
			if err := in.allocGrow(a.Elems, len(a.Elems)+len(items)); err != nil {
				return nil, err
			}
			a.Elems = append(a.Elems, items...)
			return a, nil
		}
	case *Object:
		if m, ok := a.Class.lookup(inplaceNames[op]); ok {
			r, err := in.callMethod(m, x, []Value{y}, nil)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	case *Set:
		switch op {
		case "|", "&", "-", "^":
			r, err := in.BinOp(op, x, y)
			if err != nil {
				return nil, err
			}
			*a = *r.(*Set)
			return a, nil
		}
	case *Dict:
		if op == "|" && !in.py37 {
			if err := in.dictUpdate(a, []Value{y}, nil); err != nil {
				return nil, err
			}
			return a, nil
		}
	}
	r, err := in.BinOp(op, x, y)
	if e, ok := err.(*Exception); ok && e.Class == TypeErrorClass && len(e.Args) == 1 {
		prefix := "unsupported operand type(s) for " + op + ":"
		if s, ok := e.Args[0].(Str); ok && strings.HasPrefix(string(s), prefix) {
			e.Args[0] = Str("unsupported operand type(s) for " + op + "=:" + string(s)[len(prefix):])
		}
	}
	return r, err
}

func (in *Interp) tryBin(a Value, name string, b Value) (Value, bool, error) {
	switch a.(type) {
	case *Object, *Exception:
	default:
		if a.Type().native {
			return nil, false, nil
		}
	}
	m, ok := a.Type().lookup(name)
	if !ok {
		return nil, false, nil
	}
	r, err := in.callMethod(m, a, []Value{b}, nil)
	if err != nil {
		return nil, false, err
	}
	if r == NotImplemented {
		return nil, false, nil
	}
	return r, true, nil
}

func zeroDiv(msg string) error { return Errorf(ZeroDivisionErrorClass, "%s", msg) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// Integer operators as small codes, so that compiled arithmetic picks the
// operation once instead of comparing operator strings on every evaluation.
const (
	opNone = iota
	opAdd
	opSub
	opMul
	opFloorDiv
	opMod
	opAnd
	opOr
	opXor
	opLshift
	opRshift
)

// intOpCode is the code of op when intArith computes it, else opNone.
func intOpCode(op string) int {
	switch op {
	case "+":
		return opAdd
	case "-":
		return opSub
	case "*":
		return opMul
	case "//":
		return opFloorDiv
	case "%":
		return opMod
	case "&":
		return opAnd
	case "|":
		return opOr
	case "^":
		return opXor
	case "<<":
		return opLshift
	case ">>":
		return opRshift
	}
	return opNone
}

// intArith computes a op b for two ints that fit in 64 bits when the
// result fits too and the operation raises nothing; ok is false when it
// overflows into a big int or raises (division by zero, a negative shift),
// and the caller then takes the general path, which does both.
func intArith(op int, a, b int64) (r int64, ok bool) {
	switch op {
	case opAdd:
		c := a + b
		return c, (c > a) == (b > 0)
	case opSub:
		c := a - b
		return c, (c < a) == (b > 0)
	case opMul:
		if a == 0 || b == 0 {
			return 0, true
		}
		c := a * b
		return c, c/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64)
	case opFloorDiv:
		if b == 0 || (a == math.MinInt64 && b == -1) {
			return 0, false
		}
		return floorDiv(a, b), true
	case opMod:
		switch b {
		case 0:
			return 0, false
		case -1:
			return 0, true
		}
		return floorMod(a, b), true
	case opAnd:
		return a & b, true
	case opOr:
		return a | b, true
	case opXor:
		return a ^ b, true
	case opLshift:
		if b < 0 || b >= 63 || (a<<b)>>b != a {
			return 0, false
		}
		return a << b, true
	case opRshift:
		if b < 0 {
			return 0, false
		}
		return a >> min(b, 63), true
	}
	return 0, false
}

// intOp is the int64 fast path; ok is false when the result needs big ints
// or the operator is not an int operator. The result is boxed from the
// interpreter's slab: `total += item` boxes one for every item summed.
func (in *Interp) intOp(op string, a, b int64) (Value, bool, error) {
	if code := intOpCode(op); code != opNone {
		if r, ok := intArith(code, a, b); ok {
			return in.boxInt(r), true, nil
		}
		switch code {
		case opFloorDiv:
			if b == 0 {
				return nil, false, zeroDiv("integer division or modulo by zero")
			}
		case opMod:
			if b == 0 {
				return nil, false, zeroDiv("integer modulo by zero")
			}
		case opLshift, opRshift:
			if b < 0 {
				return nil, false, Errorf(ValueErrorClass, "negative shift count")
			}
		}
		return nil, false, nil
	}
	switch op {
	case "/":
		if b == 0 {
			return nil, false, zeroDiv("division by zero")
		}
		if a < 1<<53 && a > -(1<<53) && b < 1<<53 && b > -(1<<53) {
			return Float(float64(a) / float64(b)), true, nil
		}
	case "**":
		if b < 0 {
			if a == 0 {
				return nil, false, zeroDiv("0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(float64(a), float64(b))), true, nil
		}
		r := int64(1)
		base := a
		e := b
		for e > 0 {
			if e&1 == 1 {
				nr := r * base
				if base != 0 && nr/base != r {
					return nil, false, nil
				}
				r = nr
			}
			e >>= 1
			if e > 0 {
				nb := base * base
				if base != 0 && nb/base != base {
					return nil, false, nil
				}
				base = nb
			}
		}
		return Int(r), true, nil
	}
	return nil, false, nil
}

func bigOp(op string, a, b *big.Int) (Value, bool, error) {
	r := new(big.Int)
	switch op {
	case "+":
		r.Add(a, b)
	case "-":
		r.Sub(a, b)
	case "*":
		r.Mul(a, b)
	case "//", "%":
		if b.Sign() == 0 {
			if op == "%" {
				return nil, false, zeroDiv("integer modulo by zero")
			}
			return nil, false, zeroDiv("integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// Go's DivMod is Euclidean; Python floors.
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == "//" {
			return normBig(q), true, nil
		}
		return normBig(m), true, nil
	case "/":
		if b.Sign() == 0 {
			return nil, false, zeroDiv("division by zero")
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, false, Errorf(OverflowErrorClass, "integer division result too large for a float")
		}
		return Float(f), true, nil
	case "&":
		r.And(a, b)
	case "|":
		r.Or(a, b)
	case "^":
		r.Xor(a, b)
	case "<<":
		if b.Sign() < 0 {
			return nil, false, Errorf(ValueErrorClass, "negative shift count")
		}
		if b.BitLen() > 24 {
			return nil, false, Errorf(OverflowErrorClass, "too many digits in integer")
		}
		r.Lsh(a, uint(b.Int64()))
	case ">>":
		if b.Sign() < 0 {
			return nil, false, Errorf(ValueErrorClass, "negative shift count")
		}
		if b.BitLen() > 24 {
			if a.Sign() < 0 {
				return Int(-1), true, nil
			}
			return Int(0), true, nil
		}
		r.Rsh(a, uint(b.Int64()))
	case "**":
		if b.Sign() < 0 {
			fa, _ := new(big.Float).SetInt(a).Float64()
			fb, _ := new(big.Float).SetInt(b).Float64()
			return Float(math.Pow(fa, fb)), true, nil
		}
		r.Exp(a, b, nil)
	default:
		return nil, false, nil
	}
	return normBig(r), true, nil
}

func floatOp(op string, a, b float64) (Value, bool, error) {
	switch op {
	case "+":
		return Float(a + b), true, nil
	case "-":
		return Float(a - b), true, nil
	case "*":
		return Float(a * b), true, nil
	case "/":
		if b == 0 {
			return nil, false, zeroDiv("float division by zero")
		}
		return Float(a / b), true, nil
	case "//":
		if b == 0 {
			return nil, false, zeroDiv("float floor division by zero")
		}
		return Float(math.Floor(a / b)), true, nil
	case "%":
		if b == 0 {
			return nil, false, zeroDiv("float modulo")
		}
		m := math.Mod(a, b)
		if m != 0 && (m < 0) != (b < 0) {
			m += b
		} else if m == 0 {
			m = math.Copysign(0, b)
		}
		return Float(m), true, nil
	case "**":
		if a == 0 && b < 0 {
			return nil, false, zeroDiv("0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Trunc(b) {
			return nil, false, Errorf(ValueErrorClass, "complex results are not supported")
		}
		r := floatPow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, false, Errorf(OverflowErrorClass, "(34, 'Numerical result out of range')")
		}
		return Float(r), true, nil
	}
	return nil, false, nil
}

// floatPow is C's pow() as CPython calls it: correctly rounded. Go's
// math.Pow is not for integer exponents (it multiplies in float64), so
// those are computed exactly enough in a big.Float and rounded once.
func floatPow(a, b float64) float64 {
	if b == 0.5 && a >= 0 && !math.IsInf(a, 0) {
		return math.Sqrt(a)
	}
	if b != math.Trunc(b) || math.Abs(b) > 1<<16 || a == 0 || math.IsInf(a, 0) || a != a || math.IsInf(b, 0) {
		return math.Pow(a, b)
	}
	n := int64(math.Abs(b))
	const prec = 320
	base := new(big.Float).SetPrec(prec).SetFloat64(a)
	r := new(big.Float).SetPrec(prec).SetFloat64(1)
	for n > 0 {
		if n&1 == 1 {
			r.Mul(r, base)
		}
		n >>= 1
		if n > 0 {
			base.Mul(base, base)
		}
	}
	if b < 0 {
		r.Quo(new(big.Float).SetPrec(prec).SetFloat64(1), r)
	}
	f, _ := r.Float64()
	return f
}

func (in *Interp) builtinBinOp(op string, x, y Value) (Value, bool, error) {
	if isIntLike(x) && isIntLike(y) {
		if a, ok := x.(Int); ok {
			if b, ok := y.(Int); ok {
				if r, ok, err := in.intOp(op, int64(a), int64(b)); ok || err != nil {
					return r, ok, err
				}
			}
		}
		if bx, ok := x.(Bool); ok {
			if by, ok := y.(Bool); ok {
				switch op {
				case "&":
					return Bool(bx && by), true, nil
				case "|":
					return Bool(bx || by), true, nil
				case "^":
					return Bool(bx != by), true, nil
				}
			}
		}
		if op == "**" {
			if err := in.chargePow(toBig(x), toBig(y)); err != nil {
				return nil, false, err
			}
		}
		r, ok, err := bigOp(op, toBig(x), toBig(y))
		if b, isBig := r.(*BigInt); isBig {
			// Charged once made: bigOp bounds any one result to a few
			// megabytes, and what counts is that many of them do not
			// escape the budget.
			if err := in.allocN(int64(len(b.V.Bits())), wordSize); err != nil {
				return nil, false, err
			}
		}
		return r, ok, err
	}
	if a, ok := toFloat(x); ok {
		if b, ok := toFloat(y); ok {
			return floatOp(op, a, b)
		}
	}
	switch a := x.(type) {
	case Str:
		switch op {
		case "+":
			if b, ok := y.(Str); ok {
				if err := in.Alloc(int64(len(a)) + int64(len(b))); err != nil {
					return nil, false, err
				}
				return a + b, true, nil
			}
		case "*":
			if n, ok := y.(Int); ok {
				if n <= 0 {
					return Str(""), true, nil
				}
				if err := in.allocN(int64(n), int64(len(a))); err != nil {
					return nil, false, err
				}
				return Str(strings.Repeat(string(a), int(n))), true, nil
			}
			if n, ok := y.(Bool); ok {
				return in.builtinBinOp(op, x, boolInt(n))
			}
		case "%":
			r, err := in.percentFormat(string(a), y)
			return r, err == nil, err
		}
	case Bytes:
		if op == "+" {
			if b, ok := y.(Bytes); ok {
				if err := in.Alloc(int64(len(a)) + int64(len(b))); err != nil {
					return nil, false, err
				}
				return a + b, true, nil
			}
		}
		if n, ok := y.(Int); ok && op == "*" {
			if n <= 0 {
				return Bytes(""), true, nil
			}
			if err := in.allocN(int64(n), int64(len(a))); err != nil {
				return nil, false, err
			}
			return Bytes(strings.Repeat(string(a), int(n))), true, nil
		}
	case *List:
		switch op {
		case "+":
			if b, ok := y.(*List); ok {
				if err := in.allocValues(len(a.Elems) + len(b.Elems)); err != nil {
					return nil, false, err
				}
				r := make([]Value, 0, len(a.Elems)+len(b.Elems))
				r = append(append(r, a.Elems...), b.Elems...)
				return NewList(r), true, nil
			}
		case "*":
			if n, ok := y.(Int); ok {
				if err := in.allocN(int64(n), int64(len(a.Elems))*valueSize); err != nil {
					return nil, false, err
				}
				return NewList(repeat(a.Elems, int(n))), true, nil
			}
		}
	case Tuple:
		switch op {
		case "+":
			if b, ok := y.(Tuple); ok {
				if err := in.allocValues(len(a) + len(b)); err != nil {
					return nil, false, err
				}
				r := make(Tuple, 0, len(a)+len(b))
				return append(append(r, a...), b...), true, nil
			}
		case "*":
			if n, ok := y.(Int); ok {
				if err := in.allocN(int64(n), int64(len(a))*valueSize); err != nil {
					return nil, false, err
				}
				return Tuple(repeat(a, int(n))), true, nil
			}
		}
	case Int:
		switch b := y.(type) {
		case Str, *List, Tuple:
			if op == "*" {
				return in.builtinBinOp(op, b, a)
			}
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			r, err := in.setOp(op, a, b)
			return r, r != nil || err != nil, err
		}
	case *dictView:
		if b, ok := y.(*Set); ok && a.what == 0 {
			s, err := in.newSetFrom(a)
			if err != nil {
				return nil, false, err
			}
			r, err := in.setOp(op, s, b)
			return r, r != nil || err != nil, err
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && op == "|" && !in.py37 {
			c := a.Copy()
			if err := in.dictUpdate(c, []Value{b}, nil); err != nil {
				return nil, false, err
			}
			return c, true, nil
		}
	}
	return nil, false, nil
}

// chargePow charges what a**b costs before computing it: the result's
// memory, and steps for the multiplications (about n^1.6 word operations
// for an n-word result, one step per hundred), so that 10**10**8, which
// CPython grinds at for minutes, ends at the step budget at once instead of
// holding the host, and 2**2**40 is a MemoryError.
func (in *Interp) chargePow(a, b *big.Int) error {
	if b.Sign() <= 0 || a.BitLen() <= 1 {
		return nil // 0, 1, -1 or a negative exponent: a small result
	}
	bits := float64(a.BitLen()-1) * float64(b.Uint64())
	if !b.IsUint64() || bits > 1<<62 {
		return NewException(MemoryErrorClass)
	}
	words := bits / 64
	if err := in.Alloc(int64(words * wordSize)); err != nil {
		return err
	}
	if words > 1024 && in.Budget != nil {
		n := int64(math.Min(math.Pow(words, 1.6)/100, 1<<62))
		if err := in.Budget.Spend(n); err != nil {
			return in.budgetError(err)
		}
	}
	return nil
}

// maxElems bounds the size of a sequence or string built in one step (a
// repetition, padding), so that a runaway program fails with MemoryError
// instead of exhausting the machine.
const maxElems = 1 << 26

func memoryError() error { return NewException(MemoryErrorClass) }

func repeat(elems []Value, n int) []Value {
	if n <= 0 {
		return []Value{}
	}
	r := make([]Value, 0, len(elems)*n)
	for i := 0; i < n; i++ {
		r = append(r, elems...)
	}
	return r
}

// UnaryOp evaluates -x, +x, ~x (not is handled by the compiler).
func (in *Interp) UnaryOp(op string, x Value) (Value, error) {
	switch a := x.(type) {
	case Int:
		switch op {
		case "-":
			if a == math.MinInt64 {
				return normBig(new(big.Int).Neg(toBig(a))), nil
			}
			return -a, nil
		case "+":
			return a, nil
		case "~":
			return ^a, nil
		}
	case Bool:
		return in.UnaryOp(op, boolInt(a))
	case *BigInt:
		switch op {
		case "-":
			return normBig(new(big.Int).Neg(a.V)), nil
		case "+":
			return a, nil
		case "~":
			return normBig(new(big.Int).Not(a.V)), nil
		}
	case Float:
		switch op {
		case "-":
			return -a, nil
		case "+":
			return a, nil
		}
	}
	name := map[string]string{"-": "__neg__", "+": "__pos__", "~": "__invert__"}[op]
	if m, ok := x.Type().lookup(name); ok && !x.Type().native {
		return in.callMethod(m, x, nil, nil)
	}
	return nil, Errorf(TypeErrorClass, "bad operand type for unary %s: '%s'", op, x.Type().Name)
}

// UnionType is `int | None` (types.UnionType), used in annotations.
type UnionType struct{ Args []Value }

var unionTypeClass *Class

// Type returns types.UnionType.
func (*UnionType) Type() *Class { return unionTypeClass }

func isTypeLike(v Value) bool {
	switch v.(type) {
	case *Class, *UnionType, NoneType:
		return true
	}
	return false
}

func unionArgs(v Value) []Value {
	if u, ok := v.(*UnionType); ok {
		return u.Args
	}
	return []Value{v}
}
