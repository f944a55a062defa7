package trace

import (
	"strconv"
	"testing"
)

// Records stay where they were put across blocks, a popped slot is reused
// at a block's edge, and the first block grows without losing any.
func TestBlocks(t *testing.T) {
	var c blocks[int]
	const n = 3*blockSize + 17
	for i := range n {
		if k := c.add(i); k != i {
			t.Fatalf("add %d returned %d", i, k)
		}
	}
	for _, i := range []int{0, 63, 64, blockSize - 1, blockSize, 2*blockSize + 5, n - 1} {
		if got := *c.at(i); got != i {
			t.Errorf("at(%d) = %d", i, got)
		}
	}
	// Pop back to a block's edge and past it, then fill again.
	for c.len() > 2*blockSize-1 {
		c.pop()
	}
	for i := c.len(); i < n; i++ {
		c.add(-i)
	}
	if *c.at(2*blockSize - 2) != 2*blockSize-2 || *c.at(2*blockSize - 1) != -(2*blockSize-1) || *c.at(n - 1) != -(n-1) || c.len() != n {
		t.Errorf("after pop and add: len %d, at(2b-2) %d, at(2b-1) %d, at(n-1) %d",
			c.len(), *c.at(2*blockSize - 2), *c.at(2*blockSize - 1), *c.at(n - 1))
	}
	for k, b := range c.b {
		if k > 0 && cap(b) != blockSize {
			t.Errorf("block %d has room for %d records, want %d", k, cap(b), blockSize)
		}
	}
}

// Every field of an event and a span reads back as it was recorded, and a
// text repeated is kept once until the interning cap, then once per use.
func TestStoreFields(t *testing.T) {
	var tr Trace
	e := Event{Time: 1 << 50, Task: -1, Kind: EvPrint, Pos: Pos{Line: 1 << 30, Col: 7}, Detail: "héllo\n", Related: 12, Stream: 2}
	s := Span{Task: 3, Start: -5, End: 1 << 60, From: 9, To: 11, State: StateAwaiting, On: "Queue.get()", OnTask: -1, Event: 4}
	for range 3 {
		tr.AddEvent(e)
		tr.AddSpan(s)
	}
	if got := tr.Event(2); got != e {
		t.Errorf("event read back as %+v, want %+v", got, e)
	}
	if got := tr.Span(2); got != s {
		t.Errorf("span read back as %+v, want %+v", got, s)
	}
	if n := tr.store.strs.len(); n != 3 { // "", the detail, the on-text
		t.Errorf("%d strings kept for two texts used three times each", n)
	}
	for i := range internCap + 10 {
		tr.AddEvent(Event{Kind: EvPrint, Detail: strconv.Itoa(i), Related: -1})
	}
	before := tr.store.strs.len()
	tr.AddEvent(Event{Kind: EvPrint, Detail: "past the cap", Related: -1})
	tr.AddEvent(Event{Kind: EvPrint, Detail: "past the cap", Related: -1})
	if got := tr.store.strs.len() - before; got != 2 {
		t.Errorf("past the interning cap, a text used twice took %d entries, want 2", got)
	}
	if d := tr.Event(tr.NumEvents() - 1).Detail; d != "past the cap" {
		t.Errorf("last detail %q", d)
	}
}
