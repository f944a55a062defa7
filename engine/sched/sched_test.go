package sched

import (
	"fmt"
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
