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
		var v Value
		e := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
		e[0], e[1] = intTypeWord, unsafe.Pointer(&intBacking[u])
		return v
	}
	return Int(n)
}
