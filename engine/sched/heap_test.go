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

// waitPercent collects until PaceGC's finalizer has set GOGC to want,
// or gives up after many collections and returns what it is.
func waitPercent(want int) int {
	for i := 0; i < 1000 && gcPercent() != want; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	return gcPercent()
}

// PaceGC slows collection down while most of the heap survives them and
// goes back to the runtime's pace once collections free most of it.
func TestPaceGC(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: PaceGC leaves it alone")
	}
	defer debug.SetGCPercent(gcPercent())
	PaceGC()
	// Far more than half of the heap at the last goal stays live.
	keep := make([][]byte, 0, 64)
	for i := 0; i < 24; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	if p := waitPercent(400); p != 400 {
		t.Fatalf("with %d MB live across collections, GOGC = %d, want 400", len(keep), p)
	}
	runtime.KeepAlive(keep)
	keep = nil
	if p := waitPercent(100); p != 100 {
		t.Errorf("with the heap freed, GOGC = %d, want 100", p)
	}
}
