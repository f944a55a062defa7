package asyncio

import (
	"strings"

	"taskline/engine/py/eval"
	"taskline/engine/sched"
)

// The Python side of futures, tasks and coroutines: the wrapper objects the
// program sees, the iterator behind `await fut`, and coroutine objects
// whose body is Go code (asyncio.sleep(), Queue.get(), ...).

// pyFuture is the Python object of a Future, a Task or gather's outer
// future; cls says which.
type pyFuture struct {
	f    *Future
	cls  *eval.Class
	dict map[string]eval.Value
}

func (p *pyFuture) Type() *eval.Class { return p.cls }

// Await is Future.__await__.
func (p *pyFuture) Await(in *eval.Interp) (eval.Resumable, error) {
	return &futureIter{f: p.f}, nil
}

// futureIter is the iterator Future.__await__ returns (FutureIter in C).
type futureIter struct {
	f       *Future
	yielded bool
}

func (*futureIter) Type() *eval.Class { return futureIterClass }

func (it *futureIter) Send(in *eval.Interp, v eval.Value) (eval.Value, bool, error) {
	f := it.f
	if !it.yielded {
		if !f.done() {
			f.blocking = true
			it.yielded = true
			return f.loop.rt.futureObject(f).(eval.Value), false, nil
		}
	} else if !f.done() {
		return nil, true, eval.Errorf(eval.RuntimeErrorClass, "await wasn't used with future")
	}
	v2, err := f.getResult()
	if err != nil {
		return nil, true, err
	}
	return toValue(v2), true, nil
}

func (it *futureIter) Throw(in *eval.Interp, exc *eval.Exception) (eval.Value, bool, error) {
	return nil, true, exc
}

// nativeCoro is a coroutine object whose body is Go code. Awaited from a
// Python coroutine, the body runs inline on the awaiting fiber and suspends
// it with Interp.SuspendAwait, so no fiber is created; driven by a Task of
// its own (create_task(asyncio.sleep(1))), it runs on a fiber. asyncio.sleep
// keeps its arguments in the object instead of a closure: it is the most
// frequent await of all. So do Queue.put and Queue.get, made once per item
// that passes through a queue.
type nativeCoro struct {
	st      *state
	name    string
	of      *pySync                        // set for a method's coroutine: name is the method's, qualName qualifies it
	body    func(y yielder) (Value, error) // what it runs when op is opBody
	fc      *fiberCoro
	started bool
	inline  bool

	op       coroOp
	delayInt bool // sleep's delay was an int, for the label
	delay    float64
	// arg is sleep's result, or the item Queue.put puts.
	arg eval.Value

	// args gives the arguments of the call that made it, for the label
	// (nil: there were none, or it is sleep, whose label comes from delay
	// and result).
	args func() []eval.Value
}

// callLabel is the call that made the coroutine, as Generator.CallLabel
// gives it for a coroutine of an async def: `sleep(0.1)`,
// `wait_for(worker(1), 2)`.
func (c *nativeCoro) callLabel() string {
	var args []eval.Value
	switch {
	case c.op == opSleep:
		args = []eval.Value{eval.Float(c.delay)}
		if c.delayInt {
			args[0] = eval.Int(int64(c.delay))
		}
		if !isNone(c.arg) {
			args = append(args, c.arg)
		}
	case c.args != nil:
		args = c.args()
	}
	var b strings.Builder
	b.WriteString(c.qualName())
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(eval.ShortRepr(a))
	}
	b.WriteByte(')')
	return b.String()
}

func (*nativeCoro) Type() *eval.Class { return eval.CoroutineClass }

// ShortLabel names a future in a label (eval.ShortRepr): `<Task Task-2>`.
func (p *pyFuture) ShortLabel() string {
	if p.f.task != nil {
		return "<Task " + p.f.task.name + ">"
	}
	return "<" + p.cls.Name + ">"
}

func (st *state) coro(name string, body func(y yielder) (Value, error)) *nativeCoro {
	return &nativeCoro{st: st, name: name, body: body}
}

// runSleep is the body of asyncio.sleep(delay, result), however it is
// awaited (a sleep coroutine, or Builtin.AwaitCall).
func (st *state) runSleep(y yielder, delay float64, result eval.Value) (Value, error) {
	l, err := st.currentLoop("sleep")
	if err != nil {
		return nil, err
	}
	v, err := l.sleep(y, delay, result)
	if e, ok := err.(*eval.Exception); ok {
		// Thrown in where CPython's asyncio.sleep waits: its frames
		// (tasks.py sleep, and __sleep0 for a zero delay) are the
		// innermost of the traceback.
		kind := "sleep"
		if delay <= 0 {
			kind = "sleep0"
		}
		e.AddInnerLibFrames(st.libFrames(kind))
		if kind == "sleep" {
			e.MarkCaught() // by sleep's try/finally around the wait
		}
	}
	return v, err
}

// coroOp is what a nativeCoro runs: a body of its own, or one of the
// frequent awaits whose arguments it keeps in its fields.
type coroOp uint8

