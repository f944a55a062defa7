package asyncio

import (
	"fmt"
	"math"
	"strconv"

	"taskline/engine/sched"
	"taskline/engine/trace"
)

// The loop is CPython's BaseEventLoop reduced to what a program without I/O
// can observe: a FIFO ready queue of handles, a heap of timer handles ordered
// by deadline only (heapq order, so equal deadlines are not FIFO), and
// _run_once, which runs exactly the handles that were ready when the
// iteration began. Everything else — task steps, wake-ups, done callbacks,
// timers — is a handle on one of those two queues, so interleaving follows
// from the same rules as in CPython.

// Tuning constants copied from base_events.py.
const (
	minScheduledTimerHandles        = 100 // _MIN_SCHEDULED_TIMER_HANDLES
	minCancelledTimerHandleFraction = 0.5 // _MIN_CANCELLED_TIMER_HANDLES_FRACTION
)

// clockResolution is time.get_clock_info('monotonic').resolution on Linux.
const clockResolution = 1e-9

// wakeSlack models the selector's wake-up granularity. When the loop has
// nothing ready it sleeps until the first deadline; epoll rounds its timeout
// up to whole milliseconds and the process wakes a little late, so every
// timer due within about a millisecond of the first one fires in the same
// iteration. Taskline's clock jumps exactly to the first deadline and then
// treats deadlines up to wakeSlack later as due.
const wakeSlack = 1e-3

// handleKind says what running a handle does.
type handleKind uint8

const (
	hStep      handleKind = iota // task.step(exc)
	hWakeup                      // task.wakeup(fut)
	hDone                        // cb.futureDone(fut): a Go done callback
	hFunc                        // fn()
	hPy                          // a Python callable with arguments
	hSetResult                   // futures._set_result_unless_cancelled(fut, exc)
	hRelease                     // _release_waiter(fut)
)

// Handle is a scheduled callback: asyncio.Handle, and asyncio.TimerHandle
// when it sits in the timer heap. Handles that Python code never sees are
// recycled through the loop's free list, so a running program allocates no
// handle per step.
type Handle struct {
	loop      *Loop
	kind      handleKind
	cancelled bool
	scheduled bool // in the timer heap
	timer     bool // created by call_at/call_later
	exposed   bool // Python holds it: never recycle
	gen       uint32
	when      float64

	task *Task
	fut  *Future
	cb   doneCallback
	fn   func() error
	exc  Value // hStep: the exception to throw in, or nil
	py   Value // hPy: the callable
	args []Value
	pos  trace.Pos // hPy: the line that scheduled it, for the trace
	obj  Value     // the Python object wrapping this handle, once made
}

// Cancel is Handle.cancel(): a cancelled handle is skipped when its turn
// comes, and a cancelled timer is purged from the heap lazily.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.scheduled {
		h.loop.timerCancelled++
	}
	h.py, h.args, h.fn, h.cb = nil, nil, nil, nil
}

// handleQueue is the ready deque: a ring buffer that grows by doubling.
type handleQueue struct {
	buf  []*Handle
	head int
	n    int
}

func (q *handleQueue) push(h *Handle) {
	if q.n == len(q.buf) {
		size := 2 * len(q.buf)
		if size == 0 {
			size = 64
		}
		nb := make([]*Handle, size)
		k := copy(nb, q.buf[q.head:])
		copy(nb[k:], q.buf[:q.head])
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.n)&(len(q.buf)-1)] = h
	q.n++
}

func (q *handleQueue) pop() *Handle {
	h := q.buf[q.head]
	q.buf[q.head] = nil
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.n--
	return h
}

