package asyncio

// Synchronisation primitives from locks.py (3.11; 3.7 where it differs):
// each waiter is a plain future in a FIFO, woken with set_result, so a
// woken task resumes one iteration later, as in CPython.

// futQueue is a collections.deque of futures.
type futQueue struct{ q []*Future }

func (d *futQueue) len() int         { return len(d.q) }
func (d *futQueue) append(f *Future) { d.q = append(d.q, f) }
func (d *futQueue) first() *Future   { return d.q[0] }
func (d *futQueue) popleft() *Future { f := d.q[0]; d.q[0] = nil; d.q = d.q[1:]; return f }
func (d *futQueue) items() []*Future { return d.q }
func (d *futQueue) remove(f *Future) bool {
	for i, x := range d.q {
		if x == f {
			copy(d.q[i:], d.q[i+1:])
			d.q[len(d.q)-1] = nil
			d.q = d.q[:len(d.q)-1]
			return true
		}
	}
	return false
}

func (rt *runtime) isCancelErr(err error) bool {
	exc, ok := rt.excOf(err)
	return ok && rt.isCancelledError(exc)
}

// Lock is asyncio.Lock.
type Lock struct {
	loop    *Loop
	bind    loopBinding
	locked  bool
	waiters futQueue
}

func (k *Lock) acquire(y yielder) error {
	if !k.locked && k.allWaitersCancelled() {
		k.locked = true
		return nil
	}
	l, err := k.bind.get(&k.loop)
	if err != nil {
		return err
	}
	fut := l.newFuture()
	fut.label = "Lock.acquire()"
	k.waiters.append(fut)
	_, err = fut.await(y)
	k.waiters.remove(fut)
	if err != nil {
		if l.rt.isCancelErr(err) && !k.locked {
			k.wakeUpFirst()
		}
		return err
	}
	k.locked = true
	return nil
}

func (k *Lock) allWaitersCancelled() bool {
	for _, w := range k.waiters.items() {
		if !w.cancelled() {
			return false
		}
	}
	return true
}

// release returns false if the lock was not acquired.
func (k *Lock) release() bool {
	if !k.locked {
		return false
	}
	k.locked = false
	k.wakeUpFirst()
	return true
}

func (k *Lock) wakeUpFirst() {
	if k.waiters.len() == 0 {
		return
	}
	if f := k.waiters.first(); !f.done() {
		f.setResult(true)
	}
}

// Event is asyncio.Event.
type Event struct {
	loop    *Loop
	bind    loopBinding
	value   bool
	waiters futQueue
}

func (e *Event) set() {
	if !e.value {
		e.value = true
		for _, f := range e.waiters.items() {
			if !f.done() {
				f.setResult(true)
			}
		}
	}
}

func (e *Event) wait(y yielder) error {
	if e.value {
		return nil
	}
	l, err := e.bind.get(&e.loop)
	if err != nil {
		return err
	}
	fut := l.newFuture()
	fut.label = "Event.wait()"
	e.waiters.append(fut)
	_, err = fut.await(y)
	e.waiters.remove(fut)
	if err != nil && l != l.rt.loop {
		// A future of another loop (an Event made outside a loop before
		// 3.10): the task refuses it where Event.wait awaits it.
		if exc, ok := l.rt.excOf(err); ok {
			l.rt.addInnerLibFrames(exc, "event_wait")
		}
	}
	return err
}

// Condition is asyncio.Condition over a Lock.
type Condition struct {
	loop    *Loop
	bind    loopBinding
	lock    *Lock
	waiters futQueue
}

func (c *Condition) wait(y yielder) error {
	rt := c.loop.rt
	if !c.lock.locked {
		return rt.raise(rt.runtimeError("cannot wait on un-acquired lock"))
	}
	c.lock.release()
	l, err := c.bind.get(&c.loop)
	if err != nil {
		return err
	}
	fut := l.newFuture()
	fut.label = "Condition.wait()"
	c.waiters.append(fut)
	_, err = fut.await(y)
	c.waiters.remove(fut)
	// Must reacquire the lock even if the wait is cancelled.
	cancelled := false
	for {
		aerr := c.lock.acquire(y)
		if aerr == nil {
			break
		}
		if !rt.isCancelErr(aerr) {
			return aerr
		}
		cancelled = true
	}
	if cancelled {
		return rt.raise(rt.newCancelledError(nil))
	}
	return err
}

func (c *Condition) notify(n int) error {
	rt := c.loop.rt
	if !c.lock.locked {
		return rt.raise(rt.runtimeError("cannot notify on un-acquired lock"))
	}
	idx := 0
	for _, f := range c.waiters.items() {
		if idx >= n {
			break
		}
		if !f.done() {
			idx++
			f.setResult(false)
		}
	}
	return nil
}

// Semaphore is asyncio.Semaphore and BoundedSemaphore (bound > 0).
type Semaphore struct {
	loop    *Loop
	bind    loopBinding
	value   int
	bound   int // BoundedSemaphore's initial value, or -1
	waiters futQueue
}

func (s *Semaphore) locked() bool {
	if s.loop.rt.py37 {
		return s.value == 0
	}
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters.items() {
		if !w.cancelled() {
			return true
		}
	}
	return false
}

func (s *Semaphore) acquire(y yielder) error {
	l := s.loop
	if l.rt.py37 {
		return s.acquire37(y)
	}
	if !s.locked() {
		s.value--
		return nil
	}
	l, err := s.bind.get(&s.loop)
	if err != nil {
		return err
	}
	fut := l.newFuture()
	fut.label = "Semaphore.acquire()"
	s.waiters.append(fut)
	_, err = fut.await(y)
	s.waiters.remove(fut)
	if err != nil {
		if l.rt.isCancelErr(err) && !fut.cancelled() {
			s.value++
			s.wakeUpNext()
		}
		return err
	}
	if s.value > 0 {
		s.wakeUpNext()
	}
	return nil
}

// acquire37 is 3.7's Semaphore.acquire.
func (s *Semaphore) acquire37(y yielder) error {
	for s.value <= 0 {
		fut := s.loop.newFuture()
		fut.label = "Semaphore.acquire()"
		s.waiters.append(fut)
		if _, err := fut.await(y); err != nil {
			fut.cancel(nil)
			if s.value > 0 && !fut.cancelled() {
				s.wakeUpNext()
			}
			return err
		}
	}
	s.value--
	return nil
}

func (s *Semaphore) release() error {
	if s.bound >= 0 && s.value >= s.bound {
		rt := s.loop.rt
		return rt.raise(rt.valueError("BoundedSemaphore released too many times"))
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *Semaphore) wakeUpNext() {
	if s.loop.rt.py37 {
		for s.waiters.len() > 0 {
			w := s.waiters.popleft()
			if !w.done() {
				w.setResult(s.loop.rt.none())
				return
			}
		}
		return
	}
	for _, f := range s.waiters.items() {
		if !f.done() {
			s.value--
			f.setResult(true)
			return
		}
	}
}
