package asyncio

import (
	"strings"

	"taskline/engine/py/eval"
	"taskline/engine/trace"
)

// Threads: asyncio.to_thread and loop.run_in_executor(None, ...) run a
// function on a thread of the default executor. Taskline gives each such
// thread a lane of its own on the virtual clock: the function runs on its
// own fiber (a "thread" in the trace, named like CPython's executor
// threads, asyncio_0, asyncio_1, ...), starting at the loop's next
// iteration; time.sleep inside it takes virtual time on that lane only and
// does not block the loop. Its result reaches the awaiting future one
// iteration after the function returns, as call_soon_threadsafe delivers
// it in CPython. Real threads run in parallel and interleave by the GIL's
// whims; Taskline's are deterministic: a thread runs until it sleeps or
// returns, and never while a task is running.

// threadOf is the thread task running now, or nil.
func (st *state) threadOf() *Task {
	if l := st.rt.loop; l != nil && l.current != nil && l.current.thread {
		return l.current
	}
	return nil
}

// threadSleep is time.sleep inside a thread: a virtual sleep of the
// thread's lane. It reports false when not in a thread.
func (st *state) threadSleep(secs float64) bool {
	t := st.threadOf()
	if t == nil {
		return false
	}
	y, ok := t.coro.(*fiberCoro)
	if !ok {
		return false
	}
	_, _ = t.loop.sleep(y, secs, st.rt.none())
	return true
}

// startThread submits fn(*args, **kw) to the default executor of l: it
// returns the asyncio future the result arrives in. ctx is the context the
// function runs in (to_thread's copy), or nil for a thread's own empty one.
func (st *state) startThread(l *Loop, fn eval.Value, args []eval.Value, kw []eval.Kwarg, ctx Value) *Future {
	in := st.in
	fut := l.newFuture()
	fut.label = "run_in_executor()"
	if ctx == nil {
		ctx = eval.NewContext()
	}
	name := "asyncio_" + itoa(st.threadCount)
	st.threadCount++
	body := func(y yielder) (Value, error) {
		v, err := in.Call(fn, args, kw)
		if eval.IsFatal(err) {
			return nil, err
		}
		l.callSoonFunc(func() error {
			if fut.done() {
				return nil
			}
			if err != nil {
				exc, _ := st.rt.excOf(err)
				fut.setException(exc)
			} else {
				fut.setResult(v)
			}
			return nil
		})
		// The error went to the future; the thread itself ends quietly
		// (a worker thread logs nothing).
		return st.rt.none(), nil
	}
	t := l.newTask(&fiberCoro{rt: st.rt, body: body, newFiber: in.NewFiber}, nil, name)
	t.thread = true
	t.ctx = ctx
	t.logDestroyPending = false
	if rec := st.rt.rec; rec != nil && t.tid >= 0 {
		rec.T.Tasks[t.tid].Kind = trace.KindThread
		rec.T.Tasks[t.tid].Func = funcName(fn)
		rec.SetLabel(t.tid, name+": "+callLabel(fn, args, kw))
	}
	st.threads = append(st.threads, fut)
	return fut
}

func funcName(fn eval.Value) string {
	if f, ok := fn.(*eval.Function); ok {
		return f.Qualname
	}
	s := eval.ShortRepr(fn)
	return s
}

func callLabel(fn eval.Value, args []eval.Value, kw []eval.Kwarg) string {
	parts := make([]string, 0, len(args)+len(kw))
	for _, a := range args {
		parts = append(parts, eval.ShortRepr(a))
	}
	for _, k := range kw {
		parts = append(parts, k.Name+"="+eval.ShortRepr(k.Value))
	}
	return funcName(fn) + "(" + strings.Join(parts, ", ") + ")"
}

// joinThreads is shutdown_default_executor(): wait for every thread still
// running, as ThreadPoolExecutor.shutdown(wait=True) does.
func (st *state) joinThreads(l *Loop, y yielder) (Value, error) {
	for _, f := range st.threads {
		if f.loop == l && !f.done() {
			if _, err := f.await(y); err != nil && eval.IsFatal(err) {
				return nil, err
			}
		}
	}
	return st.rt.none(), nil
}

// defineThreads adds to_thread (3.9+) to the asyncio module.
func (st *state) defineThreads(in *eval.Interp, m *eval.Module) {
	if in.Minor() >= 9 {
		m.Dict["to_thread"] = eval.NewBuiltin("to_thread", func(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
			if len(args) == 0 {
				return nil, typeError("to_thread() missing 1 required positional argument: 'func'")
			}
			fn, rest := args[0], append([]eval.Value(nil), args[1:]...)
			ctx := in.CopyContext()
			return st.coro("to_thread", func(y yielder) (Value, error) {
				l, err := st.runningLoop()
				if err != nil {
					return nil, err
				}
				return st.startThread(l, fn, rest, kw, ctx).await(y)
			}), nil
		})
	}
}

func init() {
	loopMethod("run_in_executor", "executor,func...", func(in *eval.Interp, lo *pyLoop, a, rest []eval.Value) (eval.Value, error) {
		if err := lo.checkClosed(); err != nil {
			return nil, err
		}
		if !isNone(a[0]) {
			return nil, in.NotModelled("run_in_executor() with an executor other than None (the default executor)")
		}
		return lo.st.obj(lo.st.startThread(lo.l, a[1], rest, nil, nil)), nil
	})
}
