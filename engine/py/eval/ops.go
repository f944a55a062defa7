package eval

import (
	"hash/fnv"
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unsafe"
)

// Truth returns bool(v) for values whose truth needs no Python call.
func Truth(v Value) bool {
	switch x := v.(type) {
	case Bool:
		return bool(x)
	case Int:
		return x != 0
	case NoneType:
		return false
	case Str:
		return x != ""
	case Float:
		return x != 0
	case *List:
		return len(x.Elems) > 0
	case Tuple:
		return len(x) > 0
	case *Dict:
		return x.n > 0
	case *Set:
		return x.used > 0
	case *BigInt:
		return x.V.Sign() != 0
	case Bytes:
		return x != ""
	case *Range:
		return x.Len() > 0
	}
	return true
}

// Truthy returns bool(v), calling __bool__ or __len__ when defined.
func (in *Interp) Truthy(v Value) (bool, error) {
	switch v.(type) {
	case *Object, *Exception:
	default:
		return Truth(v), nil
	}
	cls := v.Type()
	if m, ok := cls.lookup("__bool__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeErrorClass, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return bool(b), nil
	}
	if m, ok := cls.lookup("__len__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return false, err
		}
		n, ok := r.(Int)
		if !ok {
			return false, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		return n != 0, nil
	}
	return true, nil
}

// Identical reports whether a is b.
func Identical(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case Int:
		y, ok := b.(Int)
		return ok && x == y && x >= -5 && x <= 256
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return x.V
	}
	return nil
}

func normBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return &BigInt{V: b}
}

// numeric returns a number as float64 and whether v is an int-like or float.
func toFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Int:
		return float64(x), true
	case Float:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.V).Float64()
		return f, true
	}
	return 0, false
}

func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

// Equal reports whether a == b.
func (in *Interp) Equal(a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, nil
		case Float:
			return float64(x) == float64(y), nil
		case Bool:
			return x == boolInt(y), nil
		case *BigInt:
			return false, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	case NoneType:
		return b == None, nil
	}
	r, err := in.compare("==", a, b)
	if err != nil {
		return false, err
	}
	return Truth(r), nil
}

func boolInt(b Bool) Int {
	if b {
		return 1
	}
	return 0
}

// NativeHasher is implemented by native values whose hash is not their
// identity: asyncio's futures hash to their creation number, so that sets
// of tasks iterate in creation order rather than in an order that depends
// on Go addresses.
type NativeHasher interface {
	Value
	Hash() int64
}

