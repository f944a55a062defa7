// Package sched holds what both language engines share to run a program
// deterministically: a virtual clock, a timer heap with Python's heapq order,
// fibers (one per task or goroutine, exactly one running at a time) and a step
// budget.
//
// Nothing here reads the wall clock or unseeded randomness. The engines build
// their own schedulers (CPython's event loop, Go's run queue) out of these parts.
package sched

import (
	"errors"
	"iter"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Clock is a virtual clock in nanoseconds. It moves when the engine
// advances it to the next timer, so sleep(3600) costs nothing, and, once
// CountSteps has tied it to a step budget, by the CPU cost of every step the
// program spends (docs/COST.md): CPU work takes virtual time, as it takes
// real time in the real runtimes.
//
// Its range is that of an int64: MaxTime, about 292 years. A deadline past
// it can never be reached; engines treat a wait for one as a wait for ever
// rather than letting the arithmetic overflow.
type Clock struct {
	now int64

	// The CPU cost model: steps spent from cpu since the clock last looked
	// (seen) are added, cost nanoseconds each, when the clock is next read
	// or moved. Folding them in lazily keeps Budget.Step, the engines'
	// hottest path, free of any clock work, and is exact because every
	// read and every move folds first.
	cpu  *Budget
	cost int64
	seen int64
}

// MaxTime is the latest time the clock can show.
const MaxTime = math.MaxInt64

// The CPU cost model (docs/COST.md has the measurements behind each figure).
const (
	// PyStepCost is what one Python step (a statement, a loop iteration
	// or a call) costs: CPython 3.11-3.13 run a simple loop iteration,
	// two to three Taskline steps, in 30-50 ns of CPU time.
	PyStepCost = 10
	// PyPollCost is what one pass of the event loop that finds callbacks
	// ready costs beyond the steps of those callbacks: CPython's
	// _run_once polls its selector with a zero timeout, an epoll_wait
	// system call measured at 1.7-2.5 us, and runs about a hundred
	// bytecodes of its own.
	PyPollCost = 1000
	// GoStepCost is what one Go step costs: a compiled statement takes
	// a nanosecond or less; one nanosecond, the clock's resolution, is the
	// least that keeps two calls made one after another at different
	// instants, as Go's nanotime() sees them.
	GoStepCost = 1
)

// CountSteps makes every step spent from b from now on move the clock on by
// cost nanoseconds.
func (c *Clock) CountSteps(b *Budget, cost int64) {
	if b == nil || cost <= 0 {
		c.cpu = nil
		return
	}
	c.cpu, c.cost, c.seen = b, cost, b.Used
}

// Now returns the current virtual time.
func (c *Clock) Now() int64 {
	if c.cpu != nil && c.cpu.Used != c.seen {
		c.foldSteps()
	}
	return c.now
}

// Tick returns the current virtual time and moves the clock on by one
// nanosecond: a read of CPython's time.monotonic() or Go's nanotime(), which
// keep moving while code runs, so that two deadlines taken one after another
// differ even when no step was spent between the reads.
func (c *Clock) Tick() int64 {
	now := c.Now()
	if now < MaxTime {
		c.now = now + 1
	}
	return now
}

// foldSteps adds the cost of the steps spent since the clock last looked.
func (c *Clock) foldSteps() {
	n := c.cpu.Used - c.seen
	c.seen = c.cpu.Used
	if n <= 0 {
		return
	}
	if n > MaxTime/c.cost {
		c.now = MaxTime
		return
	}
	c.now = AddTime(c.now, n*c.cost)
}

// AdvanceTo moves the clock forward to t; it never moves backwards. CPU
// work done before the move counts first, so a wait absorbs it and work
// longer than the wait makes the waiter late.
func (c *Clock) AdvanceTo(t int64) {
	if t > c.Now() {
		c.now = t
	}
}

// Advance moves the clock forward by d nanoseconds, stopping at MaxTime
// instead of overflowing.
func (c *Clock) Advance(d int64) {
	if d > 0 {
		c.now = AddTime(c.Now(), d)
	}
}

// AddTime returns t+d saturated to [math.MinInt64, MaxTime], for deadlines
// computed from a time and a duration the program chose.
func AddTime(t, d int64) int64 {
	if d > 0 && t > MaxTime-d {
		return MaxTime
	}
	if d < 0 && t < math.MinInt64-d {
		return math.MinInt64
	}
	return t + d
}

// SecondsToTime converts a time in seconds to the clock's nanoseconds,
// rounding up, and reports whether it lies within the clock's range
// (false for +Inf, NaN and anything past MaxTime; negative times are
// clamped to 0).
func SecondsToTime(s float64) (int64, bool) {
	if math.IsNaN(s) {
		return 0, false
	}
	ns := math.Ceil(s * 1e9)
	if ns >= 1<<63 { // float64(MaxTime) rounds up to 2^63
		return MaxTime, false
	}
	if ns <= 0 {
		return 0, true
	}
	n := int64(ns)
	for float64(n)/1e9 < s && n < MaxTime {
		n++
	}
	return n, true
}

// Heap is a binary min-heap that reproduces the exact element order of
// Python's heapq module (heappush, heappop, heapify), including the order in
// which equal keys come out, which is not FIFO. CPython's event loop keeps its
// timers in such a heap, so equal deadlines fire in heapq order.
type Heap[T any] struct {
	Items []T
	Less  func(a, b T) bool
}

// Len returns the number of items.
func (h *Heap[T]) Len() int { return len(h.Items) }

// Push is heapq.heappush.
func (h *Heap[T]) Push(x T) {
	h.Items = append(h.Items, x)
	h.siftdown(0, len(h.Items)-1)
}

// Pop is heapq.heappop. It panics on an empty heap.
func (h *Heap[T]) Pop() T {
	last := h.Items[len(h.Items)-1]
	h.Items = h.Items[:len(h.Items)-1]
	if len(h.Items) == 0 {
		return last
	}
	top := h.Items[0]
	h.Items[0] = last
	h.siftup(0)
	return top
}

// Peek returns the smallest item without removing it.
func (h *Heap[T]) Peek() T { return h.Items[0] }

// Heapify is heapq.heapify.
func (h *Heap[T]) Heapify() {
	n := len(h.Items)
	for i := n/2 - 1; i >= 0; i-- {
		h.siftup(i)
	}
}

// siftdown is heapq._siftdown: move the item at pos up towards startpos.
func (h *Heap[T]) siftdown(startpos, pos int) {
	a := h.Items
	newitem := a[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := a[parentpos]
		if h.Less(newitem, parent) {
			a[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	a[pos] = newitem
}

// siftup is heapq._siftup: bubble the smaller child up until hitting a leaf,
// then siftdown the displaced item. This two-phase form is what makes heapq's
// order of equal keys differ from a textbook heap.
func (h *Heap[T]) siftup(pos int) {
	a := h.Items
	endpos := len(a)
	startpos := pos
	newitem := a[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !h.Less(a[childpos], a[rightpos]) {
			childpos = rightpos
		}
		a[pos] = a[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	a[pos] = newitem
	h.siftdown(startpos, pos)
}

// ErrStepLimit is returned by Budget.Step once the budget is spent.
var ErrStepLimit = errors.New("step limit exceeded")

// Budget counts evaluation steps. Engines call Step once per statement, loop
// iteration and call; a runaway program stops with ErrStepLimit, keeping its
// partial output and trace.
type Budget struct {
	Max  int64 // 0 means no limit
	Used int64

	// Poll, if set, is called every PollEvery steps; returning false stops
	// the run (the Stop button). It is also where a browser host yields.
	Poll      func() bool
	PollEvery int64
	Stopped   bool
}

// DefaultMaxSteps is the step budget when none is given.
const DefaultMaxSteps = 50_000_000

// Step spends one step.
func (b *Budget) Step() error {
	b.Used++
	if b.Max > 0 && b.Used > b.Max {
		return ErrStepLimit
	}
	if b.Poll != nil && b.PollEvery > 0 && b.Used%b.PollEvery == 0 && !b.Poll() {
		b.Stopped = true
		return ErrStopped
	}
	return nil
}

// Spend spends n steps at once, for native work whose cost the engine
// knows before doing it (a big-int power); it fails, as Step does, when the
// budget cannot cover them, before the work is done.
func (b *Budget) Spend(n int64) error {
	if n <= 0 {
		return nil
	}
	if b.Max > 0 && b.Used > b.Max-n {
		b.Used = b.Max + 1
		return ErrStepLimit
	}
	b.Used += n - 1
	return b.Step()
}

// ErrStopped is returned by Budget.Step when Poll asked to stop.
var ErrStopped = errors.New("stopped")

// DefaultMaxMemory is a run's memory budget when none is given: 512 MiB.
const DefaultMaxMemory = 512 << 20

// ErrMemoryLimit is returned by Memory.Charge once the budget is exceeded.
var ErrMemoryLimit = errors.New("memory limit exceeded")

// Memory is a run's memory budget, shared by both languages. A runtime charges
// what a program's values cost before it allocates them (a string, a list's
// backing array, a goroutine's stack, a task, a trace record) and releases
// what it knows to be freed; a charge past Max fails, and the runtime ends the
// run the way the real runtime would (a Python MemoryError, Go's fatal
// out-of-memory error), keeping the output and trace so far. Because the
// charge comes before the allocation, the host process never allocates past
// the budget on the program's behalf.
//
// A runtime seldom knows when a value dies (a string may be referenced from
// anywhere), so Used counts what was allocated. Reclaim, if set, corrects it
// with what is still live: when a charge would pass Max, and at least a
// quarter of Max was charged since the last correction, Charge asks Reclaim
// for the bytes still in use and retries with that. A loop that builds and
// drops a large string a thousand times therefore never fails, while a
// value that really grows past Max does.
type Memory struct {
	Max  int64 // bytes; 0 means no limit
	Used int64
	// Reclaim returns the bytes of the run still live (HeapReclaimer
	// measures the Go heap); nil means Used only ever grows by charges.
	Reclaim func() int64

	sinceReclaim int64
}

// Charge accounts n more bytes; it fails, charging nothing, when that would
// pass Max.
func (m *Memory) Charge(n int64) error {
	if n < 0 {
		n = 0
	}
	if m.Max > 0 && (n > m.Max || m.Used > m.Max-n) {
		if n > m.Max || m.Reclaim == nil || m.sinceReclaim < m.Max/4 {
			return ErrMemoryLimit
		}
		m.Used, m.sinceReclaim = m.Reclaim(), 0
		if m.Used > m.Max-n {
			return ErrMemoryLimit
		}
	}
	m.Used += n
	m.sinceReclaim += n
	return nil
}

// HeapReclaimer returns a Reclaim function for Memory that measures the
// bytes live on the Go heap after a garbage collection, less what was live
// when HeapReclaimer was called (the host's own data). Goroutine stacks are
// not heap: a runtime whose fibers hold stacks adds its own figure for them. It is exact for a
// process that runs one program at a time (the command line, the wasm
// worker); where several runs share a process, each sees the others' data.
func HeapReclaimer() func() int64 {
	base := liveHeap()
	return func() int64 {
		runtime.GC()
		return max(0, liveHeap()-base)
	}
}

// liveHeap is the heap memory occupied by live objects as of the last
// garbage collection.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// PaceGC sets this process's garbage collector to collect at the
// runtime's pace (GOGC=100, the heap allowed to double) while collections
// free most of the heap, and at a quarter of that pace (GOGC=400) while
// most of it survives. A run allocates two kinds of memory: short-lived
// values (frames, boxed numbers, strings), which a collection frees and
// the next allocations reuse, and what the run keeps until it ends (the
// trace, thousands of goroutines and their stacks). Collecting the first
// kind is cheap and saves touching fresh memory, which costs more than
// the collection on a machine where page faults are dear; collecting the
// second kind only marks the same growing heap (and scans every fiber's
// stack) again and again. After each collection the share of the heap that
// survived decides the pace of the next. A GOGC set in the environment is
// left alone. It is meant for hosts that run one program in a process
// (the command line); a run's memory budget holds either way, since
// Memory.Reclaim collects on its own.
func PaceGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	// goal is the heap at which the last collection was due: the
	// runtime's 4 MB minimum before the first.
	goal := int64(4 << 20)
	adjust := func() {
		live := liveHeap()
		if live > goal/2 {
			debug.SetGCPercent(400)
		} else {
			debug.SetGCPercent(100)
		}
		goal = heapGoal()
	}
	// A finalizer runs after each collection that finds its object dead:
	// re-armed each time, it adjusts the pace after every cycle.
	type sentinel struct{ _ *int }
	var arm func()
	arm = func() {
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
			adjust()
			arm()
		})
	}
	arm()
}

// heapGoal is the heap size at which the next collection is due.
func heapGoal() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 4 << 20
	}
	return int64(s[0].Value.Uint64())
}

// Release gives back n bytes charged earlier.
func (m *Memory) Release(n int64) {
	m.Used -= n
	if m.Used < 0 {
		m.Used = 0
	}
}

// Fiber is a suspended computation: the body of one task or goroutine (or a
// generator). Resume runs it until it calls Yield or returns; exactly one
// fiber runs at a time, so execution is deterministic.
//
// A fiber runs on a coroutine built on iter.Pull, whose switches are cheap
// runtime coroutine switches. Coroutines are pooled: one is taken when a
// fiber first runs, and when the body returns (or is killed) the coroutine
// goes back to the pool, parked in its loop with the Go stack it grew, and
// runs the body of the next fiber. A program that starts thousands of
// short generators, tasks or goroutines one after another so reuses a few
// coroutines instead of paying, for each, iter.Pull's allocations, a fresh
// stack (page faults on a fresh page) and the copy that grows it.
type Fiber struct {
	// Arg is the caller's: a body that is a plain function rather than a
	// closure finds what it runs here (see Init).
	Arg  any
	body func(f *Fiber)
	// c is the coroutine running the body, from the first Resume until
	// the body ends.
	c      *coro
	done   bool
	killed bool
}

// coro is a pooled coroutine: a loop that runs one fiber's body after
// another, parking between two.
type coro struct {
	next func() (struct{}, bool)
	stop func()
	// yield is valid while the coroutine runs.
	yield func(struct{}) bool
	f     *Fiber // the fiber whose body it runs
	ended bool   // f's body has returned; the coroutine is parked idle
}

// errKilled unwinds a fiber that is being discarded.
type errKilled struct{}

// IsKill reports whether a recovered panic value is the unwinding of a
// killed fiber, which a body that recovers panics must let pass.
func IsKill(r any) bool {
	_, ok := r.(errKilled)
	return ok
}

// NewFiber returns a fiber that will run body on its first Resume.
func NewFiber(body func(f *Fiber)) *Fiber {
	return &Fiber{body: body}
}

// Init makes f, a Fiber in the caller's own value, a new fiber that will
// run body on its first Resume, with arg in f.Arg. With a body that is a
// plain function and a pointer for arg, a fiber so made costs no
// allocation of its own.
func (f *Fiber) Init(body func(f *Fiber), arg any) {
	*f = Fiber{Arg: arg, body: body}
}

func newCoro() *coro {
	c := &coro{}
	c.next, c.stop = iter.Pull(func(yield func(struct{}) bool) {
		c.yield = yield
		for {
			c.run(c.f)
			c.ended = true
			if !poolHasRoom() {
				// Many fibers ending together (a run's last tasks):
				// end here rather than park and be stopped.
				return
			}
			// Park until the pool hands the coroutine another fiber
			// (false: it is discarded instead).
			if !yield(struct{}{}) {
				return
			}
		}
	})
	return c
}

// run runs f's body; a kill ends it as a return does. Any other panic
// ends the coroutine too, propagating to the caller of Resume.
func (c *coro) run(f *Fiber) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errKilled); ok {
				return
			}
			panic(r)
		}
	}()
	f.body(f)
}

