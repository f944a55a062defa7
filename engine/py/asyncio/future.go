package asyncio

import (
	"weak"

	"taskline/engine/trace"
)

// Future is asyncio.Future as implemented by the C accelerator (_asyncio):
// a result, an exception or a cancellation, and done callbacks that are
// scheduled with call_soon, in registration order, when it completes. A Task
// embeds one, and gather's outer future is one with a gathering attached.

type futState uint8

const (
	statePending futState = iota
	stateCancelled
	stateFinished
)

var stateNames = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// doneCallback is a done callback written in Go (gather's _done_callback,
// shield's, wait's _on_completion, TaskGroup's _on_task_done, ...).
type doneCallback interface {
	futureDone(f *Future) error
}

// callbackEntry is one registered done callback: a task's wake-up, a Go
// callback or a Python callable.
type callbackEntry struct {
	task *Task
	cb   doneCallback
	py   Value
	pos  trace.Pos // py: where add_done_callback was called, for the trace
}

// Future is one future.
type Future struct {
	loop         *Loop
	state        futState
	result       Value
	exc          Value
	cancelMsg    Value // nil: None
	cancelledExc Value
	callbacks    []callbackEntry
	logTraceback bool
	blocking     bool // _asyncio_future_blocking

	task   *Task                  // the task this future is the base of, if any
	gather *gathering             // gather's outer future, if any
	obj    Value                  // the Python object, held while the future is pending
	wobj   weak.Pointer[pyFuture] // the Python object once done: see collect.go
	// pendingCB counts done callbacks scheduled and not yet run: they
	// hold the future (CPython's handles reference it), so it cannot be
	// garbage yet.
	pendingCB int
	// held counts native code (wait_for, wait, as_completed) keeping the
	// future across a suspension, as their CPython frames do.
	held int
	seq  int // creation order, for stable set iteration

	// For the trace: what a task waiting on this future waits on.
	label   string
	onTask  int  // trace id of the task behind it, or -1
	isSleep bool // a sleep() future: the waiter is "sleeping"
	failSeq int  // order in which it failed, for "never retrieved" reports
	cause   int  // trace id of the task whose failure completed it, or -1
	doneBy  int  // trace id of the task that completed it, or -1
}

func (l *Loop) newFuture() *Future {
	l.futSeq++
	return &Future{loop: l, seq: l.futSeq, onTask: -1, cause: -1, doneBy: -1}
}

func (f *Future) done() bool      { return f.state != statePending }
func (f *Future) cancelled() bool { return f.state == stateCancelled }

// scheduleCallbacks is __schedule_callbacks.
func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, c := range cbs {
		f.loop.scheduleCallback(c, f)
	}
}

func (l *Loop) scheduleCallback(c callbackEntry, f *Future) {
	f.pendingCB++
	switch {
	case c.task != nil:
		h := l.newHandle(hWakeup)
		h.task, h.fut = c.task, f
		l.ready.push(h)
	case c.cb != nil:
		l.scheduleDone(c.cb, f)
	default:
		h := l.newHandle(hPy)
		h.py, h.args, h.fut, h.pos = c.py, []Value{l.rt.futureObject(f)}, f, c.pos
		l.ready.push(h)
	}
}

// addCallback is add_done_callback: immediate scheduling if already done.
func (f *Future) addCallback(c callbackEntry) {
	if f.state != statePending {
		f.loop.scheduleCallback(c, f)
		return
	}
	f.callbacks = append(f.callbacks, c)
}

// removeGoCallback removes every registration of cb and returns how many.
func (f *Future) removeGoCallback(cb doneCallback) int {
	n := 0
	keep := f.callbacks[:0]
	for _, c := range f.callbacks {
		if c.cb == cb && c.task == nil && c.py == nil {
			n++
			continue
		}
		keep = append(keep, c)
	}
	clear(f.callbacks[len(keep):])
	f.callbacks = keep
	return n
}

// chainedCancelledError is the Python-callable _make_cancelled_error,
// which gather's callback uses. In 3.9 and 3.10 the C Task step kept the
// CancelledError that ended the coroutine without attaching the traceback
// it had fetched, and this method chains it as it is: with only the
// traceback of the handler that last caught it (raised straight out of
// the coroutine, none). result() and exception() chain it through
// _PyErr_ChainStackItem, which attaches the whole traceback
// (makeCancelledError).
func (f *Future) chainedCancelledError() Value {
	if x, ok := f.cancelledExc.(interface{ KeepCaughtTraceback() }); ok && f.loop.rt.minor < 11 {
		x.KeepCaughtTraceback()
	}
	return f.makeCancelledError()
}

