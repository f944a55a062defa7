package asyncio

import (
	"strconv"
	"strings"

	"taskline/engine/py/eval"
)

// Methods of Future and Task.

func stOf(f *Future) *state { return f.loop.rt.host.(pyHost).st }

func selfFuture(self eval.Value, what string) (*Future, error) {
	p, ok := self.(*pyFuture)
	if !ok {
		return nil, typeError("descriptor '%s' requires a '_asyncio.Future' object but received a '%s'", what, self.Type().Name)
	}
	return p.f, nil
}

func selfTask(self eval.Value, what string) (*Task, error) {
	p, ok := self.(*pyFuture)
	if !ok || p.f.task == nil {
		return nil, typeError("descriptor '%s' requires a '_asyncio.Task' object but received a '%s'", what, self.Type().Name)
	}
	return p.f.task, nil
}

func futMethod(c *eval.Class, name, spec string, fn func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error)) {
	p := parseSpec(name, spec)
	c.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		f, err := selfFuture(self, name)
		if err != nil {
			return nil, err
		}
		a, err := p.bind(args, kw)
		if err != nil {
			return nil, err
		}
		return fn(in, f, a)
	})
}

// taskMethod defines Task.name, which CPython has had since 3.since.
func taskMethod(name, spec string, since int, fn func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error)) {
	p := parseSpec(name, spec)
	if since > 7 {
		taskClass.AddedIn(name, since)
	}
	taskClass.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		t, err := selfTask(self, name)
		if err != nil {
			return nil, err
		}
		a, err := p.bind(args, kw)
		if err != nil {
			return nil, err
		}
		return fn(in, t, a)
	})
}

func defineFutureMethods() {
	c := futureClass
	c.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		if cls != futureClass {
			return nil, typeError("subclassing asyncio.Future is not supported")
		}
		st, err := stateOf(in)
		if err != nil {
			return nil, err
		}
		l, err := st.currentLoop("Future")
		if err != nil {
			return nil, err
		}
		f := l.newFuture()
		return st.rt.futureObject(f).(eval.Value), nil
	}
	futMethod(c, "result", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		v, err := f.getResult()
		return toValue(v), err
	})
	futMethod(c, "exception", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		v, err := f.getException()
		return toValue(v), err
	})
	futMethod(c, "done", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		return eval.Bool(f.done()), nil
	})
	futMethod(c, "cancelled", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		return eval.Bool(f.cancelled()), nil
	})
	futMethod(c, "cancel", "|msg", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		var msg Value
		if !isNone(a[0]) {
			if f.loop.rt.minor < 9 { // cancel messages came with 3.9
				return nil, typeError("cancel() takes no arguments (1 given)")
			}
			msg = a[0]
		}
		return eval.Bool(f.cancel(msg)), nil
	})
	futMethod(c, "set_result", "result", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		if f.task != nil {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "Task does not support set_result operation")
		}
		if f.done() {
			return nil, f.loop.rt.invalidState("invalid state")
		}
		f.setResult(a[0])
		return eval.None, nil
	})
	futMethod(c, "set_exception", "exception", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		if f.task != nil {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "Task does not support set_exception operation")
		}
		if f.done() {
			return nil, f.loop.rt.invalidState("invalid state")
		}
		exc := a[0]
		if cls, ok := exc.(*eval.Class); ok {
			v, err := in.Call(cls, nil, nil)
			if err != nil {
				return nil, err
			}
			exc = v
		}
		e, ok := exc.(*eval.Exception)
		if !ok {
			return nil, typeError("exception must be a BaseException subclass or instance")
		}
		if e.Class == eval.StopIterationClass {
			return nil, typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
		}
		f.setException(e)
		return eval.None, nil
	})
	futMethod(c, "add_done_callback", "fn|*context", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		f.addCallback(callbackEntry{py: a[0], pos: in.Pos()})
		return eval.None, nil
	})
	futMethod(c, "remove_done_callback", "fn", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		n := 0
		keep := f.callbacks[:0]
		for _, cb := range f.callbacks {
			if cb.py != nil {
				eq, err := in.Equal(cb.py.(eval.Value), a[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
					continue
				}
			}
			keep = append(keep, cb)
		}
		clear(f.callbacks[len(keep):])
		f.callbacks = keep
		return eval.Int(n), nil
	})
	futMethod(c, "get_loop", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		return stOf(f).loopObject(f.loop), nil
	})
	c.DefProperty("_cancel_message", func(in *eval.Interp, self eval.Value) (eval.Value, error) {
		return toValue(self.(*pyFuture).f.cancelMsg), nil
	}, func(in *eval.Interp, self, v eval.Value) error {
		f := self.(*pyFuture).f
		f.cancelMsg = v
		if isNone(v) {
			f.cancelMsg = nil
		}
		return nil
	})
	futMethod(c, "__repr__", "", func(in *eval.Interp, f *Future, a []eval.Value) (eval.Value, error) {
		return eval.Str(futureRepr(in, f)), nil
	})
}

