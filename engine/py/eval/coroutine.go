package eval

import (
	"runtime"
	"strings"

	"taskline/engine/sched"
)

// Resumable is a generator-like object the evaluator can drive with the
// generator protocol: a generator, a coroutine, the iterator that a native
// awaitable's __await__ returns. Send and Throw return either a suspended
// value (done false) or the final result (done true); an error is the
// exception the object raised (never StopIteration for completion).
type Resumable interface {
	Value
	Send(in *Interp, v Value) (out Value, done bool, err error)
	Throw(in *Interp, exc *Exception) (out Value, done bool, err error)
}

// Awaitable is implemented by native values that can be awaited: Await
// returns the iterator that __await__ would return. Values that do not
// implement it are awaited through a __await__ method in their class.
type Awaitable interface {
	Value
	Await(in *Interp) (Resumable, error)
}

// Generator kinds.
const (
	KindGenerator = iota
	KindCoroutine
	KindAsyncGenerator
)

// Generator states.
const (
	genCreated = iota
	genRunning
	genSuspended
	genDone
)

// Generator is a generator, coroutine or async generator object: a call of
// a function whose body contains yield, or of an async def.
type Generator struct {
	Kind  int
	fn    *Function
	fr    *frame
	state int
	fiber *sched.Fiber
	th    *thread

	// out receives the body's result; the fiber's goroutine refers to it
	// and not to the Generator, so that an abandoned generator can be
	// collected (its cleanup then retires the fiber).
	out *genOut

	hooked bool // the first-iteration hook ran (async generators)

	// step, if set, produces the items of a generator expression without
	// a fiber (see genexpPlan).
	step func(in *Interp) (Value, bool, error)

	// npos and kwNames say how the call that made it passed its arguments
	// (how many positionally, which by keyword), for CallLabel.
	npos    int
	kwNames []string
}

type genOut struct {
	result Value
	err    error
}

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Class {
	switch g.Kind {
	case KindCoroutine:
		return CoroutineClass
	case KindAsyncGenerator:
		return AsyncGeneratorClass
	}
	return GeneratorClass
}

// Name returns the function's __name__ and Qualname its __qualname__.
func (g *Generator) Name() string     { return g.fn.code.name }
func (g *Generator) Qualname() string { return g.fn.code.qualname }

// DefLine returns the line of the function's def.
func (g *Generator) DefLine() int { return g.fn.code.line }

// Started reports whether the body has begun running (cr_running or
// suspended, or finished).
func (g *Generator) Started() bool { return g.state != genCreated }

// Done reports whether the body has finished.
func (g *Generator) Done() bool { return g.state == genDone }

// Suspended reports whether the body is suspended at a yield or await.
func (g *Generator) Suspended() bool { return g.state == genSuspended }

// Line returns the line the body is suspended at (or its def line).
func (g *Generator) Line() int {
	if g.fr != nil && g.fr.line > 0 {
		return g.fr.line
	}
	return g.fn.code.line
}

func (g *Generator) what() string {
	if g.Kind == KindCoroutine {
		return "coroutine"
	}
	return "generator"
}

// start creates the fiber that runs the body.
func (g *Generator) start(in *Interp) {
	run := &genRun{in: in, code: g.fn.code, fr: g.fr}
	run.fiber.Init(runGenerator, run)
	run.th.fiber = &run.fiber
	in.track(&run.fiber)
	g.th, g.out, g.fiber = &run.th, &run.out, &run.fiber
	runtime.AddCleanup(g, retireGenerator, run)
}

// genRun is what a started generator runs with, in one allocation: its
// thread, its fiber, the body and its result. The fiber's stack refers to
// it and never to the Generator, so that an abandoned generator can be
// collected (its cleanup then retires the fiber).
type genRun struct {
	th    thread
	fiber sched.Fiber
	out   genOut
	in    *Interp
	code  *funcCode
	fr    *frame
}

// runGenerator is the body of a generator's fiber.
func runGenerator(f *sched.Fiber) {
	run := f.Arg.(*genRun)
	fr := run.fr
	run.fr = nil
	run.out.result, run.out.err = run.code.body(run.in, fr)
}

// retireGenerator is the cleanup of a generator that became garbage: its
// fiber, if still suspended, is killed at the next safe point (the cleanup
// runs on a goroutine of its own, so it only queues the fiber).
func retireGenerator(run *genRun) { run.in.retire(&run.fiber) }

