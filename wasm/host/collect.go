//go:build js && wasm

package host

import (
	"runtime"
	"runtime/metrics"
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
