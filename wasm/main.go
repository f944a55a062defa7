//go:build js && wasm

// Command wasm is Taskline's WebAssembly module: the engine for the browser
// playground, run only inside a Web Worker (web/src/worker.js).
//
// It exports tasklineRun, which runs the engine on a goroutine and yields to
// the worker's event loop every few milliseconds through the engine's Poll
// hook, so that a Stop message can reach it; the run then ends with outcome
// "stopped" and keeps its partial output and trace. Output is handed to the
// worker as it is produced (tasklineOutput), so that if the engine dies the
// page still has what the program printed. The page itself never
// instantiates this module: it compiles it once, posts the compiled module
// to the worker, and draws output, errors and the timeline with JavaScript.
// docs/JSAPI.md describes the protocol between the page, the worker and this
// module.
package main

import (
	"syscall/js"

	"taskline/engine/sched"
)

func main() {
	exportWorker()
	js.Global().Set("tasklineLimits", js.FuncOf(func(js.Value, []js.Value) any {
		return limits()
	}))
	if ready := js.Global().Get("tasklineReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the exported functions alive
}

// limits reports the engine's default budgets, so that the page can say
// what a run that hit one used ("more than 512 MB") without a second copy
// of the numbers.
func limits() js.Value {
	o := js.Global().Get("Object").New()
	o.Set("maxMemory", sched.DefaultMaxMemory)
	o.Set("maxSteps", sched.DefaultMaxSteps)
	return o
}