func defineTaskMethods() {
	taskClass.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		if cls != taskClass {
			return nil, typeError("subclassing asyncio.Task is not supported")
		}
		st, err := stateOf(in)
		if err != nil {
			return nil, err
		}
		spec := "coro|*loop,name,context"
		if st.rt.minor >= 12 {
			spec += ",eager_start"
		}
		a, err := parseSpec("Task", spec).bind(args, kw)
		if err != nil {
			return nil, err
		}
		eager := len(a) > 4 && eval.Truth(a[4])
		l, err := st.currentLoop("Task")
		if err != nil {
			return nil, err
		}
		name := ""
		if !isNone(a[2]) {
			name = eval.Str_(in, a[2])
		}
		if eager && isNone(a[1]) {
			// CPython's C Task asks the loop argument, None here,
			// whether it is running: an AttributeError after a
			// half-made task, not modelled.
			return nil, in.NotModelled("Task(..., eager_start=True) without loop=")
		}
		t, err := st.createTaskEager(l, a[0], name, eager)
		if err != nil {
			return nil, err
		}
		return st.rt.futureObject(&t.Future).(eval.Value), nil
	}
	taskMethod("cancel", "|msg", 7, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		var msg Value
		if !isNone(a[0]) {
			if t.loop.rt.minor < 9 { // cancel messages came with 3.9
				return nil, typeError("cancel() takes no arguments (1 given)")
			}
			msg = a[0]
		}
		return eval.Bool(t.cancel(msg)), nil
	})
	taskMethod("get_name", "", 8, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		return eval.Str(t.name), nil
	})
	taskMethod("set_name", "value", 8, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		s, err := in.ToStr(a[0])
		if err != nil {
			return nil, err
		}
		t.setName(s)
		return eval.None, nil
	})
	taskMethod("get_coro", "", 8, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		return toValue(t.coroObj), nil
	})
	taskMethod("cancelling", "", 11, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		return eval.Int(t.numCancels), nil
	})
	taskMethod("uncancel", "", 11, func(in *eval.Interp, t *Task, a []eval.Value) (eval.Value, error) {
		return eval.Int(t.uncancel()), nil
	})
}

func (t *Task) setName(s string) {
	t.name = s
	t.label = s
	t.named = true
	if rec := t.loop.rt.rec; rec != nil && t.tid >= 0 {
		rec.Rename(t.tid, s)
		rec.SetLabel(t.tid, t.loop.rt.taskLabel(t))
	}
}

