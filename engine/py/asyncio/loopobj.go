package asyncio

import (
	"strings"

	"taskline/engine/py/eval"
)

// The loop object (get_running_loop()) and Handle / TimerHandle.

type pyLoop struct {
	st   *state
	l    *Loop
	dict map[string]eval.Value
}

func (*pyLoop) Type() *eval.Class { return loopClass }

func (st *state) loopObject(l *Loop) eval.Value {
	if l.obj == nil {
		l.obj = &pyLoop{st: st, l: l}
	}
	return l.obj.(eval.Value)
}

type pyHandle struct{ h *Handle }

func (p *pyHandle) Type() *eval.Class {
	if p.h.timer {
		return timerHandleClass
	}
	return handleClass
}

func (st *state) handleObject(h *Handle) eval.Value {
	h.exposed = true
	if h.obj == nil {
		h.obj = &pyHandle{h}
	}
	return h.obj.(eval.Value)
}

func loopMethod(name, spec string, fn func(in *eval.Interp, lo *pyLoop, a []eval.Value, rest []eval.Value) (eval.Value, error)) {
	star := strings.Contains(spec, "...")
	p := parseSpec("BaseEventLoop."+name, strings.ReplaceAll(spec, "...", ""))
	p.method = true
	loopClass.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		lo, ok := self.(*pyLoop)
		if !ok {
			return nil, typeError("descriptor '%s' requires an event loop", name)
		}
		var rest []eval.Value
		if star && len(args) > len(p.pos) {
			rest = args[len(p.pos):]
			args = args[:len(p.pos)]
		}
		a, err := p.bind(args, kw)
		if err != nil {
			return nil, err
		}
		return fn(in, lo, a, rest)
	})
}

func (lo *pyLoop) checkClosed() error {
	if lo.l.closed {
		return eval.Errorf(eval.RuntimeErrorClass, "Event loop is closed")
	}
	return nil
}

func (lo *pyLoop) pyHandle(cb eval.Value, args []eval.Value) *Handle {
	h := lo.l.newHandle(hPy)
	h.py = cb
	h.args = make([]Value, len(args))
	for i, a := range args {
		h.args[i] = a
	}
	h.exposed = true
	h.pos = lo.st.in.Pos()
	return h
}

