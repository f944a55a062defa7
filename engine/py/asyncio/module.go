package asyncio

import (
	"math"
	"sort"
	"strings"

	"taskline/engine/py/eval"
	"taskline/engine/trace"
)

// The asyncio module: registration with the evaluator, the per-interpreter
// state, and the module-level functions.

func init() {
	eval.RegisterModule("asyncio", load)
}

// stateKey hides the module state in the module's dict under a name no
// Python identifier can spell.
const stateKey = "\x00taskline.asyncio"

type stateValue struct{ st *state }

func (stateValue) Type() *eval.Class { return eval.ObjectClass }

func stateOf(in *eval.Interp) (*state, error) {
	m, err := in.Import("asyncio")
	if err != nil {
		return nil, err
	}
	sv, ok := m.Dict[stateKey].(stateValue)
	if !ok {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "asyncio module state missing")
	}
	return sv.st, nil
}

func load(in *eval.Interp) (*eval.Module, error) {
	st := &state{in: in, clock: in.VirtualClock()}
	st.rt = &runtime{py37: in.Py37(), minor: in.Minor(), rec: in.Rec, step: in.Step}
	st.rt.host = pyHost{st}
	switch {
	case st.rt.py37:
		st.exc = exc37
	case st.rt.minor < 11:
		st.exc = exc38
	default:
		st.exc = exc311
	}
	clock := st.clock
	// time.sleep() blocks the whole program: the clock moves on, and
	// timers that came due meanwhile fire late, as in CPython.
	in.Sleep = func(secs float64) {
		if st.threadSleep(secs) {
			return
		}
		// time.sleep has refused delays CPython cannot represent; what
		// is left still saturates at the end of the clock.
		clock.Advance(int64(math.Round(secs * 1e9)))
	}
	if in.Rec != nil {
		in.Rec.Now = clock.Now
	}
	in.TaskID = func() int {
		if l := st.rt.loop; l != nil && l.current != nil {
			return l.current.tid
		}
		return -1
	}
	// Sized for what it will hold (about 50 names in 3.13), so that its
	// map is not grown and rehashed five times over in every run.
	m := eval.NewModuleSize("asyncio", 64)
	st.mod = m
	m.Dict[stateKey] = stateValue{st}
	st.defineFunctions(m)
	asFunctions(m)
	in.AtExit(st.atExit)
	st.installAsyncGenHooks()
	return m, nil
}

func (st *state) newLoop() *Loop {
	l := newLoop(st.clock, st.rt)
	st.loops = append(st.loops, l)
	return l
}

// atExit is what CPython prints while finalising the objects still alive
// at interpreter shutdown: pending tasks ("Task was destroyed but it is
// pending!") and failed futures nobody asked about.
func (st *state) atExit() {
	st.destroyPending()
	st.reportUnretrieved()
}

// destroyPending finalises the tasks left pending on loops that are not
// running, as CPython's garbage collector does at shutdown, in two waves.
//
// A pending task holds its loop, and the loop holds the task (through the
// timer or the future it waits on): a reference cycle, which only the
// cyclic collector frees. It collects a cycle nothing else holds as soon
// as it runs, at the latest at shutdown while the module globals are still
// there; it finalises the objects of a garbage cycle in the order of its
// list of tracked objects, which is the order they were made unless an
// earlier collection found them alive (it then moves the objects it
// reaches from the living ones behind them). So a task of a cycle the
// program let go of is finalised after its coroutine, which was made
// first: the coroutine is closed (GeneratorExit thrown in at its await,
// its finally blocks run) and the task's repr then says "coro=<worker()
// done, defined at FILE:LINE>". A task the module globals still hold
// (directly, in a list, through its loop kept in a global or set as the
// current loop) has been through such a collection by then, and dies only
// once sys.modules lets go of the module: it is finalised before its
// coroutine, whose frame is still there ("running at FILE:LINE"), and the
// coroutines are closed after. Recorded from CPython 3.7 to 3.13 in the
// corpus (loop_task_destroyed_*).
//
// Not modelled: the collections CPython runs while the program runs, each
// time it has allocated some hundreds of objects (700 up to 3.12, 2000 in
// 3.13). One that runs while a task is still held puts the task ahead of
// its coroutine for good, so CPython then shows "running at" for a cycle
// too; Taskline counts no allocations and answers as if none had run.
func (st *state) destroyPending() {
	var pending []*Task
	for _, l := range st.loops {
		if l.running {
			continue
		}
		for _, t := range l.tasks {
			if !t.done() && t.logDestroyPending {
				pending = append(pending, t)
			}
		}
	}
	if len(pending) == 0 {
		return
	}
	// What asyncio's policy holds (the current loop, which set_event_loop
	// and get_event_loop set) CPython frees only when it clears the main
	// thread's state, after its last collection: the cycles through that
	// loop are never collected and their tasks never reported.
	tasksOf := func(roots []eval.Value) (map[*Task]bool, bool) {
		found := map[*Task]bool{}
		exact := eval.Reachable(roots, func(v eval.Value) {
			if p, ok := v.(*pyFuture); ok && p.f.task != nil {
				found[p.f.task] = true
			}
		})
		return found, exact
	}
	var immortal map[*Task]bool
	if l := st.defaultLoop; l != nil {
		immortal, _ = tasksOf([]eval.Value{st.loopObject(l)})
	}
	held, exact := tasksOf(st.in.MainGlobals())
	destroy := func(t *Task) {
		t.logDestroyPending = false
		st.rt.logException(t.loop, "Task was destroyed but it is pending!", nil, "task", st.obj(&t.Future))
	}
	// A walk that met state it cannot see into (a timeout or a task group, a
	// callback written in Go) counts every task as held.
	var late []*Task
	for _, t := range pending {
		if immortal[t] {
			continue
		}
		switch {
		case exact && !held[t] && !t.started:
			// The loop, made before the coroutine, is finalised first:
			// its __del__ closes it, and clearing its ready queue frees
			// the task's first step, then the task (reported with its
			// coroutine unstarted, "running at" its def line), then the
			// coroutine, which warns from that line of close().
			destroy(t)
			st.closeCoroutine(t, st.libFrames("loop_close_ready_clear"), false)
		case exact && !held[t]:
			st.closeCoroutine(t, nil, false)
			destroy(t)
		default:
			late = append(late, t)
		}
	}
	for _, t := range late {
		destroy(t)
	}
	for _, t := range late {
		st.closeCoroutine(t, nil, true)
	}
}

