package asyncio

import (
	"fmt"

	"taskline/engine/py/eval"
)

// asyncio.Barrier (3.11+, locks.py): parties tasks wait until the last
// one arrives, then all go on. Like CPython it is a Condition and a state
// (filling, draining, resetting, broken); each step below is the
// corresponding coroutine of locks.py, awaited inline.

var (
	barrierClass       = eval.NewClass("Barrier", "asyncio.locks")
	brokenBarrierClass = eval.NewExceptionClass("BrokenBarrierError", "asyncio.exceptions", eval.RuntimeErrorClass)
)

type barrierState string

const (
	barrierFilling   barrierState = "filling"
	barrierDraining  barrierState = "draining"
	barrierResetting barrierState = "resetting"
	barrierBroken    barrierState = "broken"
)

// Barrier is asyncio.Barrier.
type Barrier struct {
	st      *state
	cond    *Condition
	parties int
	state   barrierState
	count   int
}

func (*Barrier) Type() *eval.Class { return barrierClass }

func (b *Barrier) broken(msg string) error {
	return b.cond.loop.rt.raise(eval.NewException(brokenBarrierClass, eval.Str(msg)))
}

// waitFor is Condition.wait_for with a Go predicate.
func (b *Barrier) waitFor(y yielder, pred func() bool) error {
	for !pred() {
		if err := b.cond.wait(y); err != nil {
			return err
		}
	}
	return nil
}

func (b *Barrier) notifyAll() { _ = b.cond.notify(b.cond.waiters.len()) }

// locked runs body holding the condition's lock (`async with self._cond`).
func (b *Barrier) locked(y yielder, body func() (Value, error)) (Value, error) {
	if err := b.cond.lock.acquire(y); err != nil {
		return nil, err
	}
	v, err := body()
	if rerr := lockRelease(b.cond.lock); rerr != nil && err == nil {
		err = rerr
	}
	return v, err
}

// wait is Barrier.wait: the index of the arrival, 0 to parties-1.
func (b *Barrier) wait(y yielder) (Value, error) {
	return b.locked(y, func() (Value, error) {
		// _block: wait while the barrier drains or resets.
		if err := b.waitFor(y, func() bool { return b.state != barrierDraining && b.state != barrierResetting }); err != nil {
			return nil, err
		}
		if b.state == barrierBroken {
			return nil, b.broken("Barrier aborted")
		}
		index := b.count
		b.count++
		var err error
		if index+1 == b.parties {
			// _release
			b.state = barrierDraining
			b.notifyAll()
		} else if err = b.waitFor(y, func() bool { return b.state != barrierFilling }); err == nil {
			if b.state == barrierBroken || b.state == barrierResetting {
				err = b.broken("Abort or reset of barrier")
			}
		}
		// finally: _exit
		b.count--
		if b.count == 0 {
			if b.state == barrierResetting || b.state == barrierDraining {
				b.state = barrierFilling
			}
			b.notifyAll()
		}
		if err != nil {
			return nil, err
		}
		return eval.Int(index), nil
	})
}

func (b *Barrier) nWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

func init() {
	barrierClass.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		a, err := parseSpec("Barrier", "parties").bind(args, kw)
		if err != nil {
			return nil, err
		}
		parties, err := toInt(a[0], "'<' not supported between instances of '"+a[0].Type().Name+"' and 'int'")
		if err != nil {
			return nil, err
		}
		if parties < 1 {
			return nil, eval.Errorf(eval.ValueErrorClass, "parties must be > 0")
		}
		st, err := stateOf(in)
		if err != nil {
			return nil, err
		}
		// The Condition every waiter waits on, with its own lock, both
		// bound to a loop lazily.
		cv, err := in.Call(conditionClass, nil, nil)
		if err != nil {
			return nil, err
		}
		return &Barrier{st: st, cond: cv.(*pySync).cond, parties: parties, state: barrierFilling}, nil
	}
	method := func(name string, fn func(in *eval.Interp, b *Barrier) (eval.Value, error)) {
		barrierClass.DefMethod(name, func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
			b, ok := self.(*Barrier)
			if !ok {
				return nil, typeError("descriptor '%s' for 'Barrier' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return fn(in, b)
		})
	}
	coro := func(name string, body func(b *Barrier, y yielder) (Value, error)) {
		method(name, func(in *eval.Interp, b *Barrier) (eval.Value, error) {
			return b.st.coro("Barrier."+name, func(y yielder) (Value, error) { return body(b, y) }), nil
		})
	}
	coro("wait", (*Barrier).wait)
	coro("__aenter__", (*Barrier).wait)
	barrierClass.DefMethod("__aexit__", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		b := self.(*Barrier)
		return b.st.coro("Barrier.__aexit__", func(y yielder) (Value, error) { return eval.None, nil }), nil
	})
	coro("reset", func(b *Barrier, y yielder) (Value, error) {
		return b.locked(y, func() (Value, error) {
			if b.count > 0 {
				b.state = barrierResetting
			} else {
				b.state = barrierFilling
			}
			b.notifyAll()
			return eval.None, nil
		})
	})
	coro("abort", func(b *Barrier, y yielder) (Value, error) {
		return b.locked(y, func() (Value, error) {
			b.state = barrierBroken
			b.notifyAll()
			return eval.None, nil
		})
	})
	prop := func(name string, get func(b *Barrier) eval.Value) {
		barrierClass.DefProperty(name, func(in *eval.Interp, self eval.Value) (eval.Value, error) { return get(self.(*Barrier)), nil }, nil)
	}
	prop("parties", func(b *Barrier) eval.Value { return eval.Int(b.parties) })
	prop("n_waiting", func(b *Barrier) eval.Value { return eval.Int(b.nWaiting()) })
	prop("broken", func(b *Barrier) eval.Value { return eval.Bool(b.state == barrierBroken) })
	method("__repr__", func(in *eval.Interp, b *Barrier) (eval.Value, error) {
		extra := string(b.state)
		if b.state != barrierBroken {
			extra += fmt.Sprintf(", waiters:%d/%d", b.nWaiting(), b.parties)
		}
		return eval.Str(fmt.Sprintf("<asyncio.locks.Barrier object at %s [%s]>", in.Addr(b), extra)), nil
	})
}