func defineLoopMethods() {
	loopClass.AttrNotModelled = func(in *eval.Interp, name string) error { return in.LoopAttrNotModelled(name) }
	loopMethod("time", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return eval.Float(lo.l.time()), nil
	})
	loopMethod("call_soon", "callback...|*context", func(in *eval.Interp, lo *pyLoop, a, rest []eval.Value) (eval.Value, error) {
		if err := lo.checkClosed(); err != nil {
			return nil, err
		}
		h := lo.pyHandle(a[0], rest)
		lo.l.callSoon(h)
		return lo.st.handleObject(h), nil
	})
	loopMethod("call_later", "delay,callback...|*context", func(in *eval.Interp, lo *pyLoop, a, rest []eval.Value) (eval.Value, error) {
		if isNone(a[0]) {
			return nil, typeError("delay must not be None")
		}
		d, err := toFloat(in, a[0], "unsupported operand type(s) for +: 'float' and '%s'")
		if err != nil {
			return nil, err
		}
		if err := lo.checkClosed(); err != nil {
			return nil, err
		}
		h := lo.pyHandle(a[1], rest)
		lo.l.callAt(lo.l.time()+d, h)
		return lo.st.handleObject(h), nil
	})
	loopMethod("call_at", "when,callback...|*context", func(in *eval.Interp, lo *pyLoop, a, rest []eval.Value) (eval.Value, error) {
		if isNone(a[0]) {
			return nil, typeError("when cannot be None")
		}
		w, err := toFloat(in, a[0], "'<' not supported between instances of '%s' and 'float'")
		if err != nil {
			return nil, err
		}
		if err := lo.checkClosed(); err != nil {
			return nil, err
		}
		h := lo.pyHandle(a[1], rest)
		lo.l.callAt(w, h)
		return lo.st.handleObject(h), nil
	})
	// Taskline's loop has no task factory: get_task_factory() is None, as
	// in CPython before one is set, and set_task_factory(None) keeps it so.
	// Any other factory (asyncio.eager_task_factory, a custom Task
	// constructor) stops at the call, not modelled.
	loopMethod("get_task_factory", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		if lo.l.eagerFactory != nil {
			return lo.l.eagerFactory.(eval.Value), nil
		}
		return eval.None, nil
	})
	loopMethod("set_task_factory", "factory", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		switch {
		case isNone(a[0]):
			lo.l.eagerFactory = nil
		case lo.st.isEagerFactory(a[0]):
			lo.l.eagerFactory = a[0]
		default:
			return nil, in.NotModelled("loop.set_task_factory with a task factory other than asyncio's eager ones")
		}
		return eval.None, nil
	})
	loopMethod("create_future", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return lo.st.obj(lo.l.newFuture()), nil
	})
	loopMethod("create_task", "coro|*name,context", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		if err := lo.checkClosed(); err != nil {
			return nil, err
		}
		name := ""
		if !isNone(a[1]) {
			s, err := in.ToStr(a[1])
			if err != nil {
				return nil, err
			}
			name = s
		}
		t, err := lo.st.createTask(lo.l, a[0], name)
		if err != nil {
			return nil, err
		}
		if !isNone(a[2]) {
			t.ctx = a[2]
		}
		return lo.st.obj(&t.Future), nil
	})
	loopMethod("is_running", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return eval.Bool(lo.l.running), nil
	})
	loopMethod("is_closed", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return eval.Bool(lo.l.closed), nil
	})
	loopMethod("get_debug", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return eval.False, nil
	})
	loopMethod("stop", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		lo.l.stop()
		return eval.None, nil
	})
	loopMethod("close", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		if lo.l.running {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "Cannot close a running event loop")
		}
		if !lo.l.closed {
			lo.l.closed = true
			lo.st.reportUnretrieved()
		}
		return eval.None, nil
	})
	loopMethod("set_exception_handler", "handler", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		if isNone(a[0]) {
			lo.l.excHandler = nil
			return eval.None, nil
		}
		if !isCallable(a[0]) {
			return nil, typeError("A callable object or None is expected, got %s", eval.Repr(in, a[0]))
		}
		lo.l.excHandler = a[0]
		return eval.None, nil
	})
	loopMethod("get_exception_handler", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return toValue(lo.l.excHandler), nil
	})
	loopMethod("call_exception_handler", "context", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		d, ok := a[0].(*eval.Dict)
		if !ok {
			return nil, typeError("context must be a dict")
		}
		return eval.None, lo.st.callExceptionHandler(lo.l, d)
	})
	loopMethod("default_exception_handler", "context", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		d, ok := a[0].(*eval.Dict)
		if !ok {
			return nil, typeError("context must be a dict")
		}
		lo.st.defaultExceptionHandler(d)
		return eval.None, nil
	})
	loopMethod("run_forever", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		st, l := lo.st, lo.l
		if l.closed {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "Event loop is closed")
		}
		if l.running || st.running != nil {
			return nil, eval.Errorf(eval.RuntimeErrorClass, "This event loop is already running")
		}
		prevLoop := st.rt.loop
		st.running, st.rt.loop = l, l
		defer func() { st.running, st.rt.loop = nil, prevLoop }()
		d := st.loopDepth(depthRunForever)
		in.AddDepth(d)
		defer in.AddDepth(-d)
		return eval.None, l.runForever()
	})
	loopMethod("shutdown_asyncgens", "", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		st, l := lo.st, lo.l
		return st.coro("BaseEventLoop.shutdown_asyncgens", func(y yielder) (Value, error) {
			return st.shutdownAsyncGens(l, y)
		}), nil
	})
	loopMethod("run_until_complete", "future", func(in *eval.Interp, lo *pyLoop, a, _ []eval.Value) (eval.Value, error) {
		return lo.st.runUntilComplete(lo.l, a[0])
	})
	handleClass.DefMethod("cancel", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		if err := noArgs("cancel", args, kw); err != nil {
			return nil, err
		}
		self.(*pyHandle).h.Cancel()
		return eval.None, nil
	})
	handleClass.DefMethod("cancelled", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		if err := noArgs("cancelled", args, kw); err != nil {
			return nil, err
		}
		return eval.Bool(self.(*pyHandle).h.cancelled), nil
	})
	timerHandleClass.DefMethod("when", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		if err := noArgs("when", args, kw); err != nil {
			return nil, err
		}
		return eval.Float(self.(*pyHandle).h.when), nil
	})
	handleClass.DefMethod("__repr__", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		h := self.(*pyHandle).h
		return eval.Str(h.loop.rt.host.(pyHost).st.handleRepr(h)), nil
	})
}

