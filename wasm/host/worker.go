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
		// The worker sends a run only once the last one is done, so the
		// runner is waiting and the channel has room: a js.FuncOf callback
		// may not block.
		runs <- run{args[0].String(), options(args[1]), args[2]}
		return nil
	}))
	go runner()
	js.Global().Set("tasklineLanguages", js.FuncOf(func(this js.Value, args []js.Value) any {
		var l []any
		for _, s := range engine.Languages() {
			l = append(l, s)
		}
		return js.ValueOf(l)
	}))
}

// A run the worker asked for, and the function its result goes to.
type run struct {
	src  string
	opts engine.Options
	done js.Value
}

var runs = make(chan run, 4)

// runner runs the programs the worker sends, one after another, for the
// module's life. The engine must run on a goroutine of its own: a js.FuncOf
// callback may not block, and Poll blocks while the worker's event loop
// runs. It is one goroutine rather than one per run because a goroutine's
// stack starts at a few kilobytes and grows by copying as calls nest, and
// compiling and running even a small program nests deep enough for several
// copies, each of which walks the stack (a tenth of a warm run's time in
// the worker, profiled); the runner's stack stays grown from one run to
// the next (the collector halves a stack that is mostly unused).
func runner() {
	for r := range runs {
		b := runBinary(r.src, r.opts)
		u8 := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(u8, b)
		r.done.Invoke(u8)
		collectIfGrown()
	}
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

// The buffers a run's result is written into, kept for the next run: the
// result is copied into the page's memory (CopyBytesToJS) as soon as it is
// written, and a small run otherwise made its 10 kB afresh each time, a
// few doublings of append from nothing. A buffer that grew past keepBuffer
// (a big trace) is let go rather than held for the rest of the session.
var headBuf, outBuf []byte

const keepBuffer = 1 << 20

// encode is resultBinary for a finished run, whose story is explained or
// taken from the last run's (explained): it writes into the kept buffers,
// and the bytes it returns are good until the next call.
func encode(src string, t *trace.Trace) []byte {
	head := t.HeadJSON(headBuf[:0])
	head = withStory(head, storyOf(src, t, head))
	out := t.AppendBinary(outBuf[:0], head)
	headBuf, outBuf = head[:0], out[:0]
	if cap(headBuf) > keepBuffer {
		headBuf = nil
	}
	if cap(outBuf) > keepBuffer {
		outBuf = nil
	}
	return out
}

// explained is the last run's story, as JSON (nil if explaining it failed),
// and what it was derived from: the program, and the trace's head, events
// and spans. The story is a function of the program and the trace alone,
// and the page's Run pressed again on the same program, Live mode
// re-running it unchanged, run it to the same trace; explaining it again
// cost a tenth of a warm re-run's time in the worker. Only a trace of at
// most quickTrace records is kept for the comparison, so that a big one is
// not held in memory between runs (and its comparison would cost about
// what a small story does).
var explained explainedRun

type explainedRun struct {
	src   string
	head  []byte
	trace *trace.Trace // for its events and spans
	story []byte
}

// storyOf returns the run's story as JSON: the last run's when the program
// and its trace are the same (head is t's, from HeadJSON), or else the
// story explained afresh.
func storyOf(src string, t *trace.Trace, head []byte) []byte {
	e := &explained
	if e.head != nil && e.src == src && string(e.head) == string(head) && sameRecords(e.trace, t) {
		return e.story
	}
	var j []byte
	if s := story(src, t); s != nil {
		j = s.AppendJSON(nil)
	}
	if t.NumEvents()+t.NumSpans() <= quickTrace {
		*e = explainedRun{src, append(e.head[:0], head...), t, j}
	} else {
		*e = explainedRun{}
	}
	return j
}

// sameRecords reports whether two traces have the same events and spans.
func sameRecords(a, b *trace.Trace) bool {
	if a.NumEvents() != b.NumEvents() || a.NumSpans() != b.NumSpans() {
		return false
	}
	for i := range a.NumEvents() {
		if a.Event(i) != b.Event(i) {
			return false
		}
	}
	for i := range a.NumSpans() {
		if a.Span(i) != b.Span(i) {
			return false
		}
	}
	return true
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
	return encode(src, t)
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