// closeCoroutine is coro.close() on a pending task's coroutine, as the
// collector's finaliser calls it: GeneratorExit is thrown in where it
// waits, and its finally blocks run. What goes wrong there CPython reports
// as unraisable ("Exception ignored in: <coroutine object …>"): a finally
// that raises, with its traceback, or one that awaits again ("coroutine
// ignored GeneratorExit"; the coroutine then stays suspended). late says
// the module globals are gone (the second wave): the traceback has no
// source lines then, as linecache can no longer be imported.
//
// A coroutine the loop never started runs no code: CPython warns that it
// was never awaited, from the library line freedAt names if one was
// running.
func (st *state) closeCoroutine(t *Task, freedAt []eval.LibFrame, late bool) {
	g, ok := t.coroObj.(*eval.Generator)
	if !ok || t.coro == nil {
		return
	}
	if !t.started {
		g.Close(st.in)
		var at *eval.LibFrame
		if len(freedAt) == 1 {
			at = &freedAt[0]
		}
		st.in.NeverAwaitedAtExit(g.Qualname(), at)
		return
	}
	kind, _, err := t.coro.resume(nil, eval.NewException(eval.GeneratorExitClass))
	ignored := "Exception ignored in: " + eval.Repr(st.in, g) + "\n"
	switch e, _ := err.(*eval.Exception); {
	case kind == coroYield:
		st.in.Print(2, ignored+"RuntimeError: coroutine ignored GeneratorExit\n")
	case kind == coroRaise && e != nil && !e.Class.IsSubclass(eval.GeneratorExitClass) && !e.Class.IsSubclass(eval.StopIterationClass):
		tb := st.in.FormatUnraisable(e)
		if late {
			tb = withoutSourceLines(tb)
		}
		st.in.Print(2, ignored+tb)
	}
}