// Hash returns hash(v) with CPython's values for ints.
func (in *Interp) Hash(v Value) (int64, error) {
	const modulus = (1 << 61) - 1
	switch x := v.(type) {
	case Int:
		n := int64(x)
		var h int64
		if n >= 0 {
			h = n % modulus
		} else {
			h = -((-n) % modulus)
		}
		if h == -1 {
			h = -2
		}
		return h, nil
	case Bool:
		return int64(boolInt(x)), nil
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(x.V), big.NewInt(modulus)).Int64()
		if x.V.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m, nil
	case Float:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
			return in.Hash(Int(int64(f)))
		}
		if math.IsInf(f, 0) {
			if f > 0 {
				return 314159, nil
			}
			return -314159, nil
		}
		return int64(math.Float64bits(f) >> 3), nil
	case Str:
		if x == "" {
			return 0, nil
		}
		h := fnv.New64a()
		h.Write([]byte(x))
		r := int64(h.Sum64() >> 1)
		if r == -1 {
			r = -2
		}
		return r, nil
	case Bytes:
		return in.Hash(Str(x))
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		// CPython's xxHash-based tuple hash.
		const (
			p1 = 11400714785074694791
			p2 = 14029467366897019727
			p5 = 2870177450012600261
		)
		// CPython recurses on the C stack here and crashes on a tuple
		// nested a million deep; Taskline counts the levels against the
		// recursion limit instead.
		if err := in.enterNested(""); err != nil {
			return 0, err
		}
		defer in.leaveNested()
		acc := uint64(p5)
		for _, e := range x {
			h, err := in.Hash(e)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * p2
			acc = bits.RotateLeft64(acc, 31)
			acc *= p1
		}
		acc += uint64(len(x)) ^ (p5 ^ 3527539)
		if acc == math.MaxUint64 {
			return 1546275796, nil
		}
		return int64(acc), nil
	case *List, *Dict, *Set:
		if s, ok := x.(*Set); !ok || !s.frozen {
			return 0, Errorf(TypeErrorClass, "unhashable type: '%s'", v.Type().Name)
		}
		var h int64
		for _, e := range x.(*Set).Elems() {
			eh, _ := in.Hash(e)
			h ^= eh
		}
		return h, nil
	}
	if h, ok := v.(NativeHasher); ok {
		return h.Hash(), nil
	}
	cls := v.Type()
	if cls.hasHash || cls.hasEq {
		m, _ := cls.lookup("__hash__")
		if m == None || m == nil {
			return 0, Errorf(TypeErrorClass, "unhashable type: '%s'", cls.Name)
		}
		if _, isB := m.(*Builtin); !isB {
			r, err := in.callMethod(m, v, nil, nil)
			if err != nil {
				return 0, err
			}
			n, ok := r.(Int)
			if !ok {
				if b, ok := r.(*BigInt); ok {
					return in.Hash(b)
				}
				return 0, Errorf(TypeErrorClass, "__hash__ method should return an integer")
			}
			h, _ := in.Hash(n)
			return h, nil
		}
		if cls.hasEq {
			return 0, Errorf(TypeErrorClass, "unhashable type: '%s'", cls.Name)
		}
	}
	return identityHash(v), nil
}

func identityHash(v Value) int64 {
	type iface struct{ t, p unsafe.Pointer }
	p := (*iface)(unsafe.Pointer(&v)).p
	return int64(uintptr(p) >> 4)
}

var cmpNames = map[string][2]string{
	"<": {"__lt__", "__gt__"}, "<=": {"__le__", "__ge__"}, ">": {"__gt__", "__lt__"},
	">=": {"__ge__", "__le__"}, "==": {"__eq__", "__eq__"}, "!=": {"__ne__", "__ne__"},
}

