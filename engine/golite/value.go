package golite

import (
	"go/types"
	"math"
)

// Value is one Go value in the evaluator. Booleans, integers (all widths,
// stored as their 64-bit pattern) and floats (their IEEE bits) live in N,
// so arithmetic never allocates; everything else lives in R:
//
//	string            string
//	struct, array     *Agg (the storage itself; copied at assignment)
//	pointer to struct or array   the *Agg pointed to
//	other pointers    Pointer (*Cell, *fieldPtr)
//	slice             []Value
//	map               *Map
//	chan              *Chan
//	func              *Closure
//	interface         *Iface (nil R for a nil interface)
//
// Static types are known at compile time, so a Value does not carry one;
// an interface value does, in its Iface.
type Value struct {
	N uint64
	R any
}

func mkInt(i int64) Value     { return Value{N: uint64(i)} }
func mkUint(u uint64) Value   { return Value{N: u} }
func mkFloat(f float64) Value { return Value{N: math.Float64bits(f)} }
func mkStr(s string) Value    { return Value{R: s} }
func mkBool(b bool) Value {
	if b {
		return Value{N: 1}
	}
	return Value{}
}

func (v Value) I() int64   { return int64(v.N) }
func (v Value) F() float64 { return math.Float64frombits(v.N) }
func (v Value) B() bool    { return v.N != 0 }
func (v Value) S() string {
	s, _ := v.R.(string)
	return s
}
func (v Value) Sl() []Value {
	s, _ := v.R.([]Value)
	return s
}
func (v Value) A() *Agg {
	a, _ := v.R.(*Agg)
	return a
}

// Cell is a variable that lives on the heap: captured by a closure or
// whose address was taken.
type Cell struct{ V Value }

// Agg is the storage of a struct (fields in order) or an array.
type Agg struct{ F []Value }

// Iface is a non-nil interface value: dynamic type and value.
type Iface struct {
	T types.Type
	V Value
}

// Pointer is a pointer to something that is not a struct or array.
type Pointer interface {
	Load() Value
	Store(Value)
}

func (c *Cell) Load() Value   { return c.V }
func (c *Cell) Store(v Value) { c.V = v }

// Closure is a function value: code plus captured variables, or a bound
// method (Recv set), or a native function.
type Closure struct {
	Code  *FuncCode
	Cells []*Cell
	// Bound method value: the receiver is passed as the first argument.
	Bound   bool
	Recv    Value
	Native  func(m *Machine, args []Value) []Value
	NatName string
}

// Map is a Go map. Entries keep insertion slots so that iteration can
// start at a seeded random offset (Go randomises map order; Taskline makes
// it reproducible from the run's seed).
type Map struct {
	idx  map[any]int
	keys []Value
	vals []Value
	live []bool
	n    int
	key  func(Value) any // normalises a key for the Go map
}

func newMap(key func(Value) any) *Map {
	return &Map{idx: map[any]int{}, key: key}
}

func (m *Map) Len() int {
	if m == nil {
		return 0
	}
	return m.n
}

func (m *Map) Get(k Value) (Value, bool) {
	if m == nil {
		return Value{}, false
	}
	i, ok := m.idx[m.key(k)]
	if !ok {
		return Value{}, false
	}
	return m.vals[i], true
}

// Slot returns the index of k's entry, adding it with value zero if absent.
func (m *Map) Set(k, v Value) {
	nk := m.key(k)
	if i, ok := m.idx[nk]; ok {
		m.vals[i] = v
		return
	}
	if len(m.keys) > 32 && len(m.keys) > 2*m.n {
		m.compact()
	}
	m.idx[nk] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
	m.live = append(m.live, true)
	m.n++
}

func (m *Map) Delete(k Value) {
	if m == nil {
		return
	}
	nk := m.key(k)
	if i, ok := m.idx[nk]; ok {
		delete(m.idx, nk)
		m.live[i] = false
		m.keys[i] = Value{}
		m.vals[i] = Value{}
		m.n--
	}
}

func (m *Map) Clear() {
	if m == nil {
		return
	}
	m.idx = map[any]int{}
	m.keys, m.vals, m.live, m.n = nil, nil, nil, 0
}

func (m *Map) compact() {
	var keys, vals []Value
	var live []bool
	idx := make(map[any]int, m.n)
	for i, l := range m.live {
		if l {
			idx[m.key(m.keys[i])] = len(keys)
			keys = append(keys, m.keys[i])
			vals = append(vals, m.vals[i])
			live = append(live, true)
		}
	}
	m.idx, m.keys, m.vals, m.live = idx, keys, vals, live
}

// snapshot returns the live keys in iteration order starting at offset.
func (m *Map) snapshot(start uint64) []Value {
	if m == nil || m.n == 0 {
		return nil
	}
	out := make([]Value, 0, m.n)
	L := len(m.keys)
	off := int(start % uint64(L))
	for j := 0; j < L; j++ {
		i := (off + j) % L
		if m.live[i] {
			out = append(out, m.keys[i])
		}
	}
	return out
}