const (
	opBody     coroOp = iota
	opSleep           // asyncio.sleep(delay, arg)
	opQueuePut        // of.queue.put(arg)
	opQueueGet        // of.queue.get()
)

func (c *nativeCoro) run(y yielder) (Value, error) {
	switch c.op {
	case opQueuePut, opQueueGet:
		return runQueueOp(y, c.of, c.op, c.arg)
	}
	if c.op == opSleep {
		return c.st.runSleep(y, c.delay, c.arg)
	}
	return c.body(y)
}

// Await returns the coroutine itself, switched to running inline.
func (c *nativeCoro) Await(in *eval.Interp) (eval.Resumable, error) {
	if c.started {
		return nil, eval.Errorf(eval.RuntimeErrorClass, "cannot reuse already awaited coroutine")
	}
	c.inline = true
	return c, nil
}

func (c *nativeCoro) driver() *fiberCoro {
	if c.fc == nil {
		c.started = true
		c.fc = &fiberCoro{rt: c.st.rt, body: c.run, newFiber: c.st.in.NewFiber}
	}
	return c.fc
}

func (c *nativeCoro) Send(in *eval.Interp, v eval.Value) (eval.Value, bool, error) {
	if c.inline {
		if c.started {
			return nil, true, eval.Errorf(eval.RuntimeErrorClass, "cannot reuse already awaited coroutine")
		}
		c.started = true
		res, err := c.run(inlineYielder{in})
		if err != nil {
			return nil, true, err
		}
		return toValue(res), true, nil
	}
	return fromCoro(c.driver().resume(v, nil))
}

func (c *nativeCoro) Throw(in *eval.Interp, exc *eval.Exception) (eval.Value, bool, error) {
	if c.inline {
		c.started = true
		return nil, true, exc
	}
	return fromCoro(c.driver().resume(nil, exc))
}

func fromCoro(k coroKind, v Value, err error) (eval.Value, bool, error) {
	switch k {
	case coroYield:
		return toValue(v), false, nil
	case coroReturn:
		return toValue(v), true, nil
	}
	return nil, true, err
}

// inlineYielder suspends the fiber of the Python coroutine that awaits.
type inlineYielder struct{ in *eval.Interp }

func (y inlineYielder) yield(v Value) error {
	_, exc, err := y.in.SuspendAwait(toValue(v))
	if err != nil {
		return err
	}
	if exc != nil {
		return exc
	}
	return nil
}

// pyCoro adapts a coroutine object to the Task's coroutine interface.
type pyCoro struct {
	in *eval.Interp
	r  eval.Resumable
}

func (c *pyCoro) resume(v, exc Value) (coroKind, Value, error) {
	var out eval.Value
	var done bool
	var err error
	// CPython's C Task.__step counts as one call on the way to the
	// coroutine.
	c.in.AddDepth(1)
	if exc != nil {
		out, done, err = c.r.Throw(c.in, exc.(*eval.Exception))
	} else {
		out, done, err = c.r.Send(c.in, eval.None)
	}
	c.in.AddDepth(-1)
	switch {
	case err != nil:
		return coroRaise, nil, err
	case done:
		return coroReturn, out, nil
	}
	return coroYield, out, nil
}

// toValue turns a core value (which may be a Go bool from a lock) into a
// Python value.
func toValue(v Value) eval.Value {
	switch x := v.(type) {
	case nil:
		return eval.None
	case eval.Value:
		return x
	case bool:
		return eval.Bool(x)
	}
	return eval.None
}

var _ = sched.NewFiber

// Instance dictionaries: CPython's futures, tasks, locks and loops accept
// arbitrary attributes (t.label = "x").

func (p *pyFuture) InstDict() map[string]eval.Value {
	if p.dict == nil {
		p.dict = map[string]eval.Value{}
	}
	return p.dict
}

func (p *pySync) InstDict() map[string]eval.Value {
	if p.dict == nil {
		p.dict = map[string]eval.Value{}
	}
	return p.dict
}

func (p *pyLoop) InstDict() map[string]eval.Value {
	if p.dict == nil {
		p.dict = map[string]eval.Value{}
	}
	return p.dict
}

// Hash is hash(fut): the future's creation number, so that sets of tasks
// (wait()'s done and pending, all_tasks()) iterate in creation order where
// CPython's order depends on addresses (eval.NativeHasher).
func (p *pyFuture) Hash() int64 { return int64(p.f.seq) }

// CoroutineName and Started let the evaluator treat a native coroutine like
// its own (the "coroutine ... was never awaited" warning).
func (c *nativeCoro) CoroutineName() string { return c.qualName() }

// qualName is the coroutine's qualified name: "sleep", "Queue.get".
func (c *nativeCoro) qualName() string {
	if c.of != nil {
		return c.of.qual(c.name)
	}
	return c.name
}

func (c *nativeCoro) Started() bool { return c.started }

var _ eval.NativeCoroutine = (*nativeCoro)(nil)
