//go:build js && wasm

// Command golang is Taskline's Go engine for the browser
// (static/build/taskline-go.wasm): goroutines, channels, context and
// errgroup, type-checked by go/types. A page fetches it only when it runs a
// Go program, and runs it in a Web Worker of its own (web/src/client.js);
// the Python engine is the module wasm/.
package main

import (
	_ "taskline/engine/golite" // Go mode
	"taskline/wasm/host"
)

// The module collects its garbage between runs (host.CollectBetweenRuns).
func main() {
	host.CollectBetweenRuns()
	host.Serve()
}