// withoutSourceLines drops the source and caret lines of a traceback
// (those indented by four spaces under a "  File" line).
func withoutSourceLines(tb string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(tb, "\n") {
		if !strings.HasPrefix(line, "    ") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// running returns the running loop or raises RuntimeError.
func (st *state) runningLoop() (*Loop, error) {
	if st.running == nil {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "no running event loop")
	}
	return st.running, nil
}

// currentLoop is get_event_loop(): the running loop, else the default one.
func (st *state) currentLoop(caller string) (*Loop, error) {
	if st.running != nil {
		return st.running, nil
	}
	if st.defaultLoop == nil && st.loopSetCalled {
		// The policy had a loop set, then None (asyncio.run() does that
		// when it ends, as does set_event_loop(None)): it makes no new one.
		e := eval.Errorf(eval.RuntimeErrorClass, "There is no current event loop in thread 'MainThread'.")
		if caller == "get_event_loop" {
			st.rt.addInnerLibFrames(e, "get_event_loop")
		}
		return nil, e
	}
	if st.defaultLoop == nil || st.defaultLoop.closed {
		if st.rt.minor >= 12 && !st.loopSetCalled && callsGetEventLoop[caller] {
			// 3.12's BaseDefaultEventLoopPolicy.get_event_loop, making
			// the main thread's first loop: a DeprecationWarning at the
			// program's line (shown: the default filters show
			// DeprecationWarnings from __main__).
			if err := st.in.WarnCaller(eval.DeprecationWarningClass, "There is no current event loop"); err != nil {
				return nil, err
			}
		}
		st.defaultLoop = st.newLoop()
		st.loopSetCalled = true
	}
	return st.defaultLoop, nil
}

// callsGetEventLoop are the functions that, outside a running loop, ask
// events.get_event_loop() for one in CPython 3.12+ (the others ask
// get_running_loop() and fail, or bind a loop lazily).
var callsGetEventLoop = map[string]bool{"get_event_loop": true, "Future": true, "Task": true,
	"ensure_future": true, "gather": true, "shield": true, "as_completed": true}

func isCoroutine(v eval.Value) bool {
	switch c := v.(type) {
	case *eval.Generator:
		return c.Kind == eval.KindCoroutine
	case *nativeCoro:
		return true
	}
	return false
}

// createTask is Task(coro, loop=l, name=name).
// taskSize is what a Task counts against the memory budget, besides its
// coroutine: measured, 100,000 tasks take about 1.3 KB each on the heap.
const taskSize = 1024

func (st *state) createTask(l *Loop, coro eval.Value, name string) (*Task, error) {
	return st.createTaskEager(l, coro, name, l.eagerFactory != nil)
}

// createTaskEager is createTask with Task's eager_start (3.12): the task's
// first step runs now if the loop is running.
func (st *state) createTaskEager(l *Loop, coro eval.Value, name string, eager bool) (*Task, error) {
	if !isCoroutine(coro) {
		return nil, typeError("a coroutine was expected, got %s", eval.Repr(st.in, coro))
	}
	r := coro.(eval.Resumable)
	if st.rt.loop == nil {
		st.rt.loop = l
	}
	// A task, its future, handles and trace records.
	if err := st.in.Alloc(taskSize); err != nil {
		return nil, err
	}
	if eager && l.running {
		t := l.makeTask(&pyCoro{in: st.in, r: r}, coro, name)
		return t, l.eagerStart(t)
	}
	t := l.newTask(&pyCoro{in: st.in, r: r}, coro, name)
	return t, nil
}

// ensureFuture is ensure_future(arg).
func (st *state) ensureFuture(l *Loop, arg eval.Value) (*Future, error) {
	if p, ok := arg.(*pyFuture); ok {
		return p.f, nil
	}
	if isCoroutine(arg) {
		t, err := st.createTask(l, arg, "")
		if err != nil {
			return nil, err
		}
		return &t.Future, nil
	}
	return nil, typeError("An asyncio.Future, a coroutine or an awaitable is required")
}

func (st *state) obj(f *Future) eval.Value { return st.rt.futureObject(f).(eval.Value) }

type builtinFn func(in *eval.Interp, a []eval.Value) (eval.Value, error)

func (st *state) def(m *eval.Module, name, spec string, fn builtinFn) {
	p := parseSpec(name, spec)
	m.Dict[name] = eval.NewBuiltin(name, func(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		a, err := p.bind(args, kw)
		if err != nil {
			return nil, err
		}
		return fn(in, a)
	})
}

func (st *state) defineFunctions(m *eval.Module) {
	py37 := st.rt.py37
	d := m.Dict
	d["CancelledError"] = st.exc.cancelled
	d["TimeoutError"] = st.exc.timeout
	d["InvalidStateError"] = st.exc.invalidState
	d["QueueEmpty"] = st.exc.queueEmpty
	d["QueueFull"] = st.exc.queueFull
	d["Future"] = futureClass
	d["Task"] = taskClass
	d["Handle"] = handleClass
	d["TimerHandle"] = timerHandleClass
	d["Event"] = eventClass
	d["Lock"] = lockClass
	d["Condition"] = conditionClass
	d["Semaphore"] = semaphoreClass
	d["BoundedSemaphore"] = boundedSemClass
	d["Queue"] = queueClass
	d["LifoQueue"] = lifoQueueClass
	d["PriorityQueue"] = priorityQueueClass
	d["FIRST_COMPLETED"] = eval.Str(firstCompleted)
	d["FIRST_EXCEPTION"] = eval.Str(firstException)
	d["ALL_COMPLETED"] = eval.Str(allCompleted)
	if st.rt.minor >= 11 {
		d["TaskGroup"] = taskGroupClass
		d["Timeout"] = timeoutClass
		st.def(m, "timeout", "delay", st.fnTimeout)
		st.def(m, "timeout_at", "when", st.fnTimeoutAt)
	}

	if st.rt.minor >= 12 {
		st.defineEager(m)
	}
	st.def(m, "run", "main|*debug", st.fnRun)
	st.defineSince311(st.in, m)
	st.defineThreads(st.in, m)
	sleep := eval.NewBuiltin("sleep", st.fnSleep)
	sleep.AwaitFn = st.awaitSleep
	m.Dict["sleep"] = sleep
	if py37 {
		st.def(m, "create_task", "coro", st.fnCreateTask)
	} else {
		st.def(m, "create_task", "coro|*name,context", st.fnCreateTask)
	}
	m.Dict["gather"] = eval.NewBuiltin("gather", st.fnGather)
	st.def(m, "ensure_future", "coro_or_future|*loop", st.fnEnsureFuture)
	st.def(m, "shield", "arg|*loop", st.fnShield)
	st.def(m, "wait_for", "fut,timeout|*loop", st.fnWaitFor)
	st.def(m, "wait", "fs|*loop,timeout,return_when", st.fnWait)
	st.def(m, "as_completed", "fs|*loop,timeout", st.fnAsCompleted)
	st.def(m, "current_task", "|loop", st.fnCurrentTask)
	st.def(m, "all_tasks", "|loop", st.fnAllTasks)
	st.def(m, "get_running_loop", "", st.fnGetRunningLoop)
	st.def(m, "get_event_loop", "", st.fnGetEventLoop)
	st.def(m, "new_event_loop", "", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		return st.loopObject(st.newLoop()), nil
	})
	st.def(m, "set_event_loop", "loop", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		if lo, ok := a[0].(*pyLoop); ok {
			st.defaultLoop = lo.l
		} else if a[0] == eval.None {
			st.defaultLoop = nil
		}
		st.loopSetCalled = true
		return eval.None, nil
	})
	st.def(m, "iscoroutine", "obj", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		return eval.Bool(isCoroutine(a[0])), nil
	})
	st.def(m, "iscoroutinefunction", "func", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		f, ok := a[0].(*eval.Function)
		if bm, isBM := a[0].(*eval.BoundMethod); isBM {
			f, ok = bm.Fn.(*eval.Function)
		}
		return eval.Bool(ok && f.IsCoroutineFunction()), nil
	})
	st.def(m, "isfuture", "obj", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		_, ok := a[0].(*pyFuture)
		return eval.Bool(ok), nil
	})
}

