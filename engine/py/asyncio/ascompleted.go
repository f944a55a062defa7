package asyncio

// asCompleted is the state of one as_completed(fs, timeout) generator:
// completions go through an asyncio.Queue, as in tasks.py, so the wake-up
// latency (+2 iterations) is CPython's.
type asCompleted struct {
	loop       *Loop
	done       *Queue
	todo       []*Future
	th         handleRef
	hasTimeout bool
}

func (l *Loop) asCompleted(todo []*Future, timeout float64, hasTimeout bool) *asCompleted {
	a := &asCompleted{loop: l, done: l.newQueue(fifoQueue, 0), todo: todo, hasTimeout: hasTimeout}
	for _, f := range todo {
		f.held++ // by the generator, until _wait_for_one hands it out
		f.addCallback(callbackEntry{cb: a})
	}
	if len(todo) > 0 && hasTimeout {
		h := l.newHandle(hFunc)
		h.fn = a.onTimeout
		a.th = l.ref(l.callAt(l.time()+timeout, h))
	}
	return a
}

// futureDone is _on_completion.
func (a *asCompleted) futureDone(f *Future) error {
	if len(a.todo) == 0 {
		return nil // _on_timeout() was here first
	}
	for i, x := range a.todo {
		if x == f {
			a.todo = append(a.todo[:i], a.todo[i+1:]...)
			break
		}
	}
	a.done.putNowait(a.loop.rt.futureObject(f))
	if len(a.todo) == 0 && a.hasTimeout {
		a.th.cancel()
	}
	return nil
}

func (a *asCompleted) onTimeout() error {
	for _, f := range a.todo {
		f.removeGoCallback(a)
		a.done.putNowait(a.loop.rt.none())
	}
	a.todo = nil
	return nil
}

// waitForOne is _wait_for_one(): the result of the next future to finish.
func (a *asCompleted) waitForOne(y yielder) (Value, error) {
	f, err := a.nextDone(y)
	if err != nil {
		return nil, err
	}
	return f.getResult()
}

// waitForOneFuture is 3.13's _wait_for_one(resolve=False), which async
// iteration uses: the next future to finish, itself.
func (a *asCompleted) waitForOneFuture(y yielder) (Value, error) {
	f, err := a.nextDone(y)
	if err != nil {
		return nil, err
	}
	return a.loop.rt.futureObject(f), nil
}

func (a *asCompleted) nextDone(y yielder) (*Future, error) {
	rt := a.loop.rt
	v, err := a.done.get(y)
	if err != nil {
		return nil, err
	}
	f, ok := rt.asFuture(v)
	if !ok {
		return nil, rt.raise(rt.newTimeoutError())
	}
	f.held--
	return f, nil
}
