package asyncio

import (
	"taskline/engine/py/eval"
)

// Python classes for Event, Lock, Condition, Semaphore, BoundedSemaphore,
// the queues, Timeout and TaskGroup. Each wraps its Go counterpart; the
// methods that are `async def` in CPython return coroutine objects.

type pySync struct {
	cls   *eval.Class
	st    *state
	lock  *Lock
	event *Event
	cond  *Condition
	sem   *Semaphore
	queue *Queue
	to    *Timeout
	tg    *TaskGroup
	dict  map[string]eval.Value
}

func (p *pySync) Type() *eval.Class { return p.cls }

// qual is the qualified name of a method's coroutine: the class that
// defines the method ("Queue.get" for a LifoQueue too).
func (p *pySync) qual(name string) string {
	for _, k := range p.cls.MRO {
		if _, ok := k.Dict[name]; ok {
			return k.Name + "." + name
		}
	}
	return p.cls.Name + "." + name
}

// coro returns the coroutine of the method name of p. Its qualified name
// is worked out only when something shows it (a label, a repr), since
// queue.get() and put() make one for every item.
func (p *pySync) coro(name string, body func(y yielder) (Value, error)) *nativeCoro {
	return &nativeCoro{st: p.st, name: name, of: p, body: body}
}

type syncFn func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error)

func syncMethod(c *eval.Class, name, spec string, fn syncFn) {
	p := parseSpec(c.Name+"."+name, spec)
	p.method = true
	c.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		s, a, err := syncArgs(c, name, p, self, args, kw)
		if err != nil {
			return nil, err
		}
		return fn(in, s, a)
	})
}

// syncArgs checks the receiver of the method name of c and binds its
// arguments to p.
func syncArgs(c *eval.Class, name string, p *params, self eval.Value, args []eval.Value, kw []eval.Kwarg) (*pySync, []eval.Value, error) {
	s, ok := self.(*pySync)
	if !ok {
		return nil, nil, typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.Name, self.Type().Name)
	}
	a, err := p.bind(args, kw)
	if err != nil {
		if s.st.rt.minor < 10 {
			// These methods are Python functions in CPython, whose call
			// errors name them by __qualname__ only from 3.10 on
			// ("Queue.put() missing…"); before, by __name__ ("put()…").
			q := *p
			q.fn = name
			_, err = q.bind(args, kw)
		}
		return nil, nil, err
	}
	return s, a, nil
}

// queueAwaitMethod gives Queue's method name (put or get, defined by
// syncMethod with spec) an AwaitMethod: `await q.put(item)` runs what the
// awaited coroutine would run (runQueueOp), without making it.
func queueAwaitMethod(c *eval.Class, name, spec string, op coroOp) {
	p := parseSpec(c.Name+"."+name, spec)
	p.method = true
	c.DefAwaitMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error, error) {
		s, a, err := syncArgs(c, name, p, self, args, kw)
		if err != nil {
			return nil, err, nil
		}
		var item eval.Value
		if len(a) > 0 {
			item = a[0]
		}
		v, err := runQueueOp(inlineYielder{in}, s, op, item)
		if err != nil {
			return nil, nil, err
		}
		return toValue(v), nil, nil
	})
}

// runQueueOp is the body of the coroutine of Queue.put(item) or
// Queue.get(), however it is awaited.
func runQueueOp(y yielder, p *pySync, op coroOp, item eval.Value) (Value, error) {
	if op == opQueuePut {
		return noneResult(queueError(p, p.cancelFrames("queue_put_cancel", p.queue.put(y, item))))
	}
	v, err := p.queue.get(y)
	return v, queueError(p, p.cancelFrames("queue_get_cancel", err))
}

// cancelFrames gives a CancelledError thrown in where a library primitive
// waits (Queue.get's `await getter`, Lock.acquire's `await fut`, …) the
// frames of asyncio's own code that CPython's traceback shows there: the
// libframes of kind, innermost. The primitive's try block catches and
// re-raises it, as asyncio.sleep's does.
func (p *pySync) cancelFrames(kind string, err error) error {
	if err == nil || !p.st.rt.isCancelErr(err) {
		return err
	}
	if e, ok := p.st.rt.excOf(err); ok {
		if x, ok := e.(*eval.Exception); ok {
			x.AddInnerLibFrames(p.st.libFrames(kind))
			x.MarkCaught()
		}
	}
	return err
}

