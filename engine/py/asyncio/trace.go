package asyncio

import (
	"strings"

	"taskline/engine/trace"
)

// Trace recording. Every Task is a trace task; its spans say whether it is
// ready, running, sleeping or awaiting something, and events mark the
// moments a viewer needs to explain a cancellation: who asked (the
// cancel-request, by the running task, at the line of the cancel() call),
// where it landed (cancel-delivered, at the await the CancelledError was
// thrown into) and how it travelled (the raise out of the coroutine, the
// resume of each awaiter).

func (rt *runtime) current() int {
	if rt.loop != nil && rt.loop.current != nil {
		return rt.loop.current.tid
	}
	return -1
}

func (rt *runtime) traceNewTask(t *Task) int {
	if rt.rec == nil {
		return -1
	}
	fn, defPos := rt.coroName(t)
	id := rt.rec.AddTask(trace.KindTask, t.name, fn, rt.current(), rt.pos(), defPos)
	t.call = rt.callLabel(t)
	rt.rec.SetLabel(id, rt.taskLabel(t))
	return id
}

// taskLabel is the trace label of a task: the call its coroutine came
// from, after the name the program gave it if it gave one
// ("fetcher: fetch('a', 1)").
func (rt *runtime) taskLabel(t *Task) string {
	if t.named {
		return t.name + ": " + t.call
	}
	return t.call
}

func (rt *runtime) traceEndTask(t *Task) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	end := trace.EndDone
	switch {
	case t.cancelled():
		end = trace.EndCancelled
	case t.exc != nil:
		end = trace.EndFailed
	}
	rt.rec.Event(t.tid, trace.EvDone, t.endPos, end, -1)
	rt.rec.EndTask(t.tid, end, rt.formatResult(t))
}

// traceStep records the start of a step: start or resume, and
// cancel-delivered when a CancelledError is thrown in.
func (rt *runtime) traceStep(t *Task, exc Value) {
	from := t.wokenBy
	t.wokenBy = nil
	if rt.rec == nil || t.tid < 0 {
		t.started = true
		return
	}
	related, label := -1, ""
	if from != nil {
		related, label = from.onTask, from.label
		if from.cause >= 0 {
			related = from.cause
		}
		if related < 0 && from.doneBy != t.tid {
			// An event, lock or queue: the task that set it.
			related = from.doneBy
		}
	}
	// The position is looked up only for an event: most steps of a busy
	// program (after sleep(0)) record none.
	var pos trace.Pos
	switch {
	case !t.started:
		t.started = true
		pos = rt.coroPos(t)
		rt.rec.Event(t.tid, trace.EvStart, pos, "", -1)
	case from != nil || exc != nil:
		// Woken from an await (a step after a bare yield is not).
		pos = rt.coroPos(t)
		rt.rec.Event(t.tid, trace.EvResume, pos, label, related)
	}
	if exc != nil && rt.isCancelledError(exc) {
		// Detail: the cancel message, and what handed the error over.
		detail := rt.cancelMsgOf(exc)
		if label != "" && from.onTask != t.tid {
			if detail != "" {
				detail += " "
			}
			detail += "from " + label
			if from.cause >= 0 && from.cause != from.onTask {
				detail += " (" + rt.rec.T.Tasks[from.cause].Name + ")"
			}
		}
		rt.rec.Event(t.tid, trace.EvCancelDelivered, pos, detail, related)
	}
	rt.rec.SetState(t.tid, trace.StateRunning, "", -1, -1)
}

func (rt *runtime) traceReturn(t *Task, v Value) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	rt.rec.Event(t.tid, trace.EvReturn, trace.Pos{}, rt.repr(v), -1)
}

