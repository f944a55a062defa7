package eval

// The memory budget. The evaluator charges sched.Memory before it allocates
// what a program's values cost, so that a program asking for more than the
// budget gets Python's MemoryError at the position that asked, and the host
// never allocates the memory on its behalf. The figures below are what the
// Go representation of each value costs on a 64-bit host, rounded; they
// need not be exact, since the budget's Reclaim corrects Used with the live
// heap (docs/HACKING-eval.md, "Memory").
const (
	// wordSize is a pointer or an int64.
	wordSize = 8
	// valueSize is one slot of a list, tuple or frame: a Go interface.
	valueSize = 16
	// dictEntrySize is one dict or set entry: key, value, hash and the
	// index slot that points at it.
	dictEntrySize = 48
	// objectSize is the fixed part of a container, frame or task.
	objectSize = 64
	// coroutineSize is a generator or coroutine: its frame, its state
	// and its fiber's bookkeeping.
	coroutineSize = 1024
	// FiberSize is what a budget counts for the Go stack of a live fiber
	// (a suspended task or generator). Real stacks start at a few KiB and
	// are not on the heap that Reclaim measures; a nominal 1 KiB keeps a
	// bomb of a million tasks bounded while 100,000 tasks, which CPython
	// runs in about 150 MB, fit the default budget.
	FiberSize = 1024
)

// Alloc charges n bytes to the run's memory budget, returning a MemoryError
// (a Python exception the program may catch) when the budget is spent.
// Native modules call it before building a value whose size the program
// chose.
func (in *Interp) Alloc(n int64) error {
	if in.Mem == nil || n <= 0 {
		return nil
	}
	if in.Mem.Charge(n) != nil {
		return NewException(MemoryErrorClass)
	}
	return nil
}

// allocN charges n items of size bytes each, without overflowing.
func (in *Interp) allocN(n, size int64) error {
	if in.Mem == nil || n <= 0 {
		return nil
	}
	if n > (1<<62)/size {
		return NewException(MemoryErrorClass)
	}
	return in.Alloc(n * size)
}

// allocValues charges a slice of n values (a list's or tuple's elements).
func (in *Interp) allocValues(n int) error { return in.allocN(int64(n), valueSize) }

// allocGrow charges the growth of a slice of values from its capacity to
// hold need elements, as append will grow it (about 1.25x for large
// slices): a list built by append is charged once per reallocation.
func (in *Interp) allocGrow(s []Value, need int) error {
	if need <= cap(s) {
		return nil
	}
	newCap := max(need, cap(s)+cap(s)/4, 8)
	return in.allocValues(newCap - cap(s))
}

// FibersMemory is what the run's live fibers count against the budget: the
// part of Reclaim that the heap does not show.
func (in *Interp) FibersMemory() int64 {
	n := 0
	for _, f := range in.fibers {
		if !f.Done() {
			n++
		}
	}
	return int64(n) * FiberSize
}