// Loop is one event loop.
type Loop struct {
	clock          *sched.Clock
	ready          handleQueue
	timers         sched.Heap[*Handle]
	timerCancelled int // _timer_cancelled_count
	stopping       bool
	mainFailed     bool // the main task of asyncio.run / Runner.run failed (see shutdown)
	running        bool
	closed         bool
	free           []*Handle

	rt      *runtime // the interpreter glue this loop reports to
	current *Task    // the task whose step is running
	tasks   []*Task  // every task, in creation order (done ones pruned lazily)
	live    int      // tasks not done
	futSeq  int      // futures created so far
	failSeq int      // futures failed so far
	obj     Value    // the Python loop object, once made

	excHandler Value // set_exception_handler(), or nil

	// asyncgens are the async generators first iterated while this loop
	// ran and not finalized since (BaseEventLoop._asyncgens), in the order
	// of their first iteration; shutdown_asyncgens closes them.
	asyncgens []Value
}

func newLoop(clock *sched.Clock, rt *runtime) *Loop {
	l := &Loop{clock: clock, rt: rt}
	l.timers.Less = func(a, b *Handle) bool { return a.when < b.when }
	return l
}

// time is loop.time(): the virtual clock in seconds. Each read moves the
// clock on by one nanosecond, the way time.monotonic() keeps moving while
// code runs, so that call_later deadlines taken one after another are
// strictly increasing and fire in the order they were set, as in CPython.
func (l *Loop) time() float64 {
	now := l.clock.Now()
	l.clock.AdvanceTo(now + 1)
	return float64(now) / 1e9
}

// peekTime is the clock in seconds without moving it: the loop's own reads.
func (l *Loop) peekTime() float64 { return float64(l.clock.Now()) / 1e9 }

// advanceToSeconds moves the clock to the first nanosecond not before t
// (runOnce never asks for a t past the clock's range).
func (l *Loop) advanceToSeconds(t float64) {
	ns, _ := sched.SecondsToTime(t)
	l.clock.AdvanceTo(ns)
}

func (l *Loop) newHandle(kind handleKind) *Handle {
	var h *Handle
	if n := len(l.free); n > 0 {
		h = l.free[n-1]
		l.free = l.free[:n-1]
	} else {
		h = &Handle{loop: l}
	}
	h.kind = kind
	return h
}

func (l *Loop) release(h *Handle) {
	if h.exposed {
		return
	}
	*h = Handle{loop: l, gen: h.gen + 1}
	l.free = append(l.free, h)
}

// callSoon appends h to the ready queue.
func (l *Loop) callSoon(h *Handle) *Handle {
	l.ready.push(h)
	return h
}

func (l *Loop) scheduleStep(t *Task, exc Value) {
	h := l.newHandle(hStep)
	h.task, h.exc = t, exc
	l.ready.push(h)
}

func (l *Loop) scheduleDone(cb doneCallback, f *Future) {
	h := l.newHandle(hDone)
	h.cb, h.fut = cb, f
	l.ready.push(h)
}

func (l *Loop) callSoonFunc(fn func() error) *Handle {
	h := l.newHandle(hFunc)
	h.fn = fn
	l.ready.push(h)
	return h
}

// callAt pushes h onto the timer heap with deadline when (seconds).
func (l *Loop) callAt(when float64, h *Handle) *Handle {
	h.when, h.timer, h.scheduled = when, true, true
	l.timers.Push(h)
	return h
}

// ErrWaitForever is returned by runOnce when nothing is ready and no timer
// is scheduled while the loop is not stopping: CPython would block in
// select() for ever. It is also returned when the only timers left are due
// past the end of the virtual clock (MaxTime, about 292 years: a sleep of
// 1e308 seconds or of float("inf")): CPython accepts such a delay and then
// sleeps in select() a day at a time, for ever. Due is that first deadline
// in seconds, or 0 when no timer is pending.
type ErrWaitForever struct{ Due float64 }

func (e ErrWaitForever) Error() string {
	if e.Due != 0 {
		return fmt.Sprintf("taskline: the program would wait forever: every task is waiting and the next timer is due at %s seconds, "+
			"past the end of the virtual clock (about 292 years; CPython sleeps on and never wakes)", strconv.FormatFloat(e.Due, 'g', -1, 64))
	}
	return "taskline: the program would wait forever: every task is waiting and no timer is pending (CPython hangs here)"
}

