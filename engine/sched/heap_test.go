package sched

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
)

// gcPercent reads GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// StartingHeap raises the collection target while the live heap is small
// and gives GOGC back to 100 once it has grown past half the size asked.
func TestStartingHeap(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: StartingHeap leaves it alone")
	}
	defer debug.SetGCPercent(gcPercent())
	runtime.GC()
	const size = 32 << 20
	StartingHeap(size)
	if p := gcPercent(); p <= 100 {
		t.Fatalf("after StartingHeap(%d) with a small heap, GOGC = %d, want more than 100", size, p)
	}
	// Keep more than half of size live; the finalizer that re-adjusts
	// runs after a collection, on the finalizer goroutine.
	keep := make([][]byte, 0, 64)
	for i := 0; i < 24; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	for i := 0; i < 1000 && gcPercent() != 100; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if p := gcPercent(); p != 100 {
		t.Errorf("with %d MB live, GOGC = %d, want 100", len(keep), p)
	}
	runtime.KeepAlive(keep)
}
