package asyncio

import "taskline/engine/trace"

// TaskGroup is asyncio.TaskGroup (taskgroups.py, 3.11.7). The set of tasks
// is kept in creation order, so _abort cancels the children in the order
// they were created (CPython iterates a set: an address-dependent order).
type TaskGroup struct {
	loop                  *Loop
	entered, exiting      bool
	aborting              bool
	parent                *Task
	parentCancelRequested bool
	tasks                 []*Task
	errors                []Value
	baseError             Value
	onCompleted           *Future
	pos                   trace.Pos // where it was made (the `async with`), for the trace
}

func (g *TaskGroup) runtimeError(msg string) error {
	rt := g.loop.rt
	return rt.raise(rt.runtimeError("TaskGroup " + g.repr() + " " + msg))
}

// repr is TaskGroup.__repr__.
func (g *TaskGroup) repr() string {
	s := "<TaskGroup"
	if len(g.tasks) > 0 {
		s += " tasks=" + itoa(len(g.tasks))
	}
	if len(g.errors) > 0 {
		s += " errors=" + itoa(len(g.errors))
	}
	if g.aborting {
		s += " cancelling"
	} else if g.entered {
		s += " entered"
	}
	return s + ">"
}

func (g *TaskGroup) enter() error {
	if g.entered {
		return g.runtimeError("has already been entered")
	}
	g.parent = g.loop.current
	if g.parent == nil {
		return g.runtimeError("cannot determine the parent task")
	}
	g.entered = true
	return nil
}

// checkCreate is the first half of TaskGroup.create_task.
func (g *TaskGroup) checkCreate() error {
	if !g.entered {
		return g.runtimeError("has not been entered")
	}
	if g.exiting && len(g.tasks) == 0 {
		return g.runtimeError("is finished")
	}
	if g.aborting {
		return g.runtimeError("is shutting down")
	}
	return nil
}

// adopt is the second half: the task exists (and has its name).
func (g *TaskGroup) adopt(t *Task) {
	t.addCallback(callbackEntry{cb: g})
	g.tasks = append(g.tasks, t)
}

func (g *TaskGroup) discard(t *Task) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			return
		}
	}
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.done() {
			t.cancel(nil)
		}
	}
}

// futureDone is TaskGroup._on_task_done.
func (g *TaskGroup) futureDone(f *Future) error {
	rt := g.loop.rt
	t := f.task
	g.discard(t)
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.done() {
		g.onCompleted.setResult(true)
	}
	if t.cancelled() {
		return nil
	}
	exc, _ := t.getException()
	if exc == nil {
		return nil
	}
	g.errors = append(g.errors, exc)
	if rt.isExitOrInterrupt(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.done() {
		rt.logException(g.loop, "Task "+rt.repr(rt.futureObject(f))+" has errored out but its parent task "+rt.str37(rt.futureObject(&g.parent.Future))+" is already completed", exc, "task", rt.futureObject(f))
		return nil
	}
	if !g.aborting && !g.parentCancelRequested {
		rt.why, rt.whyPos = "TaskGroup: "+t.name+" failed", g.pos
		g.abort()
		g.parentCancelRequested = true
		g.parent.cancel(nil)
		rt.why, rt.whyPos = "", trace.Pos{}
	}
	return nil
}

// exit is TaskGroup.__aexit__; exc is the exception leaving the body or nil.
func (g *TaskGroup) exit(y yielder, exc Value) error {
	rt := g.loop.rt
	g.exiting = true
	if exc != nil && rt.isExitOrInterrupt(exc) && g.baseError == nil {
		g.baseError = exc
	}
	// 3.13 takes any CancelledError subclass, where 3.11 and 3.12 take
	// the exact class, and gives the parent's cancel request back after
	// the children are done instead of first.
	v313 := rt.minor >= 13
	isCancel := func(e Value) bool {
		if v313 {
			return rt.isCancelledError(e)
		}
		return rt.isExactCancelledError(e)
	}
	var propagate Value
	if exc != nil && isCancel(exc) {
		propagate = exc
	}
	uncancelParent := func() {
		if g.parentCancelRequested {
			if g.parent.uncancel() == 0 {
				propagate = nil
			}
		}
	}
	if !v313 {
		uncancelParent()
	}
	if exc != nil && !g.aborting {
		rt.why, rt.whyPos = "TaskGroup: the body raised", g.pos
		g.abort()
		rt.why, rt.whyPos = "", trace.Pos{}
	}
	for len(g.tasks) > 0 {
		if g.onCompleted == nil {
			g.onCompleted = g.loop.newFuture()
			g.onCompleted.label = rt.waitLabel(futuresOf(g.tasks))
			g.onCompleted.label = "TaskGroup" + g.onCompleted.label[len("wait"):]
		}
		if _, err := g.onCompleted.await(y); err != nil {
			ex, ok := rt.excOf(err)
			if !ok || !rt.isCancelledError(ex) {
				return err
			}
			if !g.aborting {
				propagate = ex
				rt.why, rt.whyPos = "TaskGroup: its task was cancelled", g.pos
				g.abort()
				rt.why, rt.whyPos = "", trace.Pos{}
			}
		}
		g.onCompleted = nil
	}
	if g.baseError != nil {
		return rt.raise(g.baseError)
	}
	if v313 {
		uncancelParent()
	}
	if propagate != nil && len(g.errors) == 0 {
		return rt.raise(propagate)
	}
	if exc != nil && !isCancel(exc) {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) > 0 {
		if v313 && g.parent.numCancels > 0 {
			// A cancellation from outside the group: give it back and
			// request it again, keeping the count (3.13).
			g.parent.uncancel()
			g.parent.cancel(nil)
		}
		errs := g.errors
		g.errors = nil
		err := rt.raiseGroup("unhandled errors in a TaskGroup", errs)
		rt.addInnerLibFrames(err, "taskgroup_exit")
		return err
	}
	return nil
}

func futuresOf(ts []*Task) []*Future {
	fs := make([]*Future, len(ts))
	for i, t := range ts {
		fs[i] = &t.Future
	}
	return fs
}