func cmpResult(op string, c int) Value {
	switch op {
	case "<":
		return Bool(c < 0)
	case "<=":
		return Bool(c <= 0)
	case ">":
		return Bool(c > 0)
	case ">=":
		return Bool(c >= 0)
	case "==":
		return Bool(c == 0)
	}
	return Bool(c != 0)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Compare evaluates a rich comparison (== != < <= > >=).
func (in *Interp) Compare(op string, a, b Value) (Value, error) { return in.compare(op, a, b) }

func (in *Interp) compare(op string, a, b Value) (Value, error) {
	// Numbers.
	if ai, ok := a.(Int); ok {
		if bi, ok := b.(Int); ok {
			return cmpResult(op, cmpInt(int64(ai), int64(bi))), nil
		}
	}
	if isIntLike(a) && isIntLike(b) {
		return cmpResult(op, toBig(a).Cmp(toBig(b))), nil
	}
	// A float against an int too big for a float compares exactly.
	if f, ok := a.(Float); ok {
		if bi, ok := b.(*BigInt); ok {
			if f != f {
				return Bool(op == "!="), nil
			}
			return cmpResult(op, cmpFloatBig(float64(f), bi.V)), nil
		}
	}
	if ai, ok := a.(*BigInt); ok {
		if f, ok := b.(Float); ok {
			if f != f {
				return Bool(op == "!="), nil
			}
			return cmpResult(op, -cmpFloatBig(float64(f), ai.V)), nil
		}
	}
	if af, ok := toFloat(a); ok {
		if bf, ok := toFloat(b); ok {
			if af != af || bf != bf {
				return Bool(op == "!="), nil
			}
			return cmpResult(op, cmpFloat(af, bf)), nil
		}
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return in.cmpSeq(op, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return in.cmpSeq(op, x.Elems, y.Elems)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == "==" || op == "!=") {
			eq, err := in.dictEqual(x, y)
			if op == "!=" {
				eq = !eq
			}
			return Bool(eq), err
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return in.cmpSet(op, x, y)
		}
	case NoneType:
		if op == "==" {
			return Bool(b == None), nil
		}
		if op == "!=" {
			return Bool(b != None), nil
		}
	case *Range:
		if y, ok := b.(*Range); ok && (op == "==" || op == "!=") {
			eq := x.Len() == y.Len() && (x.Len() == 0 || x.start == y.start && (x.Len() == 1 || x.step == y.step))
			return Bool(eq == (op == "==")), nil
		}
	}
	// User-defined comparisons.
	names := cmpNames[op]
	ac, bc := a.Type(), b.Type()
	trySwapFirst := bc != ac && bc.IsSubclass(ac)
	if trySwapFirst {
		if r, ok, err := in.tryCmp(b, names[1], a); err != nil || ok {
			return r, err
		}
	}
	if r, ok, err := in.tryCmp(a, names[0], b); err != nil || ok {
		return r, err
	}
	if !trySwapFirst {
		if r, ok, err := in.tryCmp(b, names[1], a); err != nil || ok {
			return r, err
		}
	}
	switch op {
	case "==":
		return Bool(Identical(a, b)), nil
	case "!=":
		return Bool(!Identical(a, b)), nil
	}
	return nil, Errorf(TypeErrorClass, "'%s' not supported between instances of '%s' and '%s'", op, ac.Name, bc.Name)
}

func cmpFloatBig(f float64, b *big.Int) int {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1
		}
		return -1
	}
	bf := new(big.Float).SetInt(b)
	return big.NewFloat(f).Cmp(bf)
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (in *Interp) tryCmp(a Value, name string, b Value) (Value, bool, error) {
	m, ok := a.Type().lookup(name)
	if bm, isB := m.(*Builtin); ok && isB && bm.Qual == "object.__ne__" {
		ok = false
	}
	if !ok {
		if name == "__ne__" {
			// Default __ne__ inverts __eq__.
			if eq, ok := a.Type().lookup("__eq__"); ok {
				if _, isB := eq.(*Builtin); !isB {
					r, err := in.callMethod(eq, a, []Value{b}, nil)
					if err != nil || r == NotImplemented {
						return nil, false, err
					}
					t, err := in.Truthy(r)
					return Bool(!t), true, err
				}
			}
		}
		return nil, false, nil
	}
	if bm, isB := m.(*Builtin); isB && bm.Method != nil && bm.Qual == "object."+name {
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

func (in *Interp) cmpSeq(op string, x, y []Value) (Value, error) {
	if err := in.enterNested(" in comparison"); err != nil {
		return nil, err
	}
	defer in.leaveNested()
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if Identical(x[i], y[i]) {
			continue
		}
		eq, err := in.Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			if op == "==" {
				return False, nil
			}
			if op == "!=" {
				return True, nil
			}
			return in.compare(op, x[i], y[i])
		}
	}
	return cmpResult(op, cmpInt(int64(len(x)), int64(len(y)))), nil
}

