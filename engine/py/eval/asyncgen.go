package eval

// asyncGenStep is the awaitable that an async generator's __anext__
// returns. Awaiting it resumes the generator's fiber: a value passed up by
// an await inside the generator travels on to the task; a value yielded by
// the generator completes the step.
type asyncGenStep struct {
	g     *Generator
	first bool
	exc   *Exception // for athrow/aclose
}

var asyncGenStepClass *Class

func (*asyncGenStep) Type() *Class { return asyncGenStepClass }

func (s *asyncGenStep) Await(in *Interp) (Resumable, error) { return s, nil }

func (s *asyncGenStep) finish(v Value, done bool, err error) (Value, bool, error) {
	g := s.g
	if err != nil {
		if e, ok := err.(*Exception); ok && s.exc != nil && s.exc.Class.IsSubclass(GeneratorExitClass) &&
			(e.Class.IsSubclass(GeneratorExitClass) || e.Class.IsSubclass(StopAsyncIterationClass)) {
			return None, true, nil
		}
		return nil, true, err
	}
	if done {
		if s.exc != nil && s.exc.Class.IsSubclass(GeneratorExitClass) {
			return None, true, nil
		}
		return nil, true, NewException(StopAsyncIterationClass)
	}
	if g.th.outKind == yieldValue {
		if s.exc != nil && s.exc.Class.IsSubclass(GeneratorExitClass) {
			return nil, true, Errorf(RuntimeErrorClass, "async generator ignored GeneratorExit")
		}
		return v, true, nil
	}
	return v, false, nil
}

func (s *asyncGenStep) Send(in *Interp, v Value) (Value, bool, error) {
	g := s.g
	if s.first {
		s.first = false
		if g.state == genDone {
			if s.exc != nil && s.exc.Class.IsSubclass(GeneratorExitClass) {
				return None, true, nil
			}
			return nil, true, NewException(StopAsyncIterationClass)
		}
		if s.exc != nil {
			if g.state == genCreated {
				g.state = genDone
				if s.exc.Class.IsSubclass(GeneratorExitClass) {
					return None, true, nil
				}
				return nil, true, s.exc
			}
			return s.finish(g.Throw(in, s.exc))
		}
		return s.finish(g.Send(in, None))
	}
	return s.finish(g.Send(in, v))
}

func (s *asyncGenStep) Throw(in *Interp, exc *Exception) (Value, bool, error) {
	s.first = false
	return s.finish(s.g.Throw(in, exc))
}

// firstIter calls the first-iteration hook once per async generator.
func (g *Generator) firstIter(in *Interp) {
	if !g.hooked && g.Kind == KindAsyncGenerator {
		g.hooked = true
		if in.AsyncGenFirstIter != nil {
			in.AsyncGenFirstIter(g)
		}
	}
}

// ACloseAwaitable returns the awaitable of agen.aclose(), for an event
// loop's shutdown_asyncgens or finalizer hook.
func (g *Generator) ACloseAwaitable() Value {
	return &asyncGenStep{g: g, first: true, exc: NewException(GeneratorExitClass)}
}

func initAsyncGen() {
	a := AsyncGeneratorClass
	a.DefMethod("__aiter__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return self, nil })
	a.DefMethod("__anext__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		g := self.(*Generator)
		g.firstIter(in)
		return &asyncGenStep{g: g, first: true}, nil
	})
	a.DefMethod("aclose", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		self.(*Generator).firstIter(in) // as CPython's async_gen_init_hooks
		return &asyncGenStep{g: self.(*Generator), first: true, exc: NewException(GeneratorExitClass)}, nil
	})
	a.DefMethod("athrow", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorClass, "athrow expected at least 1 argument, got 0")
		}
		self.(*Generator).firstIter(in)
		if len(args) > 1 {
			if e, ok := args[1].(*Exception); ok {
				return &asyncGenStep{g: self.(*Generator), first: true, exc: e}, nil
			}
		}
		e, err := in.makeException(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) > 1 && args[1] != None {
			e.Args = Tuple{args[1]}
		}
		return &asyncGenStep{g: self.(*Generator), first: true, exc: e}, nil
	})
	a.DefMethod("asend", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "asend() takes exactly one argument (%d given)", len(args))
		}
		g := self.(*Generator)
		g.firstIter(in)
		return &asyncGenSend{g: g, v: args[0]}, nil
	})
}

// asyncGenSend is agen.asend(v): like __anext__, with v as the value of
// the yield the generator is suspended at.
type asyncGenSend struct {
	g    *Generator
	v    Value
	sent bool
}

func (*asyncGenSend) Type() *Class                          { return asyncGenStepClass }
func (s *asyncGenSend) Await(in *Interp) (Resumable, error) { return s, nil }
func (s *asyncGenSend) Send(in *Interp, v Value) (Value, bool, error) {
	step := &asyncGenStep{g: s.g}
	if !s.sent {
		s.sent = true
		if s.g.state == genDone {
			return nil, true, NewException(StopAsyncIterationClass)
		}
		v = s.v
	}
	return step.finish(s.g.Send(in, v))
}
func (s *asyncGenSend) Throw(in *Interp, e *Exception) (Value, bool, error) {
	s.sent = true
	step := &asyncGenStep{g: s.g}
	return step.finish(s.g.Throw(in, e))
}