// Resume runs the fiber until it yields (true) or finishes (false). A panic
// inside the fiber propagates to the caller of Resume.
func (f *Fiber) Resume() bool {
	if f.done {
		return false
	}
	c := f.c
	if c == nil {
		c = getCoro()
		c.f, f.c = f, c
	}
	if _, ok := c.next(); !ok {
		// The coroutine ended: the body returned with the pool full,
		// or panicked (the panic already propagated once).
		f.done, f.c, f.body, f.Arg = true, nil, nil, nil
		return false
	}
	if c.ended {
		f.end(c)
		return false
	}
	return true
}

// end detaches a fiber whose body has returned from its coroutine, which
// goes back to the pool.
func (f *Fiber) end(c *coro) {
	f.done, f.c, f.body, f.Arg = true, nil, nil, nil
	c.f, c.ended = nil, false
	putCoro(c)
}

// Yield suspends the running fiber and returns control to its Resume caller.
// If the fiber is killed while suspended, Yield does not return: the fiber's
// Go stack unwinds (running Go defers) and the fiber ends. A Yield during
// that unwinding (a deferred call that waits) unwinds again at once.
func (f *Fiber) Yield() {
	if f.killed || !f.c.yield(struct{}{}) || f.killed {
		panic(errKilled{})
	}
}