// newSync is the __new__ of the classes here: they bind to the running
// loop lazily in CPython (3.10+, see loopBinding).
func newSync(c *eval.Class, spec string, init func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error) {
	ps := parseSpec(c.Name, spec)
	c.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		a, err := ps.bind(args, kw)
		if err != nil {
			return nil, err
		}
		st, err := stateOf(in)
		if err != nil {
			return nil, err
		}
		var l *Loop
		if bindsLazily(in) {
			// 3.10+: __init__ asks for no loop (a module-level Event()
			// neither needs nor makes one); the first wait binds it. Until
			// then the primitive points at a loop of its own that holds
			// nothing, through which it reaches the runtime.
			l = st.running
			if l == nil {
				l = newLoop(st.clock, st.rt)
			}
		} else if l, err = st.currentLoop(c.Name); err != nil {
			return nil, err
		}
		p := &pySync{cls: cls, st: st}
		if err := init(in, st, l, p, a); err != nil {
			return nil, err
		}
		p.makeLazy(in)
		return p, nil
	}
}

func boolResult(err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	return true, nil
}

func noneResult(err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	return eval.None, nil
}

// aenterAexit defines `async with` for a lock-like class.
// A cancellation while it waits shows the library frames of kind.
func aenterAexit(c *eval.Class, kind string, acquire func(p *pySync, y yielder) error, release func(p *pySync) error) {
	syncMethod(c, "__aenter__", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("__aenter__", func(y yielder) (Value, error) { return noneResult(p.cancelFrames(kind, acquire(p, y))) }), nil
	})
	syncMethod(c, "__aexit__", "exc_type,exc,tb", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("__aexit__", func(y yielder) (Value, error) { return noneResult(release(p)) }), nil
	})
}

func lockRelease(k *Lock) error {
	if !k.release() {
		return eval.Errorf(eval.RuntimeErrorClass, "Lock is not acquired.")
	}
	return nil
}

func defineSyncMethods() {
	// Lock
	newSync(lockClass, "", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		p.lock = &Lock{loop: l}
		return nil
	})
	syncMethod(lockClass, "locked", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.lock.locked), nil
	})
	syncMethod(lockClass, "acquire", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("acquire", func(y yielder) (Value, error) {
			return boolResult(p.cancelFrames("lock_acquire_cancel", p.lock.acquire(y)))
		}), nil
	})
	syncMethod(lockClass, "release", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.None, lockRelease(p.lock)
	})
	aenterAexit(lockClass, "lock_aenter_cancel", func(p *pySync, y yielder) error { return p.lock.acquire(y) }, func(p *pySync) error { return lockRelease(p.lock) })

	// Event
	newSync(eventClass, "", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		p.event = &Event{loop: l}
		return nil
	})
	syncMethod(eventClass, "is_set", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.event.value), nil
	})
	syncMethod(eventClass, "set", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		p.event.set()
		return eval.None, nil
	})
	syncMethod(eventClass, "clear", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		p.event.value = false
		return eval.None, nil
	})
	syncMethod(eventClass, "wait", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("wait", func(y yielder) (Value, error) {
			return boolResult(p.cancelFrames("event_wait_cancel", p.event.wait(y)))
		}), nil
	})

	// Condition
	newSync(conditionClass, "|lock", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		c := &Condition{loop: l}
		if isNone(a[0]) {
			c.lock = &Lock{loop: l}
		} else {
			lp, ok := a[0].(*pySync)
			if !ok || lp.lock == nil {
				return typeError("Condition(lock): lock must be an asyncio.Lock")
			}
			c.lock = lp.lock
		}
		p.cond = c
		return nil
	})
	syncMethod(conditionClass, "locked", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.cond.lock.locked), nil
	})
	syncMethod(conditionClass, "acquire", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("acquire", func(y yielder) (Value, error) {
			return boolResult(p.cancelFrames("lock_acquire_cancel", p.cond.lock.acquire(y)))
		}), nil
	})
	syncMethod(conditionClass, "release", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.None, lockRelease(p.cond.lock)
	})
	aenterAexit(conditionClass, "condition_aenter_cancel", func(p *pySync, y yielder) error { return p.cond.lock.acquire(y) }, func(p *pySync) error { return lockRelease(p.cond.lock) })
	syncMethod(conditionClass, "wait", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("wait", func(y yielder) (Value, error) {
			return boolResult(p.cancelFrames("condition_wait_cancel", p.cond.wait(y)))
		}), nil
	})
	syncMethod(conditionClass, "wait_for", "predicate", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		pred := a[0]
		return p.coro("wait_for", func(y yielder) (Value, error) {
			// wait_for calls the predicate on one line first and on
			// another after each wait: its frame there sits between the
			// predicate's and the caller's in a traceback.
			kind := "condition_wait_for_pred_first"
			for {
				r, err := in.Call(pred, nil, nil)
				if err != nil {
					if e, ok := p.st.rt.excOf(err); ok {
						p.st.rt.addOuterLibFrames(e, kind)
					}
					return nil, err
				}
				kind = "condition_wait_for_pred_again"
				ok, err := in.Truthy(r)
				if err != nil {
					return nil, err
				}
				if ok {
					return r, nil
				}
				if err := p.cond.wait(y); err != nil {
					return nil, p.cancelFrames("condition_wait_for_cancel", err)
				}
			}
		}), nil
	})
	syncMethod(conditionClass, "notify", "|n", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		n := 1
		if a[0] != nil {
			var err error
			if n, err = toInt(a[0], "notify(): n must be an integer"); err != nil {
				return nil, err
			}
		}
		return eval.None, p.cond.notify(n)
	})
	syncMethod(conditionClass, "notify_all", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.None, p.cond.notify(p.cond.waiters.len())
	})

	// Semaphore and BoundedSemaphore
	semInit := func(bounded bool) func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		return func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
			v := 1
			if a[0] != nil {
				var err error
				if v, err = toInt(a[0], "'<' not supported between instances of '"+a[0].Type().Name+"' and 'int'"); err != nil {
					return err
				}
			}
			if v < 0 {
				return eval.Errorf(eval.ValueErrorClass, "Semaphore initial value must be >= 0")
			}
			p.sem = &Semaphore{loop: l, value: v, bound: -1}
			if bounded {
				p.sem.bound = v
			}
			return nil
		}
	}
	newSync(semaphoreClass, "|value", semInit(false))
	newSync(boundedSemClass, "|value", semInit(true))
	syncMethod(semaphoreClass, "locked", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.sem.locked()), nil
	})
	syncMethod(semaphoreClass, "acquire", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("acquire", func(y yielder) (Value, error) {
			return boolResult(p.cancelFrames("semaphore_acquire_cancel", p.sem.acquire(y)))
		}), nil
	})
	syncMethod(semaphoreClass, "release", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.None, p.sem.release()
	})
	aenterAexit(semaphoreClass, "semaphore_aenter_cancel", func(p *pySync, y yielder) error { return p.sem.acquire(y) }, func(p *pySync) error { return p.sem.release() })
}

