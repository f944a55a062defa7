package asyncio

import (
	"math"

	"taskline/engine/trace"
)

// Timeout is asyncio.Timeout (timeouts.py, 3.11): a deadline that cancels
// the task running the `async with` body and turns the resulting
// CancelledError into TimeoutError on the way out, using the task's
// cancel-request count to tell its own cancellation from someone else's.
type Timeout struct {
	loop       *Loop
	state      timeoutState
	when       float64
	hasWhen    bool
	handle     handleRef
	task       *Task
	cancelling int
	made       string    // the call that made it, for the trace: "timeout(0.5)"
	pos        trace.Pos // its line: the `async with`
}

type timeoutState uint8

const (
	tsCreated timeoutState = iota
	tsEntered
	tsExpiring
	tsExpired
	tsExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

func (l *Loop) newTimeout(when float64, hasWhen bool) *Timeout {
	return &Timeout{loop: l, when: when, hasWhen: hasWhen}
}

func (to *Timeout) runtimeError(msg string) error {
	return to.loop.rt.raise(to.loop.rt.runtimeError(msg))
}

// reschedule is Timeout.reschedule(when).
func (to *Timeout) reschedule(when float64, hasWhen bool) error {
	if to.state != tsEntered {
		if to.state == tsCreated {
			return to.runtimeError("Timeout has not been entered")
		}
		return to.runtimeError("Cannot change state of " + timeoutStateNames[to.state] + " Timeout")
	}
	l := to.loop
	to.when, to.hasWhen = when, hasWhen
	to.handle.cancel()
	to.handle = handleRef{}
	if !hasWhen {
		return nil
	}
	h := l.newHandle(hFunc)
	h.fn = to.onTimeout
	if when <= l.time() {
		l.callSoon(h)
	} else {
		l.callAt(when, h)
	}
	to.handle = l.ref(h)
	return nil
}

func (to *Timeout) expired() bool { return to.state == tsExpiring || to.state == tsExpired }

// repr is Timeout.__repr__.
func (to *Timeout) repr() string {
	s := "<Timeout [" + timeoutStateNames[to.state] + "]"
	if to.state == tsEntered {
		if to.hasWhen {
			s += " when=" + formatFloat(math.Round(to.when*1000)/1000)
		} else {
			s += " when=None"
		}
	}
	return s + ">"
}

// enter is Timeout.__aenter__.
func (to *Timeout) enter() error {
	if to.state != tsCreated {
		return to.runtimeError("Timeout has already been entered")
	}
	t := to.loop.current
	if t == nil {
		return to.runtimeError("Timeout should be used inside a task")
	}
	to.state = tsEntered
	to.task = t
	to.cancelling = t.numCancels
	return to.reschedule(to.when, to.hasWhen)
}

// exit is Timeout.__aexit__; exc is the exception leaving the body, or nil.
func (to *Timeout) exit(exc Value) error {
	rt := to.loop.rt
	to.handle.cancel()
	to.handle = handleRef{}
	switch to.state {
	case tsExpiring:
		to.state = tsExpired
		if to.task.uncancel() <= to.cancelling && exc != nil && rt.isExactCancelledError(exc) {
			rt.traceTimeout(&to.task.Future)
			e := rt.newTimeoutError()
			rt.addInnerLibFrames(e, "timeout_exit")
			return rt.raiseFrom(e, exc)
		}
	case tsEntered:
		to.state = tsExited
	}
	return nil
}

// onTimeout is Timeout._on_timeout.
func (to *Timeout) onTimeout() error {
	rt := to.loop.rt
	rt.why, rt.whyPos = "timeout expired", to.pos
	if to.made != "" {
		rt.why = to.made + " expired"
	}
	to.task.cancel(nil)
	rt.why, rt.whyPos = "", trace.Pos{}
	to.state = tsExpiring
	to.handle = handleRef{}
	return nil
}
