package eval

import "unsafe"

// Boxing an Int into a Value allocates unless the value is tiny. The hot
// paths (loop counters, arithmetic, len) box through MakeInt, which hands
// out preboxed values for a window of common ints, the way CPython keeps
// small ints preallocated.

const (
	intCacheMin  = -1024
	intCacheSize = 1 << 17
)

var intCache [intCacheSize]Value

func init() {
	backing := make([]Int, intCacheSize)
	var proto Value = Int(1 << 40)
	typ := (*[2]unsafe.Pointer)(unsafe.Pointer(&proto))[0]
	for i := range backing {
		backing[i] = Int(i + intCacheMin)
		e := (*[2]unsafe.Pointer)(unsafe.Pointer(&intCache[i]))
		e[0], e[1] = typ, unsafe.Pointer(&backing[i])
	}
}

// MakeInt returns n as a Value, without allocating for common values.
func MakeInt(n int64) Value {
	if u := uint64(n - intCacheMin); u < intCacheSize {
		return intCache[u]
	}
	return Int(n)
}
