package asyncio

import (
	"fmt"
	"strings"

	"taskline/engine/sched"
	"taskline/engine/trace"
)

// fakeHost lets the loop's tests run coroutines written in Go: values are
// Go values, exceptions are *fakeExc.
type fakeHost struct{ rt *runtime }

type fakeExc struct {
	cls   string
	msg   Value
	cause Value
}

func (e *fakeExc) Error() string { return e.cls }

type noneT struct{}

var none = noneT{}

func (fakeHost) none() Value             { return none }
func (fakeHost) isNone(v Value) bool     { return v == none || v == nil }
func (fakeHost) str(s string) Value      { return s }
func (fakeHost) newList(e []Value) Value { return append([]Value{}, e...) }
func (h fakeHost) repr(v Value) string {
	switch v := v.(type) {
	case *fakeExc:
		if v.msg == nil {
			return v.cls + "()"
		}
		return fmt.Sprintf("%s(%q)", v.cls, v.msg)
	case []Value:
		var parts []string
		for _, x := range v {
			parts = append(parts, h.repr(x))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case noneT:
		return "None"
	}
	return fmt.Sprint(v)
}
func (fakeHost) newCancelledError(msg Value) Value { return &fakeExc{cls: "CancelledError", msg: msg} }
func (fakeHost) newTimeoutError() Value            { return &fakeExc{cls: "TimeoutError"} }
func (fakeHost) copyContext() Value                { return nil }
func (fakeHost) swapContext(Value) Value           { return nil }
func (fakeHost) runtimeError(m string) Value       { return &fakeExc{cls: "RuntimeError", msg: m} }
func (fakeHost) invalidStateError(m string) Value  { return &fakeExc{cls: "InvalidStateError", msg: m} }
func (fakeHost) valueError(m string) Value         { return &fakeExc{cls: "ValueError", msg: m} }
func (fakeHost) isCancelledError(e Value) bool {
	x, ok := e.(*fakeExc)
	return ok && x.cls == "CancelledError"
}
func (h fakeHost) isException(e Value) bool {
	return !h.isExitOrInterrupt(e) && (h.rt.py37 || !h.isCancelledError(e))
}
func (fakeHost) isExitOrInterrupt(e Value) bool {
	x, ok := e.(*fakeExc)
	return ok && (x.cls == "SystemExit" || x.cls == "KeyboardInterrupt")
}
func (fakeHost) raise(e Value) error { return e.(*fakeExc) }
func (fakeHost) raiseFrom(e, c Value) error {
	x := e.(*fakeExc)
	x.cause = c
	return x
}
func (fakeHost) excOf(err error) (Value, bool) {
	x, ok := err.(*fakeExc)
	return x, ok
}
func (fakeHost) futureObject(f *Future) Value { return f }
func (fakeHost) asFuture(v Value) (*Future, bool) {
	f, ok := v.(*Future)
	return f, ok
}
func (fakeHost) runPyHandle(h *Handle) error {
	return h.py.(func(args []Value) error)(h.args)
}
func (fakeHost) pos() trace.Pos                               { return trace.Pos{} }
func (fakeHost) coroPos(*Task) trace.Pos                      { return trace.Pos{} }
func (fakeHost) formatResult(*Task) string                    { return "" }
func (fakeHost) coroName(*Task) (string, trace.Pos)           { return "coro", trace.Pos{} }
func (fakeHost) cancelMsgOf(Value) string                     { return "" }
func (fakeHost) callLabel(*Task) string                       { return "coro()" }
func (fakeHost) describeCallback(*Handle) (string, int, bool) { return "cb()", -1, true }
func (h fakeHost) excLine(e Value) string                     { return h.repr(e) }

// testLoop is a loop with an iteration counter and a log.
type testLoop struct {
	*Loop
	it  int
	log []string
}

func newTestLoop(py37 bool) *testLoop {
	rt := &runtime{py37: py37}
	rt.host = fakeHost{rt}
	l := newLoop(&sched.Clock{}, rt)
	rt.loop = l
	return &testLoop{Loop: l}
}

func (tl *testLoop) logf(format string, a ...any) {
	tl.log = append(tl.log, fmt.Sprintf("[it %d] ", tl.it)+fmt.Sprintf(format, a...))
}

// run runs the loop until f is done, counting iterations.
func (tl *testLoop) run(f *Future) error {
	stop := &stopper{tl.Loop}
	f.addCallback(callbackEntry{cb: stop})
	for {
		tl.it++
		if err := tl.runOnce(); err != nil {
			return err
		}
		if tl.stopping {
			tl.stopping = false
			return nil
		}
	}
}

func (tl *testLoop) spawn(name string, body func(y yielder) (Value, error)) *Task {
	return tl.newTask(&fiberCoro{rt: tl.rt, body: body}, nil, name)
}

// callSoon schedules a Go callback as a Python callable would be.
func (tl *testLoop) callSoon(fn func()) *Handle {
	h := tl.newHandle(hPy)
	h.py = func([]Value) error { fn(); return nil }
	h.exposed = true
	tl.ready.push(h)
	return h
}

func (tl *testLoop) callLater(d float64, fn func()) *Handle {
	return tl.callAtPy(tl.time()+d, fn)
}

func (tl *testLoop) callAtPy(when float64, fn func()) *Handle {
	h := tl.newHandle(hPy)
	h.py = func([]Value) error { fn(); return nil }
	h.exposed = true
	return tl.callAt(when, h)
}

// await awaits a task or future from a Go coroutine body.
func await(y yielder, f *Future) (Value, error) { return f.await(y) }

func (h fakeHost) isExactCancelledError(e Value) bool { return h.isCancelledError(e) }
func (fakeHost) raiseGroup(msg string, excs []Value) error {
	return &fakeExc{cls: "ExceptionGroup", msg: msg}
}
func (fakeHost) logException(*Loop, string, Value, string, Value) {}
func (fakeHost) str37(v Value) string                             { return fmt.Sprint(v) }

func (fakeHost) excPos(Value) trace.Pos { return trace.Pos{} }

func (fakeHost) dropped(*Future) bool { return false }
func (fakeHost) futureDone(*Future)   {}
func (fakeHost) collectGarbage()      {}
