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

// The module collects its garbage between runs (host.CollectAfter), just
// after a result went to the page, and seldom in the middle of one
// (gcPercent). What stays live between runs is small (the checked
// standard-library stubs and the last programs compiled, about 1 MB), so
// at Go's default GOGC of 100 the heap's 4 MB floor made the runtime
// collect every few dozen warm runs, inside a run; and a collection in the
// browser is slow, as the collector's code runs too seldom for the
// JavaScript engine to optimise it, and the first one compiles it
// (100–300 ms measured in node, against 2–5 ms for the run it delays).
// At 400 the floor is 16 MB; collecting between runs once 2 MB of garbage
// has piled up (25 or so warm runs of a playground program) keeps the heap
// in the pages already touched.
const (
	gcPercent    = 400
	collectAfter = 2 << 20
)

func main() {
	debug.SetGCPercent(gcPercent)
	// A program that keeps much alive must not let the heap grow to five
	// times that before a collection: nearing the default memory budget,
	// the collector runs as often as it must to stay under it. (The
	// run's own budget, sched.Memory, still decides when a program is
	// out of memory.)
	debug.SetMemoryLimit(sched.DefaultMaxMemory)
	host.CollectAfter = collectAfter
	host.Serve()
}