// futureRepr is repr() of a future or task, as base_futures and base_tasks
// build it.
func futureRepr(in *eval.Interp, f *Future) string {
	py37 := f.loop.rt.py37
	var info []string
	state := strings.ToLower(stateNames[f.state])
	info = append(info, state)
	if f.state == stateFinished {
		if f.exc != nil {
			info = append(info, "exception="+eval.Repr(in, toValue(f.exc)))
		} else {
			info = append(info, "result="+eval.ReprlibRepr(in, toValue(f.result)))
		}
	}
	if cb := formatCallbacks(in, f); cb != "" {
		info = append(info, cb)
	}
	name := "Future"
	if f.gather != nil {
		name = "_GatheringFuture"
	}
	if t := f.task; t != nil {
		name = "Task"
		if !py37 && t.numCancels > 0 && !t.done() || py37 && t.mustCancel {
			info[0] = "cancelling"
		}
		var head []string
		head = append(head, info[0])
		if !py37 {
			head = append(head, "name="+eval.StrRepr(t.name))
		}
		head = append(head, "coro=<"+formatCoroutine(in, t)+">")
		if t.futWaiter != nil {
			head = append(head, "wait_for="+futureRepr(in, t.futWaiter))
		}
		info = append(head, info[1:]...)
	}
	return "<" + name + " " + strings.Join(info, " ") + ">"
}

func formatCallbacks(in *eval.Interp, f *Future) string {
	cbs := f.callbacks
	format := func(c callbackEntry) string {
		switch {
		case c.task != nil:
			if f.loop.rt.minor < 10 {
				// Up to 3.9 the C Task's wakeup is an object of its own
				// type, shown by the default repr with its address (the
				// task's stands in for it: one wrapper per task waiting).
				return "<TaskWakeupMethWrapper object at " + in.Addr(f.loop.rt.futureObject(&c.task.Future).(eval.Value)) + ">()"
			}
			return "Task.task_wakeup()"
		case c.py != nil:
			return callbackSource(in, c.py.(eval.Value))
		}
		if _, ok := c.cb.(*stopper); ok {
			// A function of base_events.py: its place is shown too.
			if fs := f.loop.rt.libFrames("run_until_complete_cb"); len(fs) == 1 {
				return fs[0].Func + "() at " + fs[0].File + ":" + strconv.Itoa(fs[0].Line)
			}
		}
		return goCallbackName(c.cb) + "()"
	}
	switch n := len(cbs); {
	case n == 0:
		return ""
	case n == 1:
		return "cb=[" + format(cbs[0]) + "]"
	case n == 2:
		return "cb=[" + format(cbs[0]) + ", " + format(cbs[1]) + "]"
	default:
		return "cb=[" + format(cbs[0]) + ", <" + strconv.Itoa(n-2) + " more>, " + format(cbs[n-1]) + "]"
	}
}

func goCallbackName(cb doneCallback) string {
	switch cb.(type) {
	case *gathering:
		return "_done_callback"
	case *shielding:
		return "_inner_done_callback"
	case *shieldOuter:
		return "_outer_done_callback"
	case *waiting, *asCompleted:
		return "_on_completion"
	case *TaskGroup:
		return "TaskGroup._on_task_done"
	case *stopper:
		return "_run_until_complete_cb"
	case *releaser:
		return "functools.partial(<function _release_waiter>)"
	}
	return "callback"
}

// callbackSource is format_helpers._format_callback_source(fn, ()).
func callbackSource(in *eval.Interp, fn eval.Value) string {
	name := ""
	line := 0
	switch f := fn.(type) {
	case *eval.Function:
		name = f.Qualname
		line = f.DefLine()
	case *eval.BoundMethod:
		if g, ok := f.Fn.(*eval.Function); ok {
			name = g.Qualname
			line = g.DefLine()
		}
	case *eval.Builtin:
		name = f.Qual
	}
	if name == "" {
		return eval.Repr(in, fn) + "()"
	}
	s := name + "()"
	if line > 0 {
		s += " at " + in.File + ":" + strconv.Itoa(line)
	}
	return s
}

// formatCoroutine is coroutines._format_coroutine.
func formatCoroutine(in *eval.Interp, t *Task) string {
	switch c := t.coroObj.(type) {
	case *eval.Generator:
		if c.Done() {
			return c.Qualname() + "() done, defined at " + in.File + ":" + strconv.Itoa(c.DefLine())
		}
		return c.Qualname() + "() running at " + in.File + ":" + strconv.Itoa(c.Line())
	case *nativeCoro:
		if t.done() {
			return c.qualName() + "() done, defined at <asyncio>"
		}
		return c.qualName() + "() running at <asyncio>"
	}
	return eval.Repr(in, toValue(t.coroObj))
}