// Where the loop is entered from, for loopDepth.
const (
	depthRun              = iota // asyncio.run()
	depthRunUntilComplete        // loop.run_until_complete()
	depthRunForever              // loop.run_forever()
)

// loopDepth is the number of calls CPython has on the stack between the
// caller of asyncio.run() (or of the loop method) and a callback the loop
// runs: runners.run, Runner.run, run_until_complete, run_forever,
// _run_once, Handle._run and the C calls between them, as measured with
// python3 and python3.7 (a task's step counts one more, in pyCoro). The
// evaluator adds it to the call depth while the loop runs, so that
// RecursionError strikes at CPython's depth.
func (st *state) loopDepth(from int) int {
	switch from {
	case depthRun:
		if st.rt.py37 {
			return 6
		}
		return 7
	case depthRunUntilComplete:
		return 5
	}
	return 4
}

// fnRun is asyncio.run(main): run the main task, then shut down (cancel
// what is left and let it finish), close the loop, and report failed
// futures nobody looked at.
func (st *state) fnRun(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	if st.running != nil {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "asyncio.run() cannot be called from a running event loop")
	}
	if !isCoroutine(a[0]) {
		e := eval.Errorf(eval.ValueErrorClass, "a coroutine was expected, got %s", eval.Repr(in, a[0]))
		e.AddInnerLibFrames(st.libFrames("run_check"))
		return nil, e
	}
	l := st.newLoop()
	prevLoop := st.rt.loop
	st.running, st.rt.loop = l, l
	// asyncio.run sets its loop as the current one and, when it ends,
	// None: get_event_loop() afterwards raises RuntimeError.
	st.defaultLoop, st.loopSetCalled = l, true
	defer func() { st.running, st.rt.loop, st.defaultLoop = nil, prevLoop, nil }()

	result, runErr := st.runMain(in, l, a[0], nil, "run")
	if eval.IsFatal(runErr) {
		return nil, runErr
	}
	// CPython shuts down in Runner.__exit__ (3.7: a finally block) while
	// main's exception propagates, so exceptions raised meanwhile get it
	// as their __context__.
	exc, _ := runErr.(*eval.Exception)
	if exc != nil {
		in.PushHandled(exc)
	}
	err := st.shutdown(l)
	if exc != nil {
		in.PopHandled()
	}
	if err != nil {
		return nil, err
	}
	if runErr != nil {
		return nil, runErr
	}
	return result, nil
}

// runMain is the heart of Runner.run(): run coro as the main task on l
// (running already) in context ctx (nil: a copy of the current one) and
// return its result or error.
//
// libKind names the library frames CPython shows above the program's when
// main's exception escapes ("run" for asyncio.run; "" for none, which is
// Runner.run's case until its frames are extracted).
func (st *state) runMain(in *eval.Interp, l *Loop, coro eval.Value, ctx Value, libKind string) (eval.Value, error) {
	main, err := st.createTask(l, coro, "")
	if err != nil {
		return nil, err
	}
	if ctx != nil {
		main.ctx = ctx
	}
	main.logDestroyPending = false
	d := st.loopDepth(depthRun)
	in.AddDepth(d)
	defer in.AddDepth(-d)
	if err := l.runUntilComplete(&main.Future); err != nil {
		if e, ok := err.(*eval.Exception); ok && libKind == "run" {
			// It left the Task step and the loop itself (KeyboardInterrupt,
			// SystemExit; in 3.7 any BaseException).
			e.AddOuterLibFrames(st.libFrames("escape"))
		}
		return nil, err
	}
	v, err := main.getResult()
	if err != nil {
		l.mainFailed = true
		if e, ok := err.(*eval.Exception); ok && libKind != "" {
			// CPython re-raises it in run_until_complete, under
			// runners.run (and Runner.run from 3.11).
			e.AddOuterLibFrames(st.libFrames(libKind))
		}
		return nil, err
	}
	return toValue(v), nil
}

