//go:build js && wasm

// Command golang is Taskline's Go engine for the browser
// (static/build/taskline-go.wasm): goroutines, channels, context and
// errgroup, type-checked by go/types. A page fetches it only when it runs a
// Go program, and runs it in a Web Worker of its own (web/src/client.js);
// the Python engine is the module wasm/.
package main

import (
	"runtime/debug"

	_ "taskline/engine/golite" // Go mode
	"taskline/engine/sched"
	"taskline/wasm/host"
)

// gcPercent is the module's GOGC. What stays live between runs is small
// (the checked standard-library stubs and the last programs compiled,
// about 1 MB), so at Go's default of 100 the heap's 4 MB floor made a
// collection every few dozen warm runs, and a collection in the browser
// is slow: the collector's code runs too seldom for the JavaScript engine
// to optimise it, and the first collection compiles it (100–300 ms
// measured in node, against 2–5 ms for the run it interrupts). At 400
// the floor is 16 MB: no collection in a hundred warm runs of a
// playground program.
const gcPercent = 400

func main() {
	debug.SetGCPercent(gcPercent)
	// A program that keeps much alive must not let the heap grow to five
	// times that before a collection: nearing the default memory budget,
	// the collector runs as often as it must to stay under it. (The
	// run's own budget, sched.Memory, still decides when a program is
	// out of memory.)
	debug.SetMemoryLimit(sched.DefaultMaxMemory)
	host.Serve()
}