// Done reports whether the fiber has finished.
func (f *Fiber) Done() bool { return f.done }

// Kill discards a suspended fiber, unwinding its stack. It is how a run ends
// with tasks still pending, without leaking their goroutines. The unwound
// coroutine goes back to the pool like one whose body returned.
func (f *Fiber) Kill() {
	if f.done {
		return
	}
	c := f.c
	if c == nil {
		// Never started: there is nothing to unwind.
		f.done, f.body, f.Arg = true, nil, nil
		return
	}
	f.killed = true
	if _, ok := c.next(); !ok || !c.ended {
		// The coroutine ended with the body (the pool was full), or
		// was somehow left running: it cannot be reused. (A panic
		// while unwinding propagates from next, as from Resume.)
		f.done, f.c, f.body, f.Arg = true, nil, nil, nil
		c.stop()
		return
	}
	f.end(c)
}

// coroPool holds the idle coroutines of the process. Any goroutine may
// resume one (one at a time: it is taken out while used), so runs in
// parallel share it.
var coroPool struct {
	mu   sync.Mutex
	idle []*coro
}

// coroPoolMax bounds the idle coroutines kept, and so the memory their
// stacks hold: more than a program has finishing at once in the usual
// case, where fibers end one after another.
const coroPoolMax = 64

// IdleCoroutines is how many pooled coroutines are parked between two
// fibers: goroutines of the process that a check for leaked fibers must not
// count as leaked.
func IdleCoroutines() int {
	coroPool.mu.Lock()
	defer coroPool.mu.Unlock()
	return len(coroPool.idle)
}

func getCoro() *coro {
	coroPool.mu.Lock()
	if n := len(coroPool.idle); n > 0 {
		c := coroPool.idle[n-1]
		coroPool.idle[n-1] = nil
		coroPool.idle = coroPool.idle[:n-1]
		coroPool.mu.Unlock()
		return c
	}
	coroPool.mu.Unlock()
	return newCoro()
}

func poolHasRoom() bool {
	coroPool.mu.Lock()
	defer coroPool.mu.Unlock()
	return len(coroPool.idle) < coroPoolMax
}

func putCoro(c *coro) {
	coroPool.mu.Lock()
	if len(coroPool.idle) < coroPoolMax {
		coroPool.idle = append(coroPool.idle, c)
		coroPool.mu.Unlock()
		return
	}
	coroPool.mu.Unlock()
	c.stop()
}
