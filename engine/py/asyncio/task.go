package asyncio

import "taskline/engine/trace"

// Task is asyncio.Task as the C accelerator implements it: a future that
// drives a coroutine, one __step per handle. A step sends a value into the
// coroutine (or throws an exception in) and looks at what comes out: a
// future it must wait for, a bare yield (sleep(0)), a return or a raise.
// Cancellation is a request: cancel() is forwarded to the future the task
// waits on, or remembered in mustCancel and thrown in at the next step.

// coroKind is how a coroutine resumption ended.
type coroKind uint8

const (
	coroYield  coroKind = iota // suspended, handing out a value
	coroReturn                 // returned a value (StopIteration)
	coroRaise                  // raised; the error may also be fatal
)

// coroutine is a coroutine object as a Task drives it.
type coroutine interface {
	// resume sends v into the coroutine, or throws exc if exc is not nil.
	resume(v, exc Value) (coroKind, Value, error)
}

// Task is one task.
type Task struct {
	Future
	coro              coroutine
	coroObj           Value
	name              string
	mustCancel        bool
	futWaiter         *Future
	numCancels        int
	logDestroyPending bool
	started           bool
	named             bool      // the program named it (name=, set_name)
	call              string    // the call its coroutine came from, for the trace label
	tid               int       // trace id
	endPos            trace.Pos // where the coroutine raised, for the trace
	wokenBy           *Future   // the future whose completion runs this step
	ctx               Value     // the contextvars.Context its steps run in
	thread            bool      // a thread of the default executor (threads.go), not an asyncio Task
}

// newTask is Task.__init__ after the coroutine check: it registers the task
// and schedules its first step. name "" means Task-N.
func (l *Loop) newTask(coro coroutine, coroObj Value, name string) *Task {
	t := &Task{coro: coro, coroObj: coroObj, logDestroyPending: true}
	l.futSeq++
	t.Future = Future{loop: l, seq: l.futSeq, task: t, onTask: -1, cause: -1, doneBy: -1}
	t.named = name != ""
	if name == "" {
		l.rt.taskCounter++
		name = "Task-" + itoa(l.rt.taskCounter)
	}
	t.name = name
	t.ctx = l.rt.copyContext() // each task runs in a copy of its creator's context
	l.scheduleStep(t, nil)
	if len(l.tasks) >= 64 && len(l.tasks) > 2*l.live {
		l.pruneTasks()
	}
	l.tasks = append(l.tasks, t)
	l.live++
	t.tid = l.rt.traceNewTask(t)
	t.label = t.name
	t.onTask = t.tid
	return t
}

// finished is called once when the task's future completes.
func (t *Task) finished() {
	t.loop.live--
	t.loop.rt.traceEndTask(t)
}

// step is Task.__step.
func (t *Task) step(exc Value) error {
	l := t.loop
	rt := l.rt
	if t.done() {
		return rt.internal("_step(): already done: " + t.name)
	}
	if t.mustCancel {
		if exc == nil || !rt.isCancelledError(exc) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil

	l.current = t
	rt.traceStep(t, exc)
	prevCtx := rt.swapContext(t.ctx)
	kind, val, err := t.coro.resume(nil, exc)
	rt.swapContext(prevCtx)
	l.current = nil

	switch kind {
	case coroReturn:
		rt.traceReturn(t, val)
		if t.mustCancel {
			// Cancelled right before the coroutine stopped.
			t.mustCancel = false
			if rt.py37 {
				t.setException(rt.newCancelledError(nil))
			} else {
				t.cancelBase(t.cancelMsg)
			}
		} else {
			t.setResult(val)
		}
	case coroRaise:
		e, ok := rt.excOf(err)
		if !ok {
			return err // the step budget or an internal error
		}
		rt.traceRaise(t, e)
		switch {
		case rt.isCancelledError(e):
			if !rt.py37 {
				t.cancelledExc = e
			}
			t.cancelBase(nil)
		case rt.py37 && !rt.isException(e):
			t.setException(e)
			return err
		case !rt.py37 && rt.isExitOrInterrupt(e):
			t.setException(e)
			return err
		default:
			t.setException(e)
		}
	case coroYield:
		t.yielded(val)
	}
	return nil
}

// yielded handles what the coroutine handed out when it suspended.
func (t *Task) yielded(val Value) {
	l := t.loop
	rt := l.rt
	if f, ok := rt.asFuture(val); ok {
		switch {
		case f.loop != l:
			l.scheduleStep(t, rt.runtimeError("Task "+rt.repr(rt.futureObject(&t.Future))+" got Future "+rt.repr(val)+" attached to a different loop"))
		case !f.blocking:
			l.scheduleStep(t, rt.runtimeError("yield was used instead of yield from in task "+rt.repr(rt.futureObject(&t.Future))+" with "+rt.repr(val)))
		case f == &t.Future:
			l.scheduleStep(t, rt.runtimeError("Task cannot await on itself: "+rt.repr(rt.futureObject(&t.Future))))
		default:
			f.blocking = false
			f.addCallback(callbackEntry{task: t})
			t.futWaiter = f
			rt.traceAwait(t, f)
			if t.mustCancel {
				var msg Value
				if !rt.py37 {
					msg = t.cancelMsg
				}
				if f.cancel(msg) {
					t.mustCancel = false
				}
			}
		}
		return
	}
	if rt.isNone(val) {
		// A bare yield gives up control for one iteration: sleep(0).
		rt.traceYield(t)
		l.scheduleStep(t, nil)
		return
	}
	l.scheduleStep(t, rt.runtimeError("Task got bad yield: "+rt.repr(val)))
}

// wakeup is Task.__wakeup, the done callback of the awaited future.
func (t *Task) wakeup(f *Future) error {
	rt := t.loop.rt
	t.wokenBy = f
	if _, err := f.getResult(); err != nil {
		e, ok := rt.excOf(err)
		if !ok || rt.py37 && !rt.isException(e) {
			// 3.7's __wakeup catches Exception only: anything else
			// escapes the loop.
			return err
		}
		return t.step(e)
	}
	return t.step(nil)
}

// cancel is Task.cancel(msg).
func (t *Task) cancel(msg Value) bool {
	rt := t.loop.rt
	t.logTraceback = false
	if t.done() {
		return false
	}
	if rt.py37 {
		msg = nil
	}
	rt.traceCancelRequest(t, msg)
	t.numCancels++
	if t.futWaiter != nil {
		if t.futWaiter.cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	t.cancelMsg = msg
	return true
}

// uncancel is Task.uncancel().
func (t *Task) uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
		if t.numCancels == 0 && t.loop.rt.minor >= 13 {
			// 3.13: the last uncancel() withdraws a cancellation not
			// delivered yet.
			t.mustCancel = false
		}
	}
	return t.numCancels
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// pruneTasks drops finished tasks from the loop's list (all_tasks() and
// shutdown only look at pending ones), keeping creation order.
func (l *Loop) pruneTasks() {
	keep := l.tasks[:0]
	for _, t := range l.tasks {
		if !t.done() {
			keep = append(keep, t)
		}
	}
	clear(l.tasks[len(keep):])
	l.tasks = keep
}