// resume runs the fiber until it suspends or finishes.
func (g *Generator) resume(in *Interp) (Value, bool, error) {
	prev := in.th
	g.th.base = prev.base + prev.depth
	g.state = genRunning
	in.th = g.th
	g.th.resumer = prev
	alive := g.fiber.Resume()
	g.th.resumer = nil
	in.th = prev
	if !alive {
		g.state = genDone
		g.fr = nil
		res, err := g.out.result, g.out.err
		g.out = nil
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIterationClass) && g.Kind != KindAsyncGenerator {
				ne := Errorf(RuntimeErrorClass, "%s raised StopIteration", g.what())
				ne.Context, ne.Cause, ne.SuppressContext = e, e, true
				return nil, true, ne
			}
			return nil, true, err
		}
		return res, true, nil
	}
	g.state = genSuspended
	return g.th.out, false, nil
}

// Send resumes the body with v as the value of the yield or await it is
// suspended at (v must be None to start it).
func (g *Generator) Send(in *Interp, v Value) (Value, bool, error) {
	if g.step != nil {
		return g.stepSend(in, v)
	}
	switch g.state {
	case genRunning:
		return nil, false, Errorf(ValueErrorClass, "%s already executing", g.what())
	case genDone:
		if g.Kind == KindCoroutine {
			return nil, false, Errorf(RuntimeErrorClass, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	case genCreated:
		if v != None && v != nil {
			return nil, false, Errorf(TypeErrorClass, "can't send non-None value to a just-started %s", g.what())
		}
		g.start(in)
	}
	g.th.in, g.th.inExc = v, nil
	return g.resume(in)
}

// Throw raises exc at the point where the body is suspended.
func (g *Generator) Throw(in *Interp, exc *Exception) (Value, bool, error) {
	if g.step != nil {
		if g.state == genRunning {
			return nil, false, Errorf(ValueErrorClass, "generator already executing")
		}
		g.state = genDone
		return nil, true, exc
	}
	switch g.state {
	case genRunning:
		return nil, false, Errorf(ValueErrorClass, "%s already executing", g.what())
	case genCreated, genDone:
		g.state = genDone
		return nil, true, exc
	}
	// As CPython's gen.throw does, chain the exception the thrower is
	// handling (asyncio.run's shutdown throws CancelledError while the
	// main task's error propagates).
	if cur := in.th.currentHandled(); cur != nil && cur != exc && exc.Context == nil {
		exc.Context = cur
	}
	g.th.in, g.th.inExc = nil, exc
	return g.resume(in)
}

func (g *Generator) stepSend(in *Interp, v Value) (Value, bool, error) {
	switch g.state {
	case genRunning:
		return nil, false, Errorf(ValueErrorClass, "generator already executing")
	case genDone:
		return None, true, nil
	case genCreated:
		if v != None && v != nil {
			return nil, false, Errorf(TypeErrorClass, "can't send non-None value to a just-started generator")
		}
	}
	g.state = genRunning
	x, ok, err := g.step(in)
	if err != nil || !ok {
		g.state = genDone
		g.step = func(*Interp) (Value, bool, error) { return nil, false, nil }
		g.fr = nil
		if e, isE := err.(*Exception); isE && e.Class.IsSubclass(StopIterationClass) {
			ne := Errorf(RuntimeErrorClass, "generator raised StopIteration")
			ne.Context, ne.Cause, ne.SuppressContext = e, e, true
			return nil, true, ne
		}
		return None, true, err
	}
	g.state = genSuspended
	return x, false, nil
}

// Close raises GeneratorExit inside a suspended body.
func (g *Generator) Close(in *Interp) error {
	if g.step != nil {
		g.state = genDone
		return nil
	}
	switch g.state {
	case genCreated, genDone:
		g.state = genDone
		return nil
	case genRunning:
		return Errorf(ValueErrorClass, "%s already executing", g.what())
	}
	_, done, err := g.Throw(in, NewException(GeneratorExitClass))
	if !done {
		return Errorf(RuntimeErrorClass, "%s ignored GeneratorExit", g.what())
	}
	if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(GeneratorExitClass) || e.Class.IsSubclass(StopIterationClass)) {
		return nil
	}
	return err
}

// runInline runs a fresh coroutine or generator body on the caller's fiber
// (await of a bare coroutine, yield from a fresh generator).
func (g *Generator) runInline(in *Interp) (Value, error) {
	g.state = genRunning
	v, err := g.fn.code.body(in, g.fr)
	g.state = genDone
	g.fr = nil
	if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIterationClass) {
		ne := Errorf(RuntimeErrorClass, "%s raised StopIteration", g.what())
		ne.Context, ne.Cause, ne.SuppressContext = e, e, true
		return nil, ne
	}
	return v, err
}

// Await evaluates `await v` (and `yield from v` when fromYield is set): it
// runs a fresh coroutine inline, or drives the awaitable's iterator, passing
// each value it yields up to the task (or generator consumer) driving this
// fiber and feeding back what that sends or throws.
func (in *Interp) Await(v Value) (Value, error) { return in.delegate(v, true) }

