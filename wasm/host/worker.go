//go:build js && wasm

// Package host is what both of Taskline's WebAssembly modules share: the
// glue between an engine and the Web Worker that runs it
// (web/src/worker.js). Each module is a small main package that links the
// engines it serves — wasm/ the Python engine, wasm/golang the Go engine —
// and calls Serve; a page downloads the Go module only when it runs Go.
//
// Serve exports tasklineRun, which runs the engine on a goroutine and yields
// to the worker's event loop every few milliseconds through the engine's
// Poll hook, so that a Stop message can reach it; the run then ends with
// outcome "stopped" and keeps its partial output and trace. The result
// goes back as one Uint8Array in the trace's binary form
// (trace.AppendBinary): its events and spans as columns, the rest and the
// story as JSON, so that a million events cross to the page as about 70 MB
// of typed arrays instead of 200 MB of JSON text. Output is
// handed to the worker as it is produced (tasklineOutput), so that if the
// engine dies the page still has what the program printed. The page itself
// never instantiates a module: it compiles it, posts the compiled module to
// the worker, and draws output, errors and the timeline with JavaScript.
// docs/JSAPI.md describes the protocol between the page, the worker and the
// modules.
package host

import (
	"fmt"
	"syscall/js"
	"time"

	"taskline/engine"
	"taskline/engine/explain"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

// Serve exports the engines linked into the module (tasklineRun,
// tasklineLanguages, tasklineLimits), tells the worker script it is ready
// (tasklineReady) and keeps the module alive for the worker's calls.
func Serve() {
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
	o.Set("traceLimit", PageTraceLimit)
	return o
}

// PageTraceLimit is the events (and spans) a run's trace keeps in the page
// (engine.Options.TraceLimit), ten times the command line's default: the
// timeline draws a million events in a frame's time, and the binary form
// carries them to it. In the engine they cost about 170 bytes each (an
// Event and a Span, with their strings shared), so a full trace is about
// 170 MB of the wasm module's memory, beside the program's 512 MiB budget
// (which counts it: sched.Memory measures the live heap).
const PageTraceLimit = 1_000_000

// yieldEvery is how long the engine may run before it yields to the worker's
// event loop. It bounds how late a Stop is noticed; it does not affect the
// page, which never runs the engine.
const yieldEvery = 25 * time.Millisecond

// quickTrace is the number of events under which a run's trace is explained
// and encoded without yielding first. Natively, explaining a Python run
// takes 0.1–0.4 µs an event (BenchmarkExplain in engine/explain), and the
// browser about six times the native time (the seed example's 28 events:
// 0.22 ms natively, 1.4 ms of the worker's CPU in Chromium), so under
// 10,000 events it takes about yieldEvery at most.
const quickTrace = 10_000

// exportWorker defines, on the worker's global object:
//
//	tasklineRun(source, {lang, python, maxSteps, maxMemory, traceLimit, file, seed}, done)
//
// which starts a run and later calls done(result), result a Uint8Array
// holding the trace and story in the trace's binary form. It relies on two
// helpers the worker script defines: tasklineYield(cb), which calls cb from
// a fresh event-loop task, and tasklineStopRequested(), which reports
// whether the page asked to stop the current run.
func exportWorker() {
	js.Global().Set("tasklineRun", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 3 || args[2].Type() != js.TypeFunction {
			panic("tasklineRun: want (source, options, done)")
		}
		src := args[0].String()
		opts := options(args[1])
		done := args[2]
		// The engine must run on its own goroutine: a js.FuncOf callback may
		// not block, and Poll blocks while the worker's event loop runs.
		go func() {
			b := runBinary(src, opts)
			u8 := js.Global().Get("Uint8Array").New(len(b))
			js.CopyBytesToJS(u8, b)
			done.Invoke(u8)
			collectIfGrown()
		}()
		return nil
	}))
	js.Global().Set("tasklineLanguages", js.FuncOf(func(this js.Value, args []js.Value) any {
		var l []any
		for _, s := range engine.Languages() {
			l = append(l, s)
		}
		return js.ValueOf(l)
	}))
}