// shutdown is Runner.close(): _cancel_all_tasks, shutdown_asyncgens,
// shutdown_default_executor (3.7: no executor step), loop.close().
func (st *state) shutdown(l *Loop) error {
	rt := st.rt
	var toCancel []*Task
	for _, t := range l.tasks {
		if !t.done() && !t.thread {
			toCancel = append(toCancel, t)
		}
	}
	if len(toCancel) > 0 {
		rt.why, rt.whyPos = "asyncio.run() shutdown", rt.pos()
		for _, t := range toCancel {
			t.cancel(nil)
		}
		rt.why, rt.whyPos = "", trace.Pos{}
		g := l.gather(futuresOf(toCancel), true)
		if err := l.runUntilComplete(g); eval.IsFatal(err) {
			return err
		}
		for _, t := range toCancel {
			if t.cancelled() || !t.done() {
				continue
			}
			t.logTraceback = false
			if t.exc != nil {
				rt.logException(l, "unhandled exception during asyncio.run() shutdown", t.exc, "task", st.obj(&t.Future))
			}
		}
	}
	// shutdown_asyncgens() and shutdown_default_executor() each run as a
	// task of their own (which is why a second asyncio.run() starts at a
	// higher Task-N).
	steps := 2
	if rt.py37 {
		steps = 1
	}
	for i := 0; i < steps; i++ {
		var body func(yielder) (Value, error)
		if i == 0 {
			body = func(y yielder) (Value, error) { return st.shutdownAsyncGens(l, y) }
		} else {
			body = func(y yielder) (Value, error) { return st.joinThreads(l, y) }
		}
		t := l.newInternalTask(body)
		if err := l.runUntilComplete(&t.Future); eval.IsFatal(err) {
			return err
		}
	}
	l.closed = true
	if l.mainFailed {
		// The exception leaving asyncio.run holds the frames it passed
		// through: what their variables hold is collected only after its
		// traceback is printed, at exit; the rest now.
		st.rt.reportDropped()
	} else {
		st.reportUnretrieved()
	}
	return nil
}

// newInternalTask is a task running a coroutine of the loop's own (body,
// or one that returns at once if nil); it takes a Task-N name but stays
// out of the trace.
func (l *Loop) newInternalTask(body func(yielder) (Value, error)) *Task {
	if body == nil {
		body = func(yielder) (Value, error) { return l.rt.none(), nil }
	}
	rec := l.rt.rec
	l.rt.rec = nil
	t := l.newTask(&fiberCoro{rt: l.rt, body: body, newFiber: l.rt.host.(pyHost).st.in.NewFiber}, nil, "")
	l.rt.rec = rec
	return t
}

// reportUnretrieved logs "exception was never retrieved" for every failed
// future nobody asked about that is still unreported, in the order they
// failed: CPython's collection of whatever is left when the loop closes or
// the program ends.
func (st *state) reportUnretrieved() {
	failed := st.rt.failed
	st.rt.failed = nil
	sort.SliceStable(failed, func(i, j int) bool { return failed[i].failSeq < failed[j].failSeq })
	for _, f := range failed {
		if f.logTraceback {
			st.rt.reportUnretrieved(f)
		}
	}
}

func (st *state) fnSleep(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
	delay, isInt, result, err := sleepArgs(in, args, kw)
	if err != nil {
		return nil, err
	}
	return &nativeCoro{st: st, name: "sleep", op: opSleep, delay: delay, delayInt: isInt, arg: result}, nil
}

// awaitSleep is `await asyncio.sleep(...)` without the coroutine object:
// what awaiting fnSleep's coroutine inline does (nativeCoro.Send).
func (st *state) awaitSleep(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error, error) {
	delay, _, result, err := sleepArgs(in, args, kw)
	if err != nil {
		return nil, err, nil
	}
	v, err := st.runSleep(inlineYielder{in}, delay, result)
	if err != nil {
		return nil, nil, err
	}
	return toValue(v), nil, nil
}

