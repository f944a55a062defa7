package asyncio

import (
	"slices"

	"taskline/engine/py/eval"
)

// The loop's async generator hooks (sys.set_asyncgen_hooks, installed by
// BaseEventLoop.run_forever) and shutdown_asyncgens.
//
// CPython keeps the generators in a WeakSet, which iterates in an order
// that depends on addresses; Taskline uses the order of first iteration.

// installAsyncGenHooks makes the evaluator report async generators to the
// loop that is running when they are first iterated or finalized.
func (st *state) installAsyncGenHooks() {
	st.in.AsyncGenFirstIter = func(g *eval.Generator) {
		l := st.running
		if l == nil || l.closed {
			return
		}
		for _, x := range l.asyncgens {
			if x == g {
				return
			}
		}
		if n := len(l.asyncgens); n >= 32 && n&(n-1) == 0 {
			// CPython's WeakSet drops generators that are garbage;
			// finished ones are the ones this can tell.
			l.asyncgens = slices.DeleteFunc(l.asyncgens, func(x Value) bool { return x.(*eval.Generator).Done() })
		}
		l.asyncgens = append(l.asyncgens, g)
	}
	// _asyncgen_finalizer_hook: forget the generator and, at the next
	// iteration, schedule a task running its aclose().
	st.in.AsyncGenFinalize = func(g *eval.Generator) {
		l := st.running
		if l == nil || l.closed {
			return
		}
		if !st.forgetAsyncGen(l, g) {
			return
		}
		l.callSoonFunc(func() error {
			st.acloseTask(l, g)
			return nil
		})
	}
}

// forgetAsyncGen removes g from l's generators, reporting whether it was
// there.
func (st *state) forgetAsyncGen(l *Loop, g *eval.Generator) bool {
	for i, x := range l.asyncgens {
		if x == g {
			l.asyncgens = append(l.asyncgens[:i:i], l.asyncgens[i+1:]...)
			return true
		}
	}
	return false
}

// acloseTask is loop.create_task(g.aclose()); the task stays out of the
// trace, being the loop's housekeeping.
func (st *state) acloseTask(l *Loop, g *eval.Generator) *Task {
	r := g.ACloseAwaitable().(eval.Resumable)
	rec := l.rt.rec
	l.rt.rec = nil
	t := l.newTask(&pyCoro{in: st.in, r: r}, g, "")
	l.rt.rec = rec
	return t
}

// shutdownAsyncGens is the body of BaseEventLoop.shutdown_asyncgens():
// close every generator still known, concurrently (gather with
// return_exceptions), and report the ones whose closing failed.
func (st *state) shutdownAsyncGens(l *Loop, y yielder) (Value, error) {
	// Finished generators are left out: CPython's WeakSet has dropped them
	// unless the program still holds them.
	gens := slices.DeleteFunc(l.asyncgens, func(x Value) bool { return x.(*eval.Generator).Done() })
	l.asyncgens = nil
	if len(gens) == 0 {
		return eval.None, nil
	}
	futs := make([]*Future, len(gens))
	for i, g := range gens {
		futs[i] = &st.acloseTask(l, g.(*eval.Generator)).Future
	}
	outer := l.gather(futs, true)
	res, err := outer.await(y)
	if err != nil {
		return nil, err
	}
	list, _ := res.(*eval.List)
	if list == nil {
		return eval.None, nil
	}
	for i, r := range list.Elems {
		if e, ok := r.(*eval.Exception); ok && e.IsInstance(eval.ExceptionClass) && i < len(gens) {
			st.rt.host.logException(l, "an error occurred during closing of asynchronous generator "+
				eval.Repr(st.in, gens[i].(eval.Value)), e, "asyncgen", gens[i])
		}
	}
	return eval.None, nil
}
