package asyncio

import "taskline/engine/py/eval"

// The references asyncio's objects hold, as CPython's do, for the walk of
// what the program still holds at exit (eval.Interp.Reachable; see
// destroyedPending in module.go). A callback written in Go is a closure the
// walk cannot see into: an object holding one reports the walk inexact.

// Referents of a future or a task: its result or exception and its done
// callbacks (a waiting task's wakeup holds that task); a task also holds
// its coroutine, the future it waits on, its loop and its context.
func (p *pyFuture) Referents(yield func(eval.Value)) bool {
	f := p.f
	rt := f.loop.rt
	exact := true
	yield(toValue(f.result))
	yield(toValue(f.exc))
	for _, c := range f.callbacks {
		switch {
		case c.task != nil:
			yield(rt.futureObject(&c.task.Future).(eval.Value))
		case c.py != nil:
			yield(toValue(c.py))
		default:
			if !goCallbackKnown(c.cb) {
				exact = false
			}
		}
	}
	if t := f.task; t != nil {
		yield(toValue(t.coroObj))
		if t.futWaiter != nil {
			yield(rt.futureObject(t.futWaiter).(eval.Value))
		}
		if st, ok := rt.host.(pyHost); ok {
			yield(st.st.loopObject(f.loop))
		}
		if t.ctx != nil {
			yield(toValue(t.ctx))
		}
	}
	if f.gather != nil {
		exact = false // its children's callbacks and the outer future: Go state
	}
	for _, v := range p.dict {
		yield(v)
	}
	return exact
}

// goCallbackKnown reports whether a Go done callback holds nothing the
// walk needs: run_until_complete's stopper holds only the loop.
func goCallbackKnown(cb doneCallback) bool {
	_, ok := cb.(*stopper)
	return ok
}

// Referents of a loop: the callbacks it has scheduled, ready or on the
// timer heap, and what they hold (a task's next step, the future a timer
// will complete and through it the tasks waiting on it).
func (p *pyLoop) Referents(yield func(eval.Value)) bool {
	l := p.l
	exact := true
	handle := func(h *Handle) {
		if h == nil || h.cancelled {
			return
		}
		if !h.referents(yield) {
			exact = false
		}
	}
	for i := 0; i < l.ready.n; i++ {
		handle(l.ready.buf[(l.ready.head+i)%len(l.ready.buf)])
	}
	for _, h := range l.timers.Items {
		handle(h)
	}
	if l.excHandler != nil {
		yield(toValue(l.excHandler))
	}
	for _, v := range p.dict {
		yield(v)
	}
	return exact
}

// Referents of a Handle or TimerHandle the program holds.
func (p *pyHandle) Referents(yield func(eval.Value)) bool {
	return p.h.referents(yield)
}

func (h *Handle) referents(yield func(eval.Value)) bool {
	rt := h.loop.rt
	if h.task != nil {
		yield(rt.futureObject(&h.task.Future).(eval.Value))
	}
	if h.fut != nil {
		yield(rt.futureObject(h.fut).(eval.Value))
	}
	yield(toValue(h.exc))
	yield(toValue(h.py))
	for _, a := range h.args {
		yield(toValue(a))
	}
	switch h.kind {
	case hFunc:
		return false
	case hDone:
		return goCallbackKnown(h.cb)
	}
	return true
}

// Referents of a lock, event, condition, semaphore or queue: the futures
// of the tasks waiting on it (each future's callbacks hold its task), a
// queue's items, and the loop it is bound to. A timeout or task group
// holds Go state the walk does not list: a walk that meets one is inexact.
func (p *pySync) Referents(yield func(eval.Value)) bool {
	for _, v := range p.dict {
		yield(v)
	}
	futs := func(q futQueue) {
		for _, f := range q.items() {
			if f != nil {
				yield(p.st.obj(f))
			}
		}
	}
	loop := func(l *Loop) {
		if l != nil {
			yield(p.st.loopObject(l))
		}
	}
	switch {
	case p.lock != nil:
		futs(p.lock.waiters)
		loop(p.lock.loop)
	case p.event != nil:
		futs(p.event.waiters)
		loop(p.event.loop)
	case p.cond != nil:
		futs(p.cond.waiters)
		futs(p.cond.lock.waiters)
		loop(p.cond.loop)
	case p.sem != nil:
		futs(p.sem.waiters)
		loop(p.sem.loop)
	case p.queue != nil:
		q := p.queue
		for _, v := range q.items[q.head:] {
			yield(toValue(v))
		}
		futs(q.getters)
		futs(q.putters)
		if q.finished != nil {
			futs(q.finished.waiters)
		}
		loop(q.loop)
	default:
		return false
	}
	return true
}

// Referents of an asyncio.Runner: its loop is Go state, as for pySync.
func (*pyRunner) Referents(func(eval.Value)) bool { return false }

// Referents of an asyncio.Barrier, likewise.
func (*Barrier) Referents(func(eval.Value)) bool { return false }