// queueError is the Python exception for an error of a queue operation.
func queueError(p *pySync, err error) error {
	if err == errQueueShutDown {
		return eval.NewException(queueShutDownClass)
	}
	if qe, ok := err.(*queueErr); ok {
		if qe.full {
			return eval.NewException(p.st.exc.queueFull)
		}
		return eval.NewException(p.st.exc.queueEmpty)
	}
	return err
}

func defineQueueMethods() {
	for _, qc := range []struct {
		cls  *eval.Class
		kind queueKind
	}{{queueClass, fifoQueue}, {lifoQueueClass, lifoQueue}, {priorityQueueClass, priorityQueue}} {
		kind := qc.kind
		newSync(qc.cls, "|maxsize", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
			n := 0
			if a[0] != nil {
				var err error
				if n, err = toInt(a[0], "'<=' not supported between instances of '"+a[0].Type().Name+"' and 'int'"); err != nil {
					return err
				}
			}
			q := l.newQueue(kind, n)
			if kind == priorityQueue {
				q.less = func(x, y Value) (bool, error) {
					r, err := in.Compare("<", toValue(x), toValue(y))
					if err != nil {
						return false, err
					}
					return in.Truthy(r)
				}
			}
			p.queue = q
			return nil
		})
	}
	c := queueClass
	qerr := queueError
	syncMethod(c, "qsize", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Int(p.queue.qsize()), nil
	})
	c.DefProperty("maxsize", func(in *eval.Interp, self eval.Value) (eval.Value, error) {
		return eval.Int(self.(*pySync).queue.maxsize), nil
	}, nil)
	syncMethod(c, "empty", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.queue.empty()), nil
	})
	syncMethod(c, "full", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.queue.full()), nil
	})
	syncMethod(c, "put_nowait", "item", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.None, qerr(p, p.queue.putNowait(a[0]))
	})
	syncMethod(c, "get_nowait", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		v, err := p.queue.getNowait()
		if err != nil {
			return nil, qerr(p, err)
		}
		return toValue(v), nil
	})
	syncMethod(c, "put", "item", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return &nativeCoro{st: p.st, name: "put", of: p, op: opQueuePut, arg: a[0]}, nil
	})
	syncMethod(c, "get", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return &nativeCoro{st: p.st, name: "get", of: p, op: opQueueGet}, nil
	})
	queueAwaitMethod(c, "put", "item", opQueuePut)
	queueAwaitMethod(c, "get", "", opQueueGet)
	syncMethod(c, "task_done", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		if !p.queue.taskDone() {
			return nil, eval.Errorf(eval.ValueErrorClass, "task_done() called too many times")
		}
		return eval.None, nil
	})
	syncMethod(c, "join", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("join", func(y yielder) (Value, error) {
			return noneResult(p.cancelFrames("queue_join_cancel", p.queue.join(y)))
		}), nil
	})
}