// sleepArgs parses asyncio.sleep's arguments: the delay in seconds,
// whether it was an int (for the label), and the result.
func sleepArgs(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (delay float64, isInt bool, result eval.Value, err error) {
	if len(kw) > 0 || len(args) == 0 || len(args) > 2 {
		a, err := sleepParams.bind(args, kw)
		if err != nil {
			return 0, false, nil, err
		}
		args = a[:2]
		if args[1] == nil {
			args = args[:1]
		}
	}
	delay, err = toFloat(in, args[0], "'<=' not supported between instances of '%s' and 'int'")
	if err != nil {
		return 0, false, nil, err
	}
	_, isInt = args[0].(eval.Int)
	result = eval.None
	if len(args) > 1 {
		result = args[1]
	}
	return delay, isInt, result, nil
}

var sleepParams = parseSpec("sleep", "delay|result,*loop")

func (st *state) fnCreateTask(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.runningLoop()
	if err != nil {
		return nil, err
	}
	t, err := st.createTask(l, a[0], "")
	if err != nil {
		return nil, err
	}
	if len(a) > 1 && !isNone(a[1]) {
		s, err := in.ToStr(a[1])
		if err != nil {
			return nil, err
		}
		t.setName(s)
	}
	if len(a) > 2 && !isNone(a[2]) {
		t.ctx = a[2]
	}
	return st.obj(&t.Future), nil
}

func (st *state) fnEnsureFuture(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.currentLoop("ensure_future")
	if err != nil {
		return nil, err
	}
	f, err := st.ensureFuture(l, a[0])
	if err != nil {
		return nil, err
	}
	return st.obj(f), nil
}

// fnGather is gather(*coros_or_futures, return_exceptions=False).
func (st *state) fnGather(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
	returnExceptions := false
	for _, k := range kw {
		switch {
		case k.Name == "return_exceptions":
			b, err := in.Truthy(k.Value)
			if err != nil {
				return nil, err
			}
			returnExceptions = b
		case k.Name == "loop" && st.rt.py37:
		default:
			return nil, typeError("gather() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	l, err := st.currentLoop("gather")
	if err != nil {
		return nil, err
	}
	futs := make([]*Future, 0, len(args))
	// Keyed by identity: a Python value (a tuple) need not be a valid Go map key.
	seen := map[any]*Future{}
	for _, arg := range args {
		if f, ok := seen[eval.IdentityKey(arg)]; ok {
			futs = append(futs, f)
			continue
		}
		f, err := st.ensureFuture(l, arg)
		if err != nil {
			return nil, err
		}
		if p, ok := arg.(*pyFuture); f.task != nil && (!ok || p.f != f) {
			f.task.logDestroyPending = false
		}
		seen[eval.IdentityKey(arg)] = f
		futs = append(futs, f)
	}
	return st.obj(l.gather(futs, returnExceptions)), nil
}

func (st *state) fnShield(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.currentLoop("shield")
	if err != nil {
		return nil, err
	}
	inner, err := st.ensureFuture(l, a[0])
	if err != nil {
		return nil, err
	}
	return st.obj(l.shield(inner)), nil
}

func (st *state) fnWaitFor(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	aw, tv := a[0], a[1]
	var timeout float64
	hasTimeout := !isNone(tv)
	if hasTimeout {
		var err error
		timeout, err = toFloat(in, tv, "'<=' not supported between instances of '%s' and 'int'")
		if err != nil {
			return nil, err
		}
	}
	var ex expiry
	c := st.coro("wait_for", func(y yielder) (Value, error) {
		l, err := st.currentLoop("wait_for")
		if err != nil {
			return nil, err
		}
		if !hasTimeout {
			if iy, ok := y.(inlineYielder); ok {
				return iy.in.Await(aw)
			}
			f, err := st.ensureFuture(l, aw)
			if err != nil {
				return nil, err
			}
			return f.await(y)
		}
		if iy, ok := y.(inlineYielder); ok && st.rt.minor >= 12 && timeout > 0 {
			return st.waitFor312(iy, l, aw, timeout, ex)
		}
		f, err := st.ensureFuture(l, aw)
		if err != nil {
			return nil, err
		}
		return l.waitFor(y, f, timeout, ex)
	})
	c.args = func() []eval.Value { return []eval.Value{aw, tv} }
	if st.rt.rec != nil {
		ex = expiry{c.callLabel(), in.Pos()}
	}
	return c, nil
}

// waitFor312 is wait_for(aw, timeout) for a timeout > 0 as 3.12 rebuilt it:
//
//	async with timeouts.timeout(timeout):
//	    return await fut
//
// A coroutine runs in the awaiting task (no task of its own, so it takes no
// Task-N name), and expiry cancels that task and turns the CancelledError
// into TimeoutError on the way out, as asyncio.timeout does.
func (st *state) waitFor312(iy inlineYielder, l *Loop, aw eval.Value, timeout float64, ex expiry) (Value, error) {
	rt := st.rt
	to := l.newTimeout(l.time()+timeout, true)
	to.made, to.pos = ex.what, ex.pos
	if to.made == "" {
		to.made = "wait_for()"
	}
	if err := to.enter(); err != nil {
		return nil, err
	}
	v, err := iy.in.Await(aw)
	var exc Value
	if err != nil {
		e, ok := rt.excOf(err)
		if !ok {
			return nil, err
		}
		// It leaves through wait_for's `return await fut`.
		rt.addOuterLibFrames(e, "wait_for_result")
		exc = e
	}
	if err2 := to.exit(exc); err2 != nil {
		if e, ok := rt.excOf(err2); ok && e != exc {
			// Raised by Timeout.__aexit__ under wait_for's `async with`.
			if fs := rt.libFrames("wait_for_raise"); len(fs) > 0 {
				if x, ok := e.(*eval.Exception); ok {
					x.AddOuterLibFrames(fs[:1])
				}
			}
		}
		return nil, err2
	}
	return v, err
}

// sortedFutures is the iteration order Taskline gives a set of futures:
// creation order (CPython's is address-dependent).
func sortedFutures(fs []*Future) []*Future {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].seq < fs[j].seq })
	return fs
}

func (st *state) fnWait(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	fsArg := a[0]
	timeoutArg, rwArg := a[2], a[3]
	var ex expiry
	if st.rt.rec != nil && !isNone(timeoutArg) {
		ex = expiry{"wait(timeout=" + eval.ShortRepr(timeoutArg) + ")", in.Pos()}
	}
	c := st.coro("wait", func(y yielder) (Value, error) {
		if _, ok := fsArg.(*pyFuture); ok || isCoroutine(fsArg) {
			return nil, typeError("expect a list of futures, not %s", fsArg.Type().Name)
		}
		items, err := in.Iterate(fsArg)
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			msg := "Set of Tasks/Futures is empty."
			if st.rt.py37 {
				msg = "Set of coroutines/Futures is empty."
			}
			return nil, eval.Errorf(eval.ValueErrorClass, "%s", msg)
		}
		returnWhen := allCompleted
		if !isNone(rwArg) {
			s, ok := rwArg.(eval.Str)
			if !ok || (s != firstCompleted && s != firstException && s != allCompleted) {
				return nil, eval.Errorf(eval.ValueErrorClass, "Invalid return_when value: %s", eval.Str_(in, rwArg))
			}
			returnWhen = string(s)
		}
		var timeout float64
		hasTimeout := !isNone(timeoutArg)
		if hasTimeout {
			timeout, err = toFloat(in, timeoutArg, "unsupported operand type(s) for +: 'float' and '%s'")
			if err != nil {
				return nil, err
			}
		}
		l, err := st.runningLoop()
		if err != nil {
			return nil, err
		}
		var fs []*Future
		seen := map[*Future]bool{}
		for _, it := range items {
			if isCoroutine(it) && !st.rt.py37 {
				return nil, typeError("Passing coroutines is forbidden, use tasks explicitly.")
			}
			f, err := st.ensureFuture(l, it)
			if err != nil {
				return nil, err
			}
			if !seen[f] {
				seen[f] = true
				fs = append(fs, f)
			}
		}
		done, pending, err := l.wait(y, sortedFutures(fs), timeout, hasTimeout, returnWhen, ex)
		if err != nil {
			return nil, err
		}
		ds, err := st.futureSet(done)
		if err != nil {
			return nil, err
		}
		ps, err := st.futureSet(pending)
		if err != nil {
			return nil, err
		}
		return eval.Tuple{ds, ps}, nil
	})
	c.args = func() []eval.Value { return []eval.Value{fsArg} }
	return c, nil
}