// runOnce is BaseEventLoop._run_once.
func (l *Loop) runOnce() error {
	n := l.timers.Len()
	if n > minScheduledTimerHandles && float64(l.timerCancelled)/float64(n) > minCancelledTimerHandleFraction {
		keep := l.timers.Items[:0]
		for _, h := range l.timers.Items {
			if h.cancelled {
				h.scheduled = false
				l.release(h)
			} else {
				keep = append(keep, h)
			}
		}
		clear(l.timers.Items[len(keep):])
		l.timers.Items = keep
		l.timers.Heapify()
		l.timerCancelled = 0
	} else {
		for l.timers.Len() > 0 && l.timers.Peek().cancelled {
			l.timerCancelled--
			h := l.timers.Pop()
			h.scheduled = false
			l.release(h)
		}
	}

	// select(): with nothing ready the loop sleeps until the first deadline.
	var end float64
	waited := false
	switch {
	case l.ready.n > 0 || l.stopping:
		end = l.peekTime() + clockResolution
	case l.timers.Len() > 0:
		when := l.timers.Peek().when
		if _, ok := sched.SecondsToTime(when); !ok && !math.IsNaN(when) {
			return ErrWaitForever{Due: when}
		}
		if when > l.peekTime() {
			l.advanceToSeconds(when)
			waited = true
		}
		end = l.peekTime() + clockResolution
		if waited {
			end = when + wakeSlack
		}
	default:
		return ErrWaitForever{}
	}

	// Move the due timers to the end of the ready queue.
	last := math.Inf(-1)
	for l.timers.Len() > 0 {
		h := l.timers.Peek()
		if h.when >= end {
			break
		}
		l.timers.Pop()
		h.scheduled = false
		l.ready.push(h)
		last = h.when
	}
	if waited && last > l.peekTime() {
		// The process woke after the last deadline it serves.
		l.advanceToSeconds(last)
	}

	// Run exactly the handles that are ready now; anything they schedule
	// runs in the next iteration.
	ntodo := l.ready.n
	l.rt.collectedThisIteration = false
	for i := 0; i < ntodo; i++ {
		h := l.ready.pop()
		if h.cancelled {
			l.release(h)
			continue
		}
		if l.rt.step != nil {
			if err := l.rt.step(); err != nil {
				return err
			}
		}
		if err := l.run(h); err != nil {
			return err
		}
		if l.rt.needCheck && !l.rt.collectedThisIteration {
			l.rt.needCheck = false
			l.rt.collect()
		}
	}
	if l.rt.needCheck {
		l.rt.needCheck = false
		l.rt.collect()
	}
	return nil
}

// run runs one handle and recycles it. A non-nil error stops the loop: a
// SystemExit/KeyboardInterrupt escaping a task (or, in 3.7, any
// BaseException), the step budget, or an internal error.
func (l *Loop) run(h *Handle) error {
	var err error
	switch h.kind {
	case hStep:
		t, exc := h.task, h.exc
		l.release(h)
		err = t.step(exc)
	case hWakeup:
		t, f := h.task, h.fut
		l.release(h)
		f.pendingCB--
		err = t.wakeup(f)
	case hDone:
		cb, f := h.cb, h.fut
		l.release(h)
		f.pendingCB--
		err = cb.futureDone(f)
	case hFunc:
		fn := h.fn
		l.release(h)
		err = fn()
	case hPy:
		f := h.fut
		l.rt.traceCallback(h)
		err = l.rt.runPyHandle(h)
		l.rt.inCallback = nil
		l.release(h)
		if f != nil {
			f.pendingCB--
		}
	case hSetResult:
		f, v := h.fut, h.exc
		l.release(h)
		if !f.cancelled() {
			f.setResult(v)
		}
	case hRelease:
		f := h.fut
		l.release(h)
		if !f.done() {
			f.setResult(l.rt.none())
		}
	}
	return err
}

// stop is loop.stop(): the loop finishes the current iteration and returns.
func (l *Loop) stop() { l.stopping = true }

// runForever is BaseEventLoop.run_forever without the policy bookkeeping.
func (l *Loop) runForever() error {
	l.running = true
	defer func() { l.running = false; l.stopping = false }()
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}
