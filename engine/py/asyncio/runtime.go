package asyncio

import "taskline/engine/trace"

// Value is a Python value. The event loop, futures and tasks treat values
// as opaque; everything that needs to look inside one (building an
// exception, a repr, calling a Python callable) goes through host, which
// module.go implements on top of the evaluator. Keeping the loop free of the
// evaluator lets its tests drive it with coroutines written in Go.
type Value = any

// host is what the loop needs from the interpreter.
type host interface {
	none() Value
	isNone(v Value) bool
	str(s string) Value
	newList(elems []Value) Value
	repr(v Value) string

	newCancelledError(msg Value) Value // msg nil: no arguments
	newTimeoutError() Value
	runtimeError(msg string) Value
	invalidStateError(msg string) Value
	valueError(msg string) Value
	isCancelledError(exc Value) bool
	isExactCancelledError(exc Value) bool // type(exc) is CancelledError
	raiseGroup(msg string, excs []Value) error
	logException(l *Loop, msg string, exc Value, key string, obj Value) // loop.call_exception_handler
	str37(v Value) string                                               // str(v)
	isException(exc Value) bool                                         // an Exception (not only a BaseException)
	isExitOrInterrupt(exc Value) bool                                   // SystemExit or KeyboardInterrupt
	raise(exc Value) error                                              // the error that raises exc
	raiseFrom(exc, cause Value) error                                   // raise exc from cause
	excOf(err error) (Value, bool)                                      // the Python exception err carries

	futureObject(f *Future) Value                                    // the Python object of f (Future or Task)
	asFuture(v Value) (*Future, bool)                                // v is an asyncio future
	runPyHandle(h *Handle) error                                     // call h.py(*h.args), reporting errors
	pos() trace.Pos                                                  // the line running now
	coroPos(t *Task) trace.Pos                                       // where t's coroutine is suspended
	formatResult(t *Task) string                                     // the task's outcome for the trace
	coroName(t *Task) (string, trace.Pos)                            // the coroutine's name and def line
	describeCallback(h *Handle) (what string, task int, native bool) // for the trace: "f('a')", the task it concerns, whether it is not Python code
	callLabel(t *Task) string                                        // the call that made its coroutine: "worker('a', 0.1)"
	cancelMsgOf(exc Value) string                                    // a CancelledError's message, or ""
	excLine(exc Value) string                                        // "ValueError: boom"
	excPos(exc Value) trace.Pos
	dropped(f *Future) bool      // f's Python object is garbage
	collectGarbage()             // run the collector, for dropped
	futureDone(f *Future)        // f completed: its Python object may become garbage
	copyContext() Value          // contextvars.copy_context()
	swapContext(ctx Value) Value // make ctx current, returning the previous one           // the innermost line of its traceback
}

// runtime is the per-run state shared by the loop and the module.
type runtime struct {
	host
	py37        bool
	taskCounter int
	rec         *trace.Recorder // nil: no trace
	loop        *Loop
	why         string    // who asks when asyncio itself cancels, for the trace
	whyPos      trace.Pos // the line that asks, if not a task's: asyncio.run, the `async with timeout`
	inCallback  *Handle   // the program's callback the loop is running, for the trace
	failed      []*Future // futures that failed, for "never retrieved" reports
	failGen     int       // failures so far
	needCheck   bool      // a future completed while failures are unretrieved
	checkGen    int       // failGen at the last collection
	checks      int       // collections since then, for the back-off
	// collectedThisIteration limits collections to one right after a
	// handle and one at the end of each loop iteration.
	collectedThisIteration bool
	// step spends one step of the run's budget (nil: no budget). The loop
	// spends one per handle it runs, so that an iteration of Go-only
	// callbacks (100,000 wake-ups) still reaches the budget's Poll, which is
	// how a browser stops a run.
	step func() error
}

func (rt *runtime) invalidState(msg string) error { return rt.raise(rt.invalidStateError(msg)) }

// internalError is a bug in Taskline, not a Python exception.
type internalError struct{ msg string }

func (e *internalError) Error() string { return "internal error: asyncio: " + e.msg }

func (rt *runtime) internal(msg string) error { return &internalError{msg} }
