package sched

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
)

// The expected orders were recorded from CPython 3.11's heapq with items
// compared on the key only (as asyncio's TimerHandle compares on _when), see
// testdata/record_heapq.py.
func TestHeapMatchesHeapq(t *testing.T) {
	type item struct{ key, id int }
	h := Heap[item]{Less: func(a, b item) bool { return a.key < b.key }}
	var got []string
	// A deterministic script of pushes and pops with many equal keys.
	seed := uint32(12345)
	rnd := func(n uint32) int { seed = seed*1103515245 + 12345; return int((seed >> 16) % n) }
	for i := 0; i < 200; i++ {
		if rnd(10) < 6 || h.Len() == 0 {
			h.Push(item{rnd(4), i})
		} else {
			x := h.Pop()
			got = append(got, fmt.Sprint(x.id))
		}
	}
	for h.Len() > 0 {
		got = append(got, fmt.Sprint(h.Pop().id))
	}
	want := strings.Fields(heapqOrder)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("heap order differs from heapq:\n got %v\nwant %v", got, want)
	}
}

func TestFiberResumeYieldKill(t *testing.T) {
	var log []string
	f := NewFiber(func(f *Fiber) {
		defer func() { log = append(log, "unwound") }()
		for i := 0; ; i++ {
			log = append(log, fmt.Sprint("step", i))
			f.Yield()
		}
	})
	for i := 0; i < 3; i++ {
		if !f.Resume() {
			t.Fatal("fiber ended early")
		}
	}
	f.Kill()
	if got := strings.Join(log, ","); got != "step0,step1,step2,unwound" {
		t.Fatalf("log = %s", got)
	}
	if f.Resume() {
		t.Fatal("resume after kill ran")
	}
}

func TestFiberPanicPropagates(t *testing.T) {
	f := NewFiber(func(f *Fiber) { panic("boom") })
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want boom", r)
		}
	}()
	f.Resume()
	t.Fatal("no panic")
}

func TestBudget(t *testing.T) {
	b := Budget{Max: 10}
	for i := 0; i < 10; i++ {
		if err := b.Step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if err := b.Step(); err != ErrStepLimit {
		t.Fatalf("step 11: %v, want ErrStepLimit", err)
	}
	polls := 0
	b = Budget{Poll: func() bool { polls++; return polls < 3 }, PollEvery: 5}
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		err = b.Step()
	}
	if err != ErrStopped || b.Used != 15 {
		t.Fatalf("err %v after %d steps, want ErrStopped after 15", err, b.Used)
	}
}

func TestClockSaturates(t *testing.T) {
	var c Clock
	c.Advance(MaxTime - 10)
	c.Advance(1 << 40)
	if c.Now() != MaxTime {
		t.Fatalf("clock overflowed to %d", c.Now())
	}
	if AddTime(MaxTime-1, 5) != MaxTime || AddTime(-5, -MaxTime) >= 0 || AddTime(3, 4) != 7 {
		t.Error("AddTime does not saturate")
	}
	for _, c := range []struct {
		s    float64
		ns   int64
		fits bool
	}{
		{1.5, 1_500_000_000, true},
		{-1, 0, true},
		{1e308, MaxTime, false},
		{math.Inf(1), MaxTime, false},
		{math.NaN(), 0, false},
		{9.3e9, MaxTime, false},
		{9.2e9, 9_200_000_000_000_000_000, true},
	} {
		ns, ok := SecondsToTime(c.s)
		if ns != c.ns || ok != c.fits {
			t.Errorf("SecondsToTime(%g) = %d, %v; want %d, %v", c.s, ns, ok, c.ns, c.fits)
		}
	}
}

func TestMemoryReclaim(t *testing.T) {
	live := int64(10)
	m := Memory{Max: 100, Reclaim: func() int64 { return live }}
	for i := 0; i < 9; i++ {
		if err := m.Charge(10); err != nil {
			t.Fatalf("charge %d: %v", i, err)
		}
	}
	// 90 charged, 10 live: the next charge past Max reclaims and succeeds.
	if err := m.Charge(20); err != nil || m.Used != 30 {
		t.Fatalf("after reclaim: err %v, used %d; want nil, 30", err, m.Used)
	}
	// Too soon after a reclaim (less than Max/4 charged since): no second
	// collection, the charge fails and charges nothing.
	live = 0
	if err := m.Charge(75); err != ErrMemoryLimit || m.Used != 30 {
		t.Fatalf("err %v, used %d; want ErrMemoryLimit, 30", err, m.Used)
	}
	if err := m.Charge(101); err != ErrMemoryLimit {
		t.Fatalf("a charge larger than Max succeeded")
	}
	var unlimited Memory
	if err := unlimited.Charge(1 << 62); err != nil {
		t.Fatal("Max 0 should mean no limit")
	}
}

func TestBudgetSpend(t *testing.T) {
	b := Budget{Max: 100}
	if err := b.Spend(60); err != nil || b.Used != 60 {
		t.Fatalf("Spend(60): %v, used %d", err, b.Used)
	}
	if err := b.Spend(1 << 62); err != ErrStepLimit {
		t.Fatalf("Spend past the budget: %v, want ErrStepLimit", err)
	}
}