// makeCancelledError is _make_cancelled_error. In 3.11 the CancelledError
// that ended a task's coroutine is handed on, once, so the same object
// travels up through every awaiting task. 3.9 and 3.10 raise a new one
// whose __context__ is that one (so both tracebacks print); 3.7 and 3.8 a
// new one with neither message nor context.
func (f *Future) makeCancelledError() Value {
	rt := f.loop.rt
	if rt.py37 || rt.minor == 8 {
		return rt.newCancelledError(nil)
	}
	if rt.minor < 11 {
		e := rt.newCancelledError(f.cancelMsg)
		if f.cancelledExc != nil {
			rt.setContext(e, f.cancelledExc)
			f.cancelledExc = nil
		}
		return e
	}
	if e := f.cancelledExc; e != nil {
		f.cancelledExc = nil
		return e
	}
	return rt.newCancelledError(f.cancelMsg)
}

// cancelBase is Future.cancel (not the Task or gather override).
func (f *Future) cancelBase(msg Value) bool {
	f.logTraceback = false
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.cancelMsg = msg
	f.doneBy = f.loop.rt.current()
	f.scheduleCallbacks()
	f.loop.rt.completed(f)
	if f.task != nil {
		f.task.finished()
	}
	return true
}

// cancel dispatches to the override for the future's kind.
func (f *Future) cancel(msg Value) bool {
	switch {
	case f.task != nil:
		return f.task.cancel(msg)
	case f.gather != nil:
		return f.gather.cancel(msg)
	}
	return f.cancelBase(msg)
}

// setResult is Future.set_result; the caller has checked the state.
func (f *Future) setResult(v Value) {
	f.result = v
	f.state = stateFinished
	f.doneBy = f.loop.rt.current()
	f.scheduleCallbacks()
	f.loop.rt.completed(f)
	if f.task != nil {
		f.task.finished()
	}
}

// setException is Future.set_exception with an exception instance.
func (f *Future) setException(exc Value) {
	f.exc = exc
	f.state = stateFinished
	f.doneBy = f.loop.rt.current()
	f.scheduleCallbacks()
	f.logTraceback = true
	f.loop.failSeq++
	f.failSeq = f.loop.failSeq
	f.loop.rt.failed = append(f.loop.rt.failed, f)
	f.loop.rt.failGen++
	f.loop.rt.completed(f)
	if f.task != nil {
		f.task.finished()
	}
}

// getResult is Future.result(): the value, or the error to raise.
func (f *Future) getResult() (Value, error) {
	rt := f.loop.rt
	switch f.state {
	case stateCancelled:
		return nil, rt.raise(f.makeCancelledError())
	case statePending:
		return nil, rt.invalidState("Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return nil, rt.raise(f.exc)
	}
	return f.result, nil
}

// getException is Future.exception().
func (f *Future) getException() (Value, error) {
	rt := f.loop.rt
	switch f.state {
	case stateCancelled:
		return nil, rt.raise(f.makeCancelledError())
	case statePending:
		return nil, rt.invalidState("Exception is not set.")
	}
	f.logTraceback = false
	return f.exc, nil
}

// await is Future.__await__, run on the awaiting coroutine's fiber:
//
//	if not self.done():
//	    self._asyncio_future_blocking = True
//	    yield self
//	if not self.done():
//	    raise RuntimeError("await wasn't used with future")
//	return self.result()
func (f *Future) await(y yielder) (Value, error) {
	if !f.done() {
		f.blocking = true
		if err := y.yield(f.loop.rt.futureObject(f)); err != nil {
			return nil, err
		}
		if !f.done() {
			return nil, f.loop.rt.raise(f.loop.rt.runtimeError("await wasn't used with future"))
		}
	}
	return f.getResult()
}

// yielder suspends the running coroutine, handing a value to the task that
// drives it; it returns the exception thrown back in, or nil after a send.
type yielder interface {
	yield(v Value) error
}