// runUntilComplete is loop.run_until_complete(arg) on a loop that is not
// running (3.7-style programs).
func (st *state) runUntilComplete(l *Loop, arg eval.Value) (eval.Value, error) {
	if l.closed {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "Event loop is closed")
	}
	if l.running || st.running != nil {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "This event loop is already running")
	}
	prevLoop := st.rt.loop
	st.running, st.rt.loop = l, l
	defer func() { st.running, st.rt.loop = nil, prevLoop }()
	f, err := st.ensureFuture(l, arg)
	if err != nil {
		return nil, err
	}
	if p, ok := arg.(*pyFuture); f.task != nil && (!ok || p.f != f) {
		f.task.logDestroyPending = false
	}
	d := st.loopDepth(depthRunUntilComplete)
	st.in.AddDepth(d)
	err = l.runUntilComplete(f)
	st.in.AddDepth(-d)
	if err != nil {
		return nil, err
	}
	v, err := f.getResult()
	if e, ok := err.(*eval.Exception); ok {
		e.AddOuterLibFrames(st.libFrames("run_until_complete"))
	}
	return toValue(v), err
}

// callbackSource is format_helpers._format_callback_source(h's callback,
// h's arguments).
func (st *state) callbackSource(h *Handle) string {
	in := st.in
	fn, _ := h.py.(eval.Value)
	if fn == nil {
		return "None()"
	}
	s := callbackSource(in, fn)
	// Insert the arguments between the name's parentheses.
	if len(h.args) > 0 {
		parts := make([]string, len(h.args))
		for i, a := range h.args {
			parts[i] = eval.ReprlibRepr(in, toValue(a))
		}
		s = strings.Replace(s, "()", "("+strings.Join(parts, ", ")+")", 1)
	}
	return s
}

// handleRepr is Handle.__repr__ / TimerHandle.__repr__.
func (st *state) handleRepr(h *Handle) string {
	info := []string{"Handle"}
	if h.timer {
		info[0] = "TimerHandle"
	}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		info = append(info, "when="+eval.FloatRepr(h.when))
	}
	if h.py != nil {
		info = append(info, st.callbackSource(h))
	}
	return "<" + strings.Join(info, " ") + ">"
}

func isCallable(v eval.Value) bool {
	switch v.(type) {
	case *eval.Function, *eval.Builtin, *eval.BoundMethod, *eval.Class, *pyFunction:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}

// Handles are made by the loop (call_soon, call_later …). Made by a
// program, a Handle or TimerHandle checks its arguments as CPython's
// __init__ does; one given them all is not modelled.
func init() {
	newHandle := func(spec string) func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		return func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
			fn := "__init__"
			if in.Minor() >= 10 {
				fn = cls.Name + ".__init__"
			}
			p := parseSpec(fn, spec)
			p.method = true
			if _, err := p.bind(args, kw); err != nil {
				return nil, err
			}
			return nil, in.NotModelled("asyncio." + cls.Name + "() made by the program")
		}
	}
	handleClass.New = newHandle("callback,args,loop|context")
	timerHandleClass.New = newHandle("when,callback,args,loop|context")
}
