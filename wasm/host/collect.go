//go:build js && wasm

package host

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"taskline/engine/sched"
)

// CollectAfter, when not zero, lets a module collect its garbage at the
// moment its worker has least to do: just after a run's result went to the
// page, which is then busy drawing it. When the heap holds more than
// CollectAfter bytes beyond what the last collection found live, the worker
// collects before it takes the next message. A module sets it before Serve
// and raises its GOGC, so that the runtime seldom collects in the middle of
// a run; the heap's pages are then used again rather than fresh ones taken
// (a page of wasm memory touched for the first time costs the operating
// system a fault, about 90 µs each on the machine the budgets were measured
// on). 0, the default, leaves collection to the runtime.
var CollectAfter uint64

// CollectBetweenRuns makes a module collect its garbage between runs, just
// after a result went to the page, and seldom in the middle of one. What
// stays live between runs is small (for Go mode, the checked
// standard-library stubs and the last programs compiled, about 1 MB), so
// at Go's default GOGC of 100 the heap's 4 MB floor made the runtime
// collect every few dozen warm runs, inside a run; and a collection in the
// browser is slow, as the collector's code runs too seldom for the
// JavaScript engine to optimise it, and the first one compiles it
// (100–300 ms measured in node, against 2–5 ms for the run it delays).
// At GOGC 400 the floor is 16 MB; collecting between runs once 2 MB of
// garbage has piled up (25 or so warm runs of a playground program) keeps
// the heap in the pages already touched. Both engine modules use it.
func CollectBetweenRuns() {
	debug.SetGCPercent(400)
	// A program that keeps much alive must not let the heap grow to five
	// times that before a collection: nearing the default memory budget,
	// the collector runs as often as it must to stay under it. (The run's
	// own budget, sched.Memory, still decides when a program is out of
	// memory.)
	debug.SetMemoryLimit(sched.DefaultMaxMemory)
	CollectAfter = 2 << 20
}

var collectSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"}, // live and not yet freed
	{Name: "/gc/heap/live:bytes"},                // live at the last collection
}

// collectIfGrown collects when the garbage since the last collection passed
// CollectAfter.
func collectIfGrown() {
	if CollectAfter == 0 {
		return
	}
	metrics.Read(collectSamples)
	objects, live := collectSamples[0].Value, collectSamples[1].Value
	if objects.Kind() != metrics.KindUint64 || live.Kind() != metrics.KindUint64 {
		return
	}
	if o, l := objects.Uint64(), live.Uint64(); o > l && o-l > CollectAfter {
		runtime.GC()
	}
}