func (in *Interp) delegate(v Value, isAwait bool) (Value, error) {
	var it Resumable
	switch a := v.(type) {
	case *Generator:
		if isAwait && a.Kind != KindCoroutine {
			if a.Kind == KindGenerator {
				return nil, Errorf(TypeErrorClass, "object generator can't be used in 'await' expression")
			}
			return nil, Errorf(TypeErrorClass, "object async_generator can't be used in 'await' expression")
		}
		if !isAwait && a.Kind == KindCoroutine {
			return nil, Errorf(TypeErrorClass, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		if a.state == genCreated {
			return a.runInline(in)
		}
		if a.state == genDone && a.Kind == KindCoroutine {
			return nil, Errorf(RuntimeErrorClass, "cannot reuse already awaited coroutine")
		}
		it = a
	case *coroWrapper:
		if g, ok := a.g.(*Generator); ok && g.state == genCreated {
			return g.runInline(in)
		}
		it = a
	case Awaitable:
		if !isAwait {
			break
		}
		r, err := a.Await(in)
		if err != nil {
			return nil, err
		}
		it = r
	}
	if it == nil {
		if isAwait {
			m, ok := v.Type().lookup("__await__")
			if !ok {
				return nil, Errorf(TypeErrorClass, "object %s can't be used in 'await' expression", v.Type().Name)
			}
			r, err := in.Call(m, []Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if r2, ok := r.(Resumable); ok {
				if g, ok := r2.(*Generator); ok && g.Kind == KindCoroutine {
					return nil, Errorf(TypeErrorClass, "__await__() returned a coroutine")
				}
				it = r2
			} else {
				return nil, Errorf(TypeErrorClass, "__await__() returned non-iterator of type '%s'", r.Type().Name)
			}
		} else {
			// yield from an ordinary iterable.
			iter, err := in.Iter(v)
			if err != nil {
				return nil, err
			}
			for {
				x, ok, err := iter.Next(in)
				if err != nil {
					return nil, err
				}
				if !ok {
					return None, nil
				}
				if _, exc, err := in.suspend(x, yieldValue); err != nil {
					return nil, err
				} else if exc != nil {
					return nil, exc
				}
			}
		}
	}
	if it == nil {
		return nil, Errorf(TypeErrorClass, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	kind := yieldValue
	if isAwait {
		kind = yieldAwait
	}
	var send Value = None
	var exc *Exception
	for {
		var out Value
		var done bool
		var err error
		if exc != nil {
			if exc.Class.IsSubclass(GeneratorExitClass) {
				if g, ok := it.(*Generator); ok {
					if err := g.Close(in); err != nil {
						return nil, err
					}
				}
				return nil, exc
			}
			out, done, err = it.Throw(in, exc)
		} else {
			out, done, err = it.Send(in, send)
		}
		if err != nil {
			return nil, err
		}
		if done {
			return out, nil
		}
		var ferr error
		send, exc, ferr = in.suspend(out, kind)
		if ferr != nil {
			return nil, ferr
		}
	}
}

// NeverAwaitedAtExit prints the RuntimeWarning of a coroutine that never
// started, finalised at interpreter shutdown (the coroutine of a task whose
// loop never ran it). at is the library line running when it was freed
// (BaseEventLoop.close() of a loop the collector finalised): the warnings
// module then adds its tracemalloc hint, as neverAwaited does. With at nil
// no frame is running: CPython attributes the warning to the sys module and
// prints it without the hint.
func (in *Interp) NeverAwaitedAtExit(qualname string, at *LibFrame) {
	msg := "coroutine '" + qualname + "' was never awaited"
	if at != nil {
		module := "asyncio." + strings.TrimSuffix(at.File[strings.LastIndex(at.File, "/")+1:], ".py")
		if printed, _ := in.warnAt(RuntimeWarningClass, nil, msg, at.File, at.Line, module, at.Text); printed {
			in.Print(2, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
		}
		return
	}
	file, line := "sys", 1
	if in.minor >= 13 {
		file, line = "<sys>", 0
	}
	in.warnAt(RuntimeWarningClass, nil, msg, file, line, "sys", "")
}

// neverAwaited prints CPython's RuntimeWarning for a coroutine object that
// is dropped without being awaited (an expression statement `work()`).
// As with the warnings module's default action, a warning is printed once
// per line of the program.
func (in *Interp) neverAwaited(qualname string) {
	line := in.Line()
	// An "error" filter makes the warning an exception the coroutine's
	// finalizer cannot raise; CPython reports it as unraisable, which
	// Taskline does not model: it prints nothing then.
	if printed, _ := in.warnAt(RuntimeWarningClass, nil, "coroutine '"+qualname+"' was never awaited", in.File, line, "__main__", in.sourceLine(line)); printed {
		in.Print(2, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
}