func (rt *runtime) traceRaise(t *Task, exc Value) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	t.endPos = rt.excPos(exc)
	line := rt.excLine(exc)
	// The evaluator records a raise statement itself; one event is enough
	// when the exception leaves the task from there.
	if e, ok := rt.rec.LastEvent(); ok && e.Task == t.tid && e.Kind == trace.EvRaise && e.Pos == t.endPos && e.Detail == line {
		return
	}
	rt.rec.Event(t.tid, trace.EvRaise, t.endPos, line, -1)
}

func (rt *runtime) traceAwait(t *Task, f *Future) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	pos := rt.coroPos(t)
	ev := rt.rec.Event(t.tid, trace.EvAwait, pos, f.label, f.onTask)
	state := trace.StateAwaiting
	if f.isSleep {
		state = trace.StateSleeping
	}
	rt.rec.SetState(t.tid, state, f.label, f.onTask, ev)
}

func (rt *runtime) traceYield(t *Task) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	rt.rec.SetState(t.tid, trace.StateReady, "sleep 0", -1, -1)
}

// traceCallback records that the loop runs h, a callback of the program,
// on the loop's lane, at the line that scheduled it.
func (rt *runtime) traceCallback(h *Handle) {
	if rt.rec == nil {
		return
	}
	rt.inCallback = h
	what, task, _ := rt.describeCallback(h)
	rt.rec.Event(trace.LoopTask, trace.EvCallback, h.pos, what, task)
}

func (rt *runtime) traceCancelRequest(t *Task, msg Value) {
	if rt.rec == nil || t.tid < 0 {
		return
	}
	detail := ""
	if msg != nil && !rt.isNone(msg) {
		detail = rt.repr(msg)
	}
	pos := rt.pos()
	if rt.why != "" {
		// Requested by asyncio itself (a callback, the shutdown): say
		// what, and do not blame the line the program happens to be at
		// but the one that set it up, if there is one.
		if detail != "" {
			detail += " "
		}
		detail += "(" + rt.why + ")"
		if rt.current() < 0 {
			pos = rt.whyPos
		}
	} else if h := rt.inCallback; h != nil && rt.current() < 0 {
		if _, _, native := rt.describeCallback(h); native {
			// The callback is the cancel itself (call_later(1,
			// task.cancel)): no Python line runs, the one that
			// scheduled it is the cause.
			pos = h.pos
		}
	}
	rt.rec.Event(rt.current(), trace.EvCancelRequest, pos, detail, t.tid)
	if t.loop.current != t && t.futWaiter != nil {
		// Requested, not yet delivered: the task waits on, but is already
		// being cancelled.
		f := t.futWaiter
		rt.rec.SetState(t.tid, trace.StateCancelling, f.label, f.onTask, -1)
	}
}

func (rt *runtime) traceGather(outer *Future, children []*Future) {
	if rt.rec == nil {
		return
	}
	var b strings.Builder
	for i, c := range children {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(itoa(c.onTask))
	}
	rt.rec.Event(rt.current(), trace.EvGather, rt.pos(), b.String(), -1)
}

// traceExpiry records, on the loop's lane, that the deadline ex of the
// wait_for() or wait() that task is in passed: the loop wakes the task,
// which then cancels what it waited for (wait_for) or returns (wait).
func (rt *runtime) traceExpiry(ex expiry, task int) {
	rt.rec.Event(trace.LoopTask, trace.EvTimeout, ex.pos, ex.what+" expired", task)
}

func (rt *runtime) traceTimeout(f *Future) {
	if rt.rec == nil {
		return
	}
	rt.rec.Event(rt.current(), trace.EvTimeout, rt.pos(), f.label, f.onTask)
}

// gatherLabel is what an awaiter of a gather waits on.
func (rt *runtime) gatherLabel(futs []*Future) string {
	var b strings.Builder
	b.WriteString("gather(")
	for i, f := range futs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.label)
	}
	b.WriteString(")")
	return b.String()
}

func (rt *runtime) waitLabel(futs []*Future) string {
	return "wait" + strings.TrimPrefix(rt.gatherLabel(futs), "gather")
}
