package asyncio

import "taskline/engine/sched"

// fiberCoro is a coroutine whose body is Go code running on its own fiber:
// asyncio's own coroutines (sleep, wait_for, Queue.get, ...) when a Task
// drives them directly, and the coroutines of the loop's tests. A body
// suspends with y.yield(v), exactly like a `yield v` in a generator-based
// coroutine.
type fiberCoro struct {
	rt       *runtime
	body     func(y yielder) (Value, error)
	newFiber func(body func(f *sched.Fiber)) *sched.Fiber
	fiber    *sched.Fiber
	out      Value
	inExc    Value
	ret      Value
	err      error
	done     bool
}

func (c *fiberCoro) resume(v, exc Value) (coroKind, Value, error) {
	if c.done {
		return coroRaise, nil, c.rt.raise(c.rt.runtimeError("cannot reuse already awaited coroutine"))
	}
	if c.fiber == nil {
		if exc != nil {
			// Throwing into a coroutine that never started raises at
			// once: its body never runs.
			c.done = true
			return coroRaise, nil, c.rt.raise(exc)
		}
		nf := c.newFiber
		if nf == nil {
			nf = sched.NewFiber
		}
		c.fiber = nf(func(*sched.Fiber) { c.ret, c.err = c.body(c) })
	}
	c.inExc = exc
	if c.fiber.Resume() {
		return coroYield, c.out, nil
	}
	c.done = true
	if c.err != nil {
		return coroRaise, nil, c.err
	}
	return coroReturn, c.ret, nil
}

func (c *fiberCoro) yield(v Value) error {
	c.out = v
	c.fiber.Yield()
	if e := c.inExc; e != nil {
		c.inExc = nil
		return c.rt.raise(e)
	}
	return nil
}

// runUntilComplete is BaseEventLoop.run_until_complete(f) for a future.
func (l *Loop) runUntilComplete(f *Future) error {
	stop := &stopper{l}
	f.addCallback(callbackEntry{cb: stop})
	err := l.runForever()
	f.removeGoCallback(stop)
	if err != nil {
		return err
	}
	if !f.done() {
		return l.rt.raise(l.rt.runtimeError("Event loop stopped before Future completed."))
	}
	return nil
}

// stopper is _run_until_complete_cb.
type stopper struct{ l *Loop }

func (s *stopper) futureDone(f *Future) error {
	if !f.cancelled() {
		f.logTraceback = false // fut.exception()
		if f.exc != nil && s.l.rt.isExitOrInterrupt(f.exc) {
			return nil
		}
	}
	s.l.stop()
	return nil
}
