package sched

import (
	"math"
	"testing"
)

// Steps spent from the budget tied to a clock move it by their cost when the
// clock is next read; a wait absorbs the CPU work done before it, and work
// longer than the wait makes the waiter late.
func TestClockCountsSteps(t *testing.T) {
	var b Budget
	var c Clock
	for range 5 {
		b.Step() // before CountSteps: not counted
	}
	c.CountSteps(&b, 10)
	if got := c.Now(); got != 0 {
		t.Fatalf("Now() = %d before any counted step, want 0", got)
	}
	for range 7 {
		b.Step()
	}
	if got := c.Now(); got != 70 {
		t.Fatalf("Now() = %d after 7 steps of 10 ns, want 70", got)
	}
	c.AdvanceTo(1000) // a timer due at 1000 ns: the wait absorbs the work
	for range 3 {
		b.Step()
	}
	c.AdvanceTo(1010) // work done before the jump counts first: 1030 > 1010
	if got := c.Now(); got != 1030 {
		t.Fatalf("Now() = %d, want 1030 (the 3 steps before the jump make the waiter late)", got)
	}
	if err := b.Spend(100); err != nil {
		t.Fatal(err)
	}
	c.Advance(5)
	if got := c.Now(); got != 1030+1000+5 {
		t.Fatalf("Now() = %d after Spend(100) and Advance(5), want 2035", got)
	}
}

// Tick is a read of a clock that keeps moving: two reads with no step between
// them still differ, so deadlines taken one after another are ordered.
func TestClockTick(t *testing.T) {
	var c Clock
	a, b := c.Tick(), c.Tick()
	if a != 0 || b != 1 || c.Now() != 2 {
		t.Fatalf("ticks %d, %d, then %d; want 0, 1, then 2", a, b, c.Now())
	}
	c.AdvanceTo(MaxTime)
	if c.Tick() != MaxTime || c.Now() != MaxTime {
		t.Fatalf("Tick at the end of the clock overflowed: %d", c.Now())
	}
}

// A clock without a budget, or with a zero cost, only moves when told; a
// huge step count saturates at MaxTime instead of overflowing.
func TestClockStepCostLimits(t *testing.T) {
	var b Budget
	var c Clock
	c.CountSteps(&b, 0)
	b.Step()
	if c.Now() != 0 {
		t.Fatalf("a zero cost moved the clock to %d", c.Now())
	}
	c.CountSteps(nil, 10)
	if c.Now() != 0 {
		t.Fatalf("no budget moved the clock to %d", c.Now())
	}
	c.CountSteps(&b, 1<<40)
	b.Used += math.MaxInt64 / 2
	if c.Now() != MaxTime {
		t.Fatalf("Now() = %d, want it saturated at MaxTime", c.Now())
	}
}