func (in *Interp) dictEqual(x, y *Dict) (bool, error) {
	if x.n != y.n {
		return false, nil
	}
	if err := in.enterNested(" in comparison"); err != nil {
		return false, err
	}
	defer in.leaveNested()
	keys, vals := x.Items()
	for i, k := range keys {
		v, ok, err := y.Get(in, k)
		if err != nil || !ok {
			return false, err
		}
		eq, err := in.Equal(vals[i], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func (in *Interp) subset(x, y *Set) (bool, error) {
	if x.used > y.used {
		return false, nil
	}
	for _, e := range x.Elems() {
		ok, err := y.Contains(in, e)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (in *Interp) cmpSet(op string, x, y *Set) (Value, error) {
	switch op {
	case "==", "!=":
		eq := x.used == y.used
		if eq {
			var err error
			eq, err = in.subset(x, y)
			if err != nil {
				return nil, err
			}
		}
		return Bool(eq == (op == "==")), nil
	case "<=":
		b, err := in.subset(x, y)
		return Bool(b), err
	case "<":
		b, err := in.subset(x, y)
		return Bool(b && x.used < y.used), err
	case ">=":
		b, err := in.subset(y, x)
		return Bool(b), err
	}
	b, err := in.subset(y, x)
	return Bool(b && x.used > y.used), err
}

// Contains evaluates `x in c`.
func (in *Interp) Contains(c, x Value) (bool, error) {
	switch cc := c.(type) {
	case *List:
		for _, e := range cc.Elems {
			if Identical(e, x) {
				return true, nil
			}
			eq, err := in.Equal(e, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, e := range cc {
			if Identical(e, x) {
				return true, nil
			}
			eq, err := in.Equal(e, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Str:
		s, ok := x.(Str)
		if !ok {
			return false, Errorf(TypeErrorClass, "'in <string>' requires string as left operand, not %s", x.Type().Name)
		}
		return strings.Contains(string(cc), string(s)), nil
	case *Dict:
		_, ok, err := cc.Get(in, x)
		return ok, err
	case *dictView:
		if cc.what == 0 {
			_, ok, err := cc.d.Get(in, x)
			return ok, err
		}
	case *Set:
		return cc.Contains(in, x)
	case *Range:
		switch n := x.(type) {
		case Int:
			return cc.contains(int64(n)), nil
		case Bool:
			return cc.contains(int64(boolInt(n))), nil
		case *BigInt:
			// A range's bounds fit in an int64; a bigger int is never in it.
			return false, nil
		}
	case *Class:
		if m, ok := cc.lookup("_taskline_contains_"); ok {
			r, err := in.callClassHook(cc, m, []Value{x})
			if err != nil {
				return false, err
			}
			return in.Truthy(r)
		}
		return false, Errorf(TypeErrorClass, "argument of type 'type' is not iterable")
	}
	if m, ok := c.Type().lookup("__contains__"); ok {
		r, err := in.callMethod(m, c, []Value{x}, nil)
		if err != nil {
			return false, err
		}
		return in.Truthy(r)
	}
	it, err := in.Iter(c)
	if err != nil {
		return false, Errorf(TypeErrorClass, "argument of type '%s' is not iterable", c.Type().Name)
	}
	for {
		e, ok, err := it.Next(in)
		if err != nil || !ok {
			return false, err
		}
		eq, err := in.Equal(e, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Len returns len(v).
func (in *Interp) Len(v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(string(x)), nil
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.n, nil
	case *Set:
		return x.used, nil
	case Bytes:
		return len(x), nil
	case *Range:
		return int(x.Len()), nil
	case *dictView:
		return x.d.n, nil
	case *Class:
		if m, ok := x.lookup("_taskline_len_"); ok {
			r, err := in.callClassHook(x, m, nil)
			if err != nil {
				return 0, err
			}
			n, _ := ToInt(r)
			return int(n), nil
		}
	}
	if m, ok := v.Type().lookup("__len__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return 0, err
		}
		n, ok := r.(Int)
		if !ok {
			return 0, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		if n < 0 {
			return 0, Errorf(ValueErrorClass, "__len__() should return >= 0")
		}
		return int(n), nil
	}
	return 0, Errorf(TypeErrorClass, "object of type '%s' has no len()", v.Type().Name)
}

func strLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return len([]rune(s))
		}
	}
	return len(s)
}

// IdentityKey returns a comparable Go value that identifies v by identity
// (Python's id()), usable as a Go map key for any value: a Tuple itself is
// not a valid map key and makes a Go map panic.
func IdentityKey(v Value) any {
	if t, ok := v.(Tuple); ok {
		type tupleID struct {
			first *Value
			n     int
		}
		if len(t) == 0 {
			return tupleID{}
		}
		return tupleID{&t[0], len(t)}
	}
	return v
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
