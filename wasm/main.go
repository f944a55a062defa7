//go:build js && wasm

// Command wasm is Taskline's Python engine for the browser
// (static/build/taskline.wasm), run only inside a Web Worker
// (web/src/worker.js). It is the module every visitor downloads, so it
// links only what a Python run needs: the Python engine, the story of a
// Python run (engine/explain built with the tag tasklinepy, which leaves
// out its go/parser half) and the parser of exercise checks for the
// teacher's page. The Go engine is a module of its own, wasm/golang. What
// the module sends to the page (trace, story, checks) is written by
// hand-written encoders, so encoding/json is not linked; nor is crypto
// (deps_test.go). web/test/budget.json holds its compressed size.
//
// scripts/build.sh builds it with -tags tasklinepy -trimpath -ldflags=-s -w.
package main

import (
	_ "taskline/engine/py" // Python asyncio
	"taskline/wasm/host"
)

func main() {
	host.CollectBetweenRuns()
	host.Serve()
}