func defineContextClasses() {
	// Timeout (3.11): built by timeout() / timeout_at(), or Timeout(when).
	newSync(timeoutClass, "when", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		when, has, err := optFloat(in, a[0])
		if err != nil {
			return err
		}
		p.to = l.newTimeout(when, has)
		p.to.made, p.to.pos = "Timeout("+eval.ShortRepr(a[0])+")", in.Pos()
		return nil
	})
	syncMethod(timeoutClass, "when", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		if !p.to.hasWhen {
			return eval.None, nil
		}
		return eval.Float(p.to.when), nil
	})
	syncMethod(timeoutClass, "reschedule", "when", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		when, has, err := optFloat(in, a[0])
		if err != nil {
			return nil, err
		}
		return eval.None, p.to.reschedule(when, has)
	})
	syncMethod(timeoutClass, "expired", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Bool(p.to.expired()), nil
	})
	syncMethod(timeoutClass, "__repr__", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Str(p.to.repr()), nil
	})
	syncMethod(timeoutClass, "__aenter__", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("__aenter__", func(y yielder) (Value, error) {
			if err := p.to.enter(); err != nil {
				return nil, err
			}
			return p, nil
		}), nil
	})
	syncMethod(timeoutClass, "__aexit__", "exc_type,exc,tb", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		var exc Value
		if e, ok := a[1].(*eval.Exception); ok {
			exc = e
		}
		return p.coro("__aexit__", func(y yielder) (Value, error) { return noneResult(p.to.exit(exc)) }), nil
	})

	// TaskGroup (3.11)
	newSync(taskGroupClass, "", func(in *eval.Interp, st *state, l *Loop, p *pySync, a []eval.Value) error {
		p.tg = &TaskGroup{loop: l, pos: in.Pos()}
		return nil
	})
	syncMethod(taskGroupClass, "__repr__", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return eval.Str(p.tg.repr()), nil
	})
	syncMethod(taskGroupClass, "__aenter__", "", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		return p.coro("__aenter__", func(y yielder) (Value, error) {
			if l := p.st.running; l != nil {
				p.tg.loop = l
			}
			if err := p.tg.enter(); err != nil {
				return nil, err
			}
			return p, nil
		}), nil
	})
	syncMethod(taskGroupClass, "__aexit__", "et,exc,tb", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		var exc Value
		if e, ok := a[1].(*eval.Exception); ok {
			exc = e
		}
		return p.coro("__aexit__", func(y yielder) (Value, error) { return noneResult(p.tg.exit(y, exc)) }), nil
	})
	syncMethod(taskGroupClass, "create_task", "coro|*name,context", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		g := p.tg
		if err := g.checkCreate(); err != nil {
			return nil, err
		}
		// 3.13 passes the name to create_task; 3.11 and 3.12 name the task
		// afterwards, so it takes a Task-N number first.
		name := ""
		if !isNone(a[1]) && p.st.rt.minor >= 13 {
			s, err := in.ToStr(a[1])
			if err != nil {
				return nil, err
			}
			name = s
		}
		t, err := p.st.createTask(g.loop, a[0], name)
		if err != nil {
			return nil, err
		}
		if !isNone(a[1]) && name == "" {
			s, err := in.ToStr(a[1])
			if err != nil {
				return nil, err
			}
			t.setName(s)
		}
		g.adopt(t)
		return p.st.obj(&t.Future), nil
	})
}

func optFloat(in *eval.Interp, v eval.Value) (float64, bool, error) {
	if isNone(v) {
		return 0, false, nil
	}
	f, err := toFloat(in, v, "'<=' not supported between instances of '%s' and 'float'")
	return f, err == nil, err
}

// fnTimeout is asyncio.timeout(delay).
func (st *state) fnTimeout(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.runningLoop()
	if err != nil {
		return nil, err
	}
	d, has, err := optFloat(in, a[0])
	if err != nil {
		return nil, err
	}
	when := 0.0
	if has {
		when = l.time() + d
	}
	to := l.newTimeout(when, has)
	to.made, to.pos = "timeout("+eval.ShortRepr(a[0])+")", in.Pos()
	return &pySync{cls: timeoutClass, st: st, to: to}, nil
}

func (st *state) fnTimeoutAt(in *eval.Interp, a []eval.Value) (eval.Value, error) {
	l, err := st.currentLoop("timeout_at")
	if err != nil {
		return nil, err
	}
	when, has, err := optFloat(in, a[0])
	if err != nil {
		return nil, err
	}
	to := l.newTimeout(when, has)
	to.made, to.pos = "timeout_at("+eval.ShortRepr(a[0])+")", in.Pos()
	return &pySync{cls: timeoutClass, st: st, to: to}, nil
}
