package eval

import "unsafe"

// Boxing an Int into a Value allocates unless the value is tiny. The hot
// paths (loop counters, arithmetic, len) box through MakeInt, which hands
// out preboxed values for a window of common ints, the way CPython keeps
// small ints preallocated.
//
// A boxed Int is an interface: the Int type's word and a pointer to the
// int64. MakeInt builds that pair from a pointer into intBacking, which
// holds every int of the window, rather than loading it from a table of
// ready-made interfaces: a table would be twice the memory for the caches
// to miss in, and a table of pointers for the garbage collector to scan
// on every cycle.

const (
	intCacheMin  = -1024
	intCacheSize = 1 << 17
)

var (
	intBacking  [intCacheSize]Int
	intTypeWord unsafe.Pointer // the type word of an Int in a Value
)

func init() {
	for i := range intBacking {
		intBacking[i] = Int(i + intCacheMin)
	}
	var proto Value = Int(1 << 40)
	intTypeWord = (*[2]unsafe.Pointer)(unsafe.Pointer(&proto))[0]
}

// MakeInt returns n as a Value, without allocating for common values.
func MakeInt(n int64) Value {
	if u := uint64(n - intCacheMin); u < intCacheSize {
		return intAt(&intBacking[u])
	}
	return Int(n)
}

// intAt is the Value of the Int at p, which must never change.
func intAt(p *Int) Value {
	var v Value
	e := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	e[0], e[1] = intTypeWord, unsafe.Pointer(p)
	return v
}

// intSlab is how many ints boxInt allocates at once. Go allocates each
// boxed int on its own (a call into the allocator, and work for the
// collector, for every loop counter past the window and every
// intermediate sum); a slab makes that one allocation per intSlab ints.
// A slab stays alive while any of its ints does, so a program that keeps
// one int in intSlab holds 128 bytes for it, about what CPython's int
// object and its allocator's pool cost.
const intSlab = 16

// boxInt is MakeInt for the evaluator's hot paths (arithmetic results,
// loop counters): an int outside the window is carved out of a slab of
// the interpreter's own, so boxing needs no allocation most of the time
// and no locking (an Interp runs one fiber at a time).
func (in *Interp) boxInt(n int64) Value {
	if u := uint64(n - intCacheMin); u < intCacheSize {
		return intAt(&intBacking[u])
	}
	// An index into the slab, not a shrinking slice: storing an int
	// needs no write barrier, storing a pointer does while the collector
	// runs, and this runs for every boxed loop counter and sum.
	if in.intNext == 0 {
		in.ints = new([intSlab]Int)
		in.intNext = intSlab
	}
	in.intNext--
	p := &in.ints[in.intNext]
	*p = Int(n)
	return intAt(p)
}
