package asyncio

import "taskline/engine/py/eval"

// loopBinding is CPython 3.10+'s mixins._LoopBoundMixin: a Lock, Event,
// Condition, Semaphore or Queue made outside a running loop (at module
// level, say) binds to the loop that is running the first time it has to
// wait, and only a wait from another running loop fails. Before 3.10 the
// primitive took get_event_loop() when it was made, which asyncio.run's
// new loop then rejects as "attached to a different loop".
type loopBinding struct {
	lazy  bool  // 3.10+: the loop is taken at the first wait
	bound bool  // the first wait happened
	obj   Value // the Python object, for the error's repr
}

// get is _get_loop(): the loop a wait of the primitive whose loop field is
// *lp must create its future on.
func (b *loopBinding) get(lp **Loop) (*Loop, error) {
	if !b.lazy {
		return *lp, nil
	}
	running := (*lp).rt.loop
	if !b.bound {
		b.bound = true
		*lp = running
		return running, nil
	}
	if running != *lp {
		what := "<asyncio.locks.Lock object>" // a Condition's own lock has no Python object
		if b.obj != nil {
			what = running.rt.repr(b.obj)
		}
		return nil, running.rt.raise(running.rt.runtimeError(what + " is bound to a different event loop"))
	}
	return running, nil
}

// bindsLazily reports whether the modelled CPython binds primitives to a
// loop at their first wait (3.10 and later).
func bindsLazily(in *eval.Interp) bool { return in.Minor() >= 10 }

// makeLazy marks the primitives p wraps as lazily bound.
func (p *pySync) makeLazy(in *eval.Interp) {
	if !bindsLazily(in) {
		return
	}
	set := func(b *loopBinding) { b.lazy, b.obj = true, p }
	switch {
	case p.lock != nil:
		set(&p.lock.bind)
	case p.event != nil:
		set(&p.event.bind)
	case p.cond != nil:
		set(&p.cond.bind)
		if !p.cond.lock.bind.lazy {
			set(&p.cond.lock.bind)
			p.cond.lock.bind.obj = nil
		}
	case p.sem != nil:
		set(&p.sem.bind)
	case p.queue != nil:
		set(&p.queue.bind)
		p.queue.finished.bind.lazy = true
	}
}
