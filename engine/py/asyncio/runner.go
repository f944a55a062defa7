package asyncio

import "taskline/engine/py/eval"

// asyncio.Runner (3.11+, runners.py): one event loop and one context
// copied when the loop is made, in which run() may run several main
// coroutines one after another; close() (or leaving the with block) shuts
// the loop down as asyncio.run does at its end.

var runnerClass = eval.NewClass("Runner", "asyncio.runners")

type runnerState uint8

const (
	runnerCreated runnerState = iota
	runnerInitialized
	runnerClosed
)

type pyRunner struct {
	st          *state
	state       runnerState
	loopFactory eval.Value // nil: new_event_loop()
	l           *Loop
	ctx         Value // the context every run() runs in
	setLoop     bool  // lazyInit made l the default loop
}

func (*pyRunner) Type() *eval.Class { return runnerClass }

// lazyInit is Runner._lazy_init.
func (r *pyRunner) lazyInit(in *eval.Interp) error {
	switch r.state {
	case runnerClosed:
		return eval.Errorf(eval.RuntimeErrorClass, "Runner is closed")
	case runnerInitialized:
		return nil
	}
	st := r.st
	if r.loopFactory == nil {
		r.l = st.newLoop()
		if !r.setLoop {
			st.defaultLoop = r.l
			st.loopSetCalled = true
			r.setLoop = true
		}
	} else {
		v, err := in.Call(r.loopFactory, nil, nil)
		if err != nil {
			return err
		}
		lo, ok := v.(*pyLoop)
		if !ok {
			return in.NotModelled("Runner(loop_factory=...) returning " + v.Type().Name)
		}
		r.l = lo.l
	}
	r.ctx = in.CopyContext()
	r.state = runnerInitialized
	return nil
}

// close is Runner.close.
func (r *pyRunner) close(in *eval.Interp) error {
	if r.state != runnerInitialized {
		return nil
	}
	st := r.st
	prevLoop := st.rt.loop
	st.running, st.rt.loop = r.l, r.l
	err := st.shutdown(r.l)
	st.running, st.rt.loop = nil, prevLoop
	if r.setLoop {
		st.defaultLoop = nil
	}
	r.l.closed = true
	r.l = nil
	r.state = runnerClosed
	return err
}

// run is Runner.run.
func (r *pyRunner) run(in *eval.Interp, coro, ctx eval.Value) (eval.Value, error) {
	st := r.st
	if !isCoroutine(coro) {
		return nil, eval.Errorf(eval.ValueErrorClass, "a coroutine was expected, got %s", eval.Repr(in, coro))
	}
	if st.running != nil {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "Runner.run() cannot be called from a running event loop")
	}
	if err := r.lazyInit(in); err != nil {
		return nil, err
	}
	var c Value = r.ctx
	if ctx != nil && !isNone(ctx) {
		c = ctx
	}
	prevLoop := st.rt.loop
	st.running, st.rt.loop = r.l, r.l
	defer func() { st.running, st.rt.loop = nil, prevLoop }()
	return st.runMain(in, r.l, coro, c, "")
}

func init() {
	initSpec := parseSpec("Runner", "|*debug,loop_factory")
	runnerClass.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		a, err := initSpec.bind(args, kw)
		if err != nil {
			return nil, err
		}
		st, err := stateOf(in)
		if err != nil {
			return nil, err
		}
		r := &pyRunner{st: st}
		if a[1] != nil && !isNone(a[1]) {
			r.loopFactory = a[1]
		}
		return r, nil
	}
	method := func(name, spec string, fn func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error)) {
		p := parseSpec("Runner."+name, spec)
		p.method = true
		runnerClass.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
			r, ok := self.(*pyRunner)
			if !ok {
				return nil, typeError("descriptor '%s' for 'Runner' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			a, err := p.bind(args, kw)
			if err != nil {
				return nil, err
			}
			return fn(in, r, a)
		})
	}
	method("__enter__", "", func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error) {
		return r, r.lazyInit(in)
	})
	method("__exit__", "exc_type,exc_val,exc_tb", func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error) {
		return eval.None, r.close(in)
	})
	method("close", "", func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error) {
		return eval.None, r.close(in)
	})
	method("get_loop", "", func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error) {
		if err := r.lazyInit(in); err != nil {
			return nil, err
		}
		return r.st.loopObject(r.l), nil
	})
	method("run", "coro|*context", func(in *eval.Interp, r *pyRunner, a []eval.Value) (eval.Value, error) {
		return r.run(in, a[0], a[1])
	})
}