func (st *state) futureSet(fs []*Future) (*eval.Set, error) {
	s := eval.NewSet()
	for _, f := range fs {
		if err := s.Add(st.in, st.obj(f)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// asCompletedIter is the generator as_completed() returns; its body runs
// on the first next(), as a generator function's does.
type asCompletedIter struct {
	st         *state
	fs         eval.Value
	timeout    float64
	hasTimeout bool
	a          *asCompleted
	left       int
	started    bool
}

// Type is a generator before 3.13; 3.13 returns an _AsCompletedIterator,
// which async for iterates too.
func (it *asCompletedIter) Type() *eval.Class {
	if it.st.rt.minor >= 13 {
		return asCompletedIteratorClass
	}
	return asCompletedClass
}

func init() {
	c := asCompletedIteratorClass
	self := func(in *eval.Interp, v eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		return v, nil
	}
	c.DefMethod("__iter__", self)
	c.DefMethod("__aiter__", self)
	c.DefMethod("__next__", func(in *eval.Interp, v eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		x, ok, err := v.(*asCompletedIter).Next(in)
		if err == nil && !ok {
			err = eval.NewException(eval.StopIterationClass)
		}
		return x, err
	})
	c.DefMethod("__anext__", func(in *eval.Interp, v eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		it := v.(*asCompletedIter)
		if err := it.start(in); err != nil {
			return nil, err
		}
		return it.st.coro("_AsCompletedIterator.__anext__", func(y yielder) (Value, error) {
			if it.left == 0 {
				return nil, eval.NewException(eval.StopAsyncIterationClass)
			}
			it.left--
			return it.a.waitForOneFuture(y)
		}), nil
	})
}

// start does what the first iteration does: wrap the awaitables in
// futures and watch them.
func (it *asCompletedIter) start(in *eval.Interp) error {
	st := it.st
	if !it.started {
		it.started = true
		l, err := st.currentLoop("as_completed")
		if err != nil {
			return err
		}
		items, err := in.Iterate(it.fs)
		if err != nil {
			return err
		}
		var todo []*Future
		seen := map[*Future]bool{}
		seenArg := map[any]bool{}
		for _, x := range items {
			if seenArg[eval.IdentityKey(x)] {
				continue
			}
			seenArg[eval.IdentityKey(x)] = true
			f, err := st.ensureFuture(l, x)
			if err != nil {
				return err
			}
			if !seen[f] {
				seen[f] = true
				todo = append(todo, f)
			}
		}
		it.a = l.asCompleted(todo, it.timeout, it.hasTimeout)
		it.left = len(todo)
	}
	return nil
}

func (it *asCompletedIter) Next(in *eval.Interp) (eval.Value, bool, error) {
	st := it.st
	if err := it.start(in); err != nil {
		return nil, false, err
	}
	if it.left == 0 {
		return nil, false, nil
	}
	it.left--
	a := it.a
	return st.coro("as_completed.<locals>._wait_for_one", a.waitForOne), true, nil
}

func (st *state) fnAsCompleted(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	if _, ok := a[0].(*pyFuture); ok || isCoroutine(a[0]) {
		return nil, typeError("expect an iterable of futures, not %s", a[0].Type().Name)
	}
	it := &asCompletedIter{st: st, fs: a[0]}
	if !isNone(a[2]) {
		t, err := toFloat(in, a[2], "unsupported operand type(s) for +: 'float' and '%s'")
		if err != nil {
			return nil, err
		}
		it.timeout, it.hasTimeout = t, true
	}
	return it, nil
}

func (st *state) fnCurrentTask(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l := st.running
	if l == nil {
		if !isNone(a[0]) {
			return eval.None, nil
		}
		return nil, eval.Errorf(eval.RuntimeErrorClass, "no running event loop")
	}
	if l.current == nil {
		return eval.None, nil
	}
	return st.obj(&l.current.Future), nil
}

func (st *state) fnAllTasks(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l := st.running
	if l == nil {
		if st.rt.py37 && st.defaultLoop != nil {
			l = st.defaultLoop
		} else {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "no running event loop")
		}
	}
	l.pruneTasks()
	fs := make([]*Future, 0, len(l.tasks))
	for _, t := range l.tasks {
		if !t.thread {
			fs = append(fs, &t.Future)
		}
	}
	return st.futureSet(fs)
}

func (st *state) fnGetRunningLoop(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.runningLoop()
	if err != nil {
		return nil, err
	}
	return st.loopObject(l), nil
}

func (st *state) fnGetEventLoop(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.currentLoop("get_event_loop")
	if err != nil {
		return nil, err
	}
	return st.loopObject(l), nil
}

var _ = trace.KindTask

// concurrent.futures, for its exception classes: in 3.7 they are asyncio's
// own; in 3.11 they are distinct classes (and TimeoutError is the builtin).
var cf311 = func() *excClasses {
	base := eval.NewExceptionClass("Error", "concurrent.futures._base", eval.ExceptionClass)
	return &excClasses{
		futuresError: base,
		cancelled:    eval.NewExceptionClass("CancelledError", "concurrent.futures._base", base),
		timeout:      eval.TimeoutErrorClass,
		invalidState: eval.NewExceptionClass("InvalidStateError", "concurrent.futures._base", base),
	}
}()

func init() {
	eval.RegisterModule("concurrent", func(in *eval.Interp) (*eval.Module, error) {
		m := eval.NewModule("concurrent")
		f, err := in.Import("concurrent.futures")
		if err != nil {
			return nil, err
		}
		m.Dict["futures"] = f
		return m, nil
	})
	eval.RegisterModule("concurrent.futures", func(in *eval.Interp) (*eval.Module, error) {
		m := eval.NewModule("concurrent.futures")
		c := cf311
		if in.Py37() {
			c = exc37
		}
		m.Dict["CancelledError"] = c.cancelled
		m.Dict["TimeoutError"] = c.timeout
		m.Dict["InvalidStateError"] = c.invalidState
		m.Dict["FIRST_COMPLETED"] = eval.Str(firstCompleted)
		m.Dict["FIRST_EXCEPTION"] = eval.Str(firstException)
		m.Dict["ALL_COMPLETED"] = eval.Str(allCompleted)
		return m, nil
	})
}

// pyFunction is a module-level function of asyncio. CPython's are Python
// functions, so they are objects of class "function" (await asyncio.sleep
// without calling it says "object function can't be used in 'await'
// expression"); calling one goes through the class's __call__.
type pyFunction struct {
	b *eval.Builtin
}

var asyncioFunctionClass = func() *eval.Class {
	c := eval.NewClass("function", "builtins")
	c.DefMethod("__call__", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		return self.(*pyFunction).b.Fn(in, args, kw)
	})
	c.DefMethod("__repr__", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		return eval.Str("<function " + self.(*pyFunction).b.Name + ">"), nil
	})
	c.DefProperty("__name__", func(in *eval.Interp, self eval.Value) (eval.Value, error) {
		return eval.Str(self.(*pyFunction).b.Name), nil
	}, nil)
	c.DefProperty("__qualname__", func(in *eval.Interp, self eval.Value) (eval.Value, error) {
		return eval.Str(self.(*pyFunction).b.Name), nil
	}, nil)
	return c
}()

func (*pyFunction) Type() *eval.Class { return asyncioFunctionClass }

// AwaitCall lets `await asyncio.sleep(0)` skip the coroutine object
// (eval.CallAwaiter); calling the function goes through __call__ to b.Fn,
// and AwaitFn is b.Fn's call and await in one.
func (p *pyFunction) AwaitCall(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, bool, error, error) {
	return p.b.AwaitCall(in, args, kw)
}

// asFunctions wraps every builtin in the module's dict.
func asFunctions(m *eval.Module) {
	for k, v := range m.Dict {
		if b, ok := v.(*eval.Builtin); ok {
			m.Dict[k] = &pyFunction{b}
		}
	}
}