// options reads engine options from a JS object; missing fields keep their
// zero value, which the engine reads as its default.
func options(o js.Value) engine.Options {
	var opts engine.Options
	if o.Type() != js.TypeObject {
		return opts
	}
	str := func(k string) string {
		if v := o.Get(k); v.Type() == js.TypeString {
			return v.String()
		}
		return ""
	}
	num := func(k string) int64 {
		if v := o.Get(k); v.Type() == js.TypeNumber {
			return int64(v.Float())
		}
		return 0
	}
	opts.Lang, opts.Python, opts.File = str("lang"), str("python"), str("file")
	opts.MaxSteps, opts.Seed = num("maxSteps"), num("seed")
	opts.MaxMemory = num("maxMemory")
	opts.TraceLimit = int(num("traceLimit"))
	if opts.TraceLimit <= 0 {
		opts.TraceLimit = PageTraceLimit
	}
	return opts
}

// resultBinary is what a run hands back: the trace in its binary form, with
// the story of the run (explain.Explain) added to its JSON head as "story",
// which the page's JS reads as result.story. Keeping the trace's fields at
// the top level lets every reader of a trace read a result. The head is
// written by hand-written encoders, which write what encoding/json would,
// so that the module every visitor downloads links no encoding/json.
func resultBinary(t *trace.Trace, s *explain.Story) []byte {
	return t.AppendBinary(nil, resultHead(t, s))
}

// resultHead is the JSON head of resultBinary: the trace without its events
// and spans, and the story.
func resultHead(t *trace.Trace, s *explain.Story) []byte {
	b := t.HeadJSON(nil)
	if s == nil {
		return b
	}
	b = append(b[:len(b)-1], `,"story":`...)
	b = s.AppendJSON(b)
	return append(b, '}')
}

// runBinary runs the program and returns its trace and story (resultBinary).
// Whatever happens inside the engine, the page gets a trace: a panic
// becomes an "internal" outcome rather than a dead worker.
func runBinary(src string, opts engine.Options) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = internalError(opts, fmt.Sprint(r))
		}
	}()
	last := time.Now()
	stopRequested := js.Global().Get("tasklineStopRequested")
	var printed outputStream
	// The first output of a run goes to the page at once, later output at
	// least every yieldEvery: a run whose engine dies before its first
	// yield (deep recursion growing the wasm stack, say) keeps what it
	// printed first.
	sent := false
	opts.Output = func(stream int, text string) {
		printed.write(stream, text)
		if !sent {
			sent = true
			printed.flush()
		}
	}
	opts.Poll = func() bool {
		if time.Since(last) >= yieldEvery {
			printed.flush()
			yieldToEventLoop()
			last = time.Now()
		}
		return !(stopRequested.Type() == js.TypeFunction && stopRequested.Invoke().Truthy())
	}
	t := engine.Run(src, opts)
	// A sign of life for the page before explaining the run and encoding
	// the trace, which can take seconds for a big one. A small trace is
	// explained and encoded in a few milliseconds, and its result is the
	// sign of life: the yield would cost a round through the worker's event
	// loop, which a busy machine may not give back at once.
	if t.NumEvents() >= quickTrace {
		printed.flush()
		yieldToEventLoop()
	}
	return resultBinary(t, story(src, t))
}

// story explains the run. A bug in the explanation must not cost the user
// the run itself: a panic there leaves the result without a story.
func story(src string, t *trace.Trace) (s *explain.Story) {
	defer func() {
		if r := recover(); r != nil {
			js.Global().Get("console").Call("error", fmt.Sprint("taskline: explaining the run failed: ", r))
			s = nil
		}
	}()
	return explain.Explain(src, t)
}

// yieldToEventLoop blocks this goroutine until the worker's event loop has
// run once, so that messages queued for the worker (Stop) are delivered.
func yieldToEventLoop() {
	yield := js.Global().Get("tasklineYield")
	if yield.Type() != js.TypeFunction {
		return
	}
	ch := make(chan struct{})
	cb := js.FuncOf(func(js.Value, []js.Value) any { close(ch); return nil })
	yield.Invoke(cb)
	<-ch
	cb.Release()
}

func internalError(opts engine.Options, msg string) []byte {
	msg = "internal error: " + msg
	t := trace.Trace{Version: trace.Version, Lang: opts.Lang, File: opts.File,
		Tasks: []trace.Task{},
		Outcome: trace.Outcome{Kind: trace.OutcomeInternal, ExitCode: trace.ExitInternal, Stderr: "taskline: " + msg + "\n",
			Error: &trace.Error{Type: "InternalError", Message: msg, Line: msg, Task: -1}}}
	return resultBinary(&t, nil)
}