// running returns the coroutine a fiber runs on, after one Resume.
func running(t *testing.T, f *Fiber) *coro {
	t.Helper()
	if !f.Resume() {
		t.Fatal("fiber ended at its first step")
	}
	return f.c
}

func TestFiberCoroutinesAreReused(t *testing.T) {
	step := func(f *Fiber) { f.Yield() }
	a := NewFiber(step)
	ca := running(t, a)
	if a.Resume() || !a.Done() {
		t.Fatal("fiber did not end")
	}
	// The next fiber runs on the coroutine the first one gave back, with
	// its stack, instead of a new one.
	b := NewFiber(step)
	if cb := running(t, b); cb != ca {
		t.Fatal("a new coroutine was made while an idle one was pooled")
	}
	// A killed fiber's coroutine is unwound and reused as well.
	b.Kill()
	c := NewFiber(step)
	if cc := running(t, c); cc != ca {
		t.Fatal("a killed fiber's coroutine was not reused")
	}
	c.Kill()
}

func TestFiberPoolBounded(t *testing.T) {
	// Many fibers ending together: the pool keeps coroPoolMax of their
	// coroutines and the others end, leaving no goroutine behind.
	before := runtime.NumGoroutine() - IdleCoroutines()
	fs := make([]*Fiber, 3*coroPoolMax)
	for i := range fs {
		fs[i] = NewFiber(func(f *Fiber) { f.Yield() })
		running(t, fs[i])
	}
	for i, f := range fs {
		if i%2 == 0 {
			f.Kill()
		} else if f.Resume() {
			t.Fatal("fiber did not end")
		}
	}
	if n := IdleCoroutines(); n > coroPoolMax {
		t.Fatalf("%d idle coroutines, more than %d", n, coroPoolMax)
	}
	if after := runtime.NumGoroutine() - IdleCoroutines(); after > before {
		t.Fatalf("%d goroutines besides the pool before, %d after", before, after)
	}
}

func TestFiberPanicDiscardsCoroutine(t *testing.T) {
	f := NewFiber(func(f *Fiber) {
		f.Yield()
		panic("boom")
	})
	c := running(t, f)
	func() {
		defer func() { recover() }()
		f.Resume()
	}()
	f.Kill() // after a panic: nothing left to unwind
	if f.Resume() {
		t.Fatal("resume after a panic ran")
	}
	g := NewFiber(func(f *Fiber) { f.Yield() })
	if running(t, g) == c {
		t.Fatal("a coroutine that panicked was reused")
	}
	g.Kill()
}

func TestFiberKillUnwindsAgainAtYield(t *testing.T) {
	// A deferred call that yields while the fiber is killed (a Python
	// finally that awaits) unwinds on at once; later fibers are unharmed.
	var log []string
	f := NewFiber(func(f *Fiber) {
		defer func() { log = append(log, "outer") }()
		defer func() {
			defer func() { log = append(log, "inner") }()
			f.Yield()
			log = append(log, "resumed")
		}()
		f.Yield()
	})
	running(t, f)
	f.Kill()
	if got := strings.Join(log, ","); got != "inner,outer" {
		t.Fatalf("log = %s", got)
	}
	n := 0
	g := NewFiber(func(f *Fiber) {
		for ; n < 3; n++ {
			f.Yield()
		}
	})
	for g.Resume() {
	}
	if n != 3 {
		t.Fatalf("the next fiber ran %d steps, want 3", n)
	}
}

func TestFiberKillBeforeStart(t *testing.T) {
	ran := false
	f := NewFiber(func(*Fiber) { ran = true })
	f.Kill()
	if f.Resume() || ran || !f.Done() {
		t.Fatal("a fiber killed before its first Resume ran")
	}
}

// deepYield yields from under n frames, as a task suspends from under the
// evaluator's frames (about 2 KiB of them, more than a fresh 2 KiB Go
// stack holds).
//
//go:noinline
func deepYield(f *Fiber, n int) int {
	var pad [96]byte
	pad[n%len(pad)] = byte(n)
	if n == 0 {
		f.Yield()
		return int(pad[0])
	}
	return deepYield(f, n-1) + int(pad[n%len(pad)])
}

func deepBody(f *Fiber) { deepYield(f, 16) }

// BenchmarkFiberSequential starts fibers one after another, each
// suspending once from deep frames and then ending: a loop over short
// generators, or goroutines that run to completion one by one. Pooled
// coroutines make this a pair of switches per fiber, with no new stack.
func BenchmarkFiberSequential(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		f := NewFiber(deepBody)
		f.Resume()
		f.Resume()
	}
}

// BenchmarkFiberLive5000 starts 5,000 fibers that are all suspended at
// once before any ends (bench/py's gather_fanout): each needs a
// coroutine and a stack of its own, pool or not.
func BenchmarkFiberLive5000(b *testing.B) {
	b.ReportAllocs()
	fs := make([]*Fiber, 5000)
	for b.Loop() {
		for i := range fs {
			fs[i] = NewFiber(deepBody)
			fs[i].Resume()
		}
		for _, f := range fs {
			f.Resume()
		}
	}
}
