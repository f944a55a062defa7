package golite

import (
	"fmt"
	"go/types"
	"runtime"

	"taskline/engine/sched"
)

// Memory accounting. The evaluator charges the run's sched.Memory before it
// allocates anything whose size the program controls — strings made by
// concatenation, conversion or formatting, slices, maps, arrays, channel
// buffers, goroutines — so that a program asking for more than the budget
// ends with Go's out-of-memory fatal error before the host allocates it.
//
// Charges are counted in the host's bytes (a []byte element is a 16-byte
// Value here), since those are what the host must hold. Nothing is released
// when a value becomes garbage: instead, when the running total passes the
// budget, the host's garbage collector runs and the total is reset to what is
// really live (the host's heap and goroutine stacks in use). Only when
// that, plus the request, still passes the budget, or leaves less than an
// eighth of it free, does the run fail. A
// program that churns short-lived strings therefore never fails, and one that
// keeps what it makes fails once it holds the budget.

// goroutineBytes is what a goroutine is charged while it lives: Go starts
// every goroutine on a 2 KB stack (the runtime's stackMin).
const goroutineBytes = 2 << 10

// fiberBytes is charged for each host fiber the evaluator needs to run
// goroutines: a goroutine takes one when it first runs and holds it until it
// ends, and the evaluator's frames are deeper than compiled Go's, so a
// fiber's host stack is larger than Go's 2 KB. The fiber of a goroutine that
// ended runs the next one (sched's pool), so a run is charged for the most
// fibers held at once.
const fiberBytes = 8 << 10

// mapEntryBytes is charged for each map assignment: a key and a value in
// the entry slices and the host map's entry.
const mapEntryBytes = 4 * valueBytes

// valueBytes is the host size of one Value (a uint64 and an interface).
const valueBytes = 24

// outOfMemory unwinds the goroutine that asked for more memory than the
// budget holds; see Machine.fatal.
type outOfMemory struct{ ask, inUse int64 }

// alloc charges n bytes, failing the run with Go's fatal error when the
// budget cannot hold them.
func (m *Machine) alloc(n int64) {
	if m == nil || m.mem.Charge(n) == nil {
		return
	}
	m.collect(n)
}

// allocValues charges a backing array of n Values (n may be absurd: it is
// the program's request).
func (m *Machine) allocValues(n int64) {
	if n < 0 {
		n = satBytes
	}
	m.alloc(mulSat(n, valueBytes))
}

// collect measures what is really live and charges n against that.
func (m *Machine) collect(n int64) {
	if n <= m.mem.Max {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		m.mem.Used = int64(ms.HeapAlloc + ms.StackInuse)
		// With less than an eighth of the budget free after a
		// collection, the next ones would come ever closer together
		// and the run would spend its time collecting: the heap is
		// full.
		if m.mem.Used <= m.mem.Max-m.mem.Max/8 && m.mem.Charge(n) == nil {
			return
		}
	}
	panic(outOfMemory{ask: n, inUse: m.mem.Used})
}

// oomText is what Go's runtime prints when an allocation fails (mheap.go and
// mcache.go): the request rounded up to whole 8 KB pages and the bytes in use.
func oomText(o outOfMemory) string {
	const page = 8192
	ask := o.ask
	if ask < 1<<62 {
		ask = (ask + page - 1) / page * page
	}
	return fmt.Sprintf("runtime: out of memory: cannot allocate %d-byte block (%d in use)\n", ask, o.inUse)
}

func newMemory(max int64) sched.Memory {
	if max == 0 {
		max = sched.DefaultMaxMemory
	}
	return sched.Memory{Max: max}
}

// aggBytes is the host size of a zero struct or array of type t with all
// its nested aggregates (saturating), charged in one piece before an
// aggregate with aggregate elements is built element by element.
func aggBytes(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return mulSat(u.Len(), aggBytes(u.Elem()))
	case *types.Struct:
		var n int64
		for i := 0; i < u.NumFields(); i++ {
			n = min(n+aggBytes(u.Field(i).Type()), satBytes)
		}
		return n
	}
	return valueBytes
}

// satBytes is where byte counts saturate: more than any budget.
const satBytes = 1 << 58

// mulSat is a*b for sizes, saturating at satBytes.
func mulSat(a, b int64) int64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > satBytes/b {
		return satBytes
	}
	return a * b
}
