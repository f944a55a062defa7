//go:build js && wasm

// Command wasm is Taskline's WebAssembly module: the engine for the browser
// playground, and the DOM glue that writes a run's output and error into the
// page.
//
// One binary plays two roles, chosen by where it is started. In a Web Worker
// (no document) it runs programs: it exports tasklineRun, which runs the
// engine on a goroutine and yields to the worker's event loop every few
// milliseconds through the engine's Poll hook, so that a Stop message can
// reach it; the run then ends with outcome "stopped" and keeps its partial
// output and trace. On the page (a document exists) it exports tasklineDOM,
// which renders the Output region and the error alert with textContent only,
// so program output is never interpreted as HTML. The page compiles the
// module once and hands the compiled module to the worker, so both roles
// share one download and one compilation. docs/JSAPI.md describes the
// protocol between the page, the worker and this module.
package main

import (
	"syscall/js"
)

func main() {
	if js.Global().Get("document").Truthy() {
		exportDOM()
	} else {
		exportWorker()
	}
	if ready := js.Global().Get("tasklineReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the exported functions alive
}
