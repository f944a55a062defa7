package golite

import (
	"go/token"

	"taskline/engine/trace"
)

// Chan is a Go channel. Blocked senders and receivers wait in FIFO queues
// of sudogs, as in Go's runtime; a goroutine blocked in select has one
// sudog on each channel, sharing a selWait so that only one case fires.
type Chan struct {
	buf     []Value
	bufFrom []int // sending task of each buffered value
	cap     int
	closed  bool
	recvq   []*sudog
	sendq   []*sudog
	// A context's Done channel: what cancelled it, for the trace.
	ctxDone   bool
	ctxCause  string
	ctxBy     int
	observers map[*G]bool
	zero      func() Value
	// timer is set on the channel of a time.Timer or Ticker: a goroutine
	// waiting on it alone is sleeping, in the trace.
	timer bool
}

type sudog struct {
	g   *G
	v   Value
	sel *selWait
	idx int
}

type selWait struct{ done bool }

// claim takes the sudog for an operation: false if its select already fired.
func (s *sudog) claim() bool {
	if s.sel == nil {
		return true
	}
	if s.sel.done {
		return false
	}
	s.sel.done = true
	return true
}

func dequeue(q *[]*sudog) *sudog {
	for len(*q) > 0 {
		s := popFront(q)
		if s.claim() {
			return s
		}
	}
	return nil
}

// observe records, once per goroutine, that g saw the cancellation of the
// context whose Done channel is c (a receive from Done, or Err()).
func (m *Machine) observe(c *Chan, g *G) {
	if c.observers[g] {
		return
	}
	if c.observers == nil {
		c.observers = map[*G]bool{}
	}
	c.observers[g] = true
	m.eventAt(g.task, trace.EvCtxObserved, m.userPos(g), c.ctxCause, c.ctxBy)
}

// inStd reports whether g is running the standard library's code on
// behalf of nobody in particular (context's own propagation goroutines).
func (g *G) inStd() bool {
	for f := g.frame; f != nil; f = f.parent {
		if f.code != nil && !f.code.Std {
			return false
		}
	}
	return true
}

// popFront removes the first element of a queue. Short queues shift in
// place, so that a channel used over and over does not reallocate its
// queue on every operation.
func popFront[T any](q *[]T) T {
	s := *q
	x := s[0]
	var zero T
	if len(s) == 1 {
		// The usual queue of one waiter: nothing to shift.
		s[0] = zero
		*q = s[:0]
		return x
	}
	if len(s) <= 32 {
		copy(s, s[1:])
		s[len(s)-1] = zero
		*q = s[:len(s)-1]
		return x
	}
	s[0] = zero
	*q = s[1:]
	return x
}

func (m *Machine) chanOn(c *Chan, what string) string {
	if c != nil && c.ctxDone {
		return "ctx.Done()"
	}
	return what
}

func (m *Machine) send(fr *Frame, c *Chan, v Value, pos token.Pos) {
	m.maybePreempt()
	g := m.cur
	if c == nil {
		m.parkOp(pos, trace.StateBlocked, "chan send (nil chan)", -1, "chan send (nil chan)")
		select {} // unreachable: never readied
	}
	if c.closed {
		m.runtimePanic(fr, "send on closed channel", false)
	}
	if r := dequeue(&c.recvq); r != nil {
		r.g.wakeVal, r.g.wakeOK, r.g.wakeSel, r.g.from = v, true, r.idx, g.task
		m.eventAt(g.task, trace.EvSend, pos, "", r.g.task)
		m.ready(r.g, g)
		return
	}
	if len(c.buf) < c.cap {
		c.buf = append(c.buf, v)
		c.bufFrom = append(c.bufFrom, g.task)
		m.eventAt(g.task, trace.EvSend, pos, "buffered", -1)
		return
	}
	s := &g.sd
	*s = sudog{g: g, v: v}
	c.sendq = append(c.sendq, s)
	g.closed = false
	m.parkOp(pos, trace.StateBlocked, "chan send", -1, "chan send")
	if g.closed {
		m.runtimePanic(fr, "send on closed channel", false)
	}
	m.eventAt(g.task, trace.EvSend, pos, "", g.from)
}

// recv receives from c; ok is false for a closed, drained channel.
func (m *Machine) recv(fr *Frame, c *Chan, pos token.Pos) (Value, bool) {
	m.maybePreempt()
	g := m.cur
	if c == nil {
		m.parkOp(pos, trace.StateBlocked, "chan receive (nil chan)", -1, "chan receive (nil chan)")
		select {}
	}
	if v, ok, done := m.tryRecv(c, pos); done {
		return v, ok
	}
	s := &g.sd
	*s = sudog{g: g}
	c.recvq = append(c.recvq, s)
	if c.timer {
		m.parkOp(pos, trace.StateSleeping, "chan receive (timer)", -1, "chan receive")
	} else {
		m.parkOp(pos, trace.StateBlocked, m.chanOn(c, "chan receive"), -1, "chan receive")
	}
	m.recvEvent(c, pos, g.wakeOK, g.from)
	return g.wakeVal, g.wakeOK
}

func (m *Machine) recvEvent(c *Chan, pos token.Pos, ok bool, from int) {
	g := m.cur
	if !ok && c.ctxDone {
		if !g.inStd() {
			m.observe(c, g)
		}
		return
	}
	if !ok {
		m.eventAt(g.task, trace.EvRecv, pos, "closed", -1)
		return
	}
	m.eventAt(g.task, trace.EvRecv, pos, "", from)
}

// tryRecv completes a receive that need not block.
func (m *Machine) tryRecv(c *Chan, pos token.Pos) (Value, bool, bool) {
	g := m.cur
	if s := dequeue(&c.sendq); s != nil {
		var v Value
		from := s.g.task
		if c.cap == 0 {
			v = s.v
		} else {
			v, from = popFront(&c.buf), popFront(&c.bufFrom)
			c.buf = append(c.buf, s.v)
			c.bufFrom = append(c.bufFrom, s.g.task)
		}
		s.g.wakeSel, s.g.from = s.idx, g.task
		m.ready(s.g, g)
		m.recvEvent(c, pos, true, from)
		return v, true, true
	}
	if len(c.buf) > 0 {
		v, from := popFront(&c.buf), popFront(&c.bufFrom)
		m.recvEvent(c, pos, true, from)
		return v, true, true
	}
	if c.closed {
		m.recvEvent(c, pos, false, -1)
		return c.zero(), false, true
	}
	return Value{}, false, false
}

func (m *Machine) closeChan(fr *Frame, c *Chan, pos token.Pos) {
	if c == nil {
		m.runtimePanic(fr, "close of nil channel", false)
	}
	if c.closed {
		m.runtimePanic(fr, "close of closed channel", false)
	}
	c.closed = true
	g := m.cur
	m.eventAt(m.curTask(), trace.EvClose, pos, "", -1)
	// Like Go's closechan, collect every waiter first, then make them
	// runnable from the last collected to the first (its gList is LIFO):
	// with runnext, the first receiver queued ends up running first.
	var woken []*G
	for {
		r := dequeue(&c.recvq)
		if r == nil {
			break
		}
		r.g.wakeVal, r.g.wakeOK, r.g.wakeSel, r.g.from = c.zero(), false, r.idx, m.curTask()
		woken = append(woken, r.g)
	}
	for {
		s := dequeue(&c.sendq)
		if s == nil {
			break
		}
		s.g.closed = true
		s.g.wakeSel = s.idx
		woken = append(woken, s.g)
	}
	for i := len(woken) - 1; i >= 0; i-- {
		m.ready(woken[i], g)
	}
}

// selCase is one case of a select statement at run time.
type selCase struct {
	c    *Chan
	send bool
	v    Value
}

// selectGo runs a select. It returns the chosen case (-1 for default), and
// for a receive the value and ok.
func (m *Machine) selectGo(fr *Frame, cases []selCase, hasDefault bool, pos token.Pos) (int, Value, bool) {
	m.maybePreempt()
	g := m.cur
	n := len(cases)
	// Poll in a random order, as Go does.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := m.rng.Intn(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	for _, i := range order {
		cs := &cases[i]
		c := cs.c
		if c == nil {
			continue
		}
		if cs.send {
			if c.closed {
				m.runtimePanic(fr, "send on closed channel", false)
			}
			if r := dequeue(&c.recvq); r != nil {
				r.g.wakeVal, r.g.wakeOK, r.g.wakeSel, r.g.from = cs.v, true, r.idx, g.task
				m.eventAt(g.task, trace.EvSend, pos, "select", r.g.task)
				m.ready(r.g, g)
				return i, Value{}, false
			}
			if len(c.buf) < c.cap {
				c.buf = append(c.buf, cs.v)
				c.bufFrom = append(c.bufFrom, g.task)
				m.eventAt(g.task, trace.EvSend, pos, "select, buffered", -1)
				return i, Value{}, false
			}
			continue
		}
		if v, ok, done := m.tryRecv(c, pos); done {
			return i, v, ok
		}
	}
	if hasDefault {
		return -1, Value{}, false
	}
	if n == 0 {
		m.parkOp(pos, trace.StateBlocked, "select (no cases)", -1, "select (no cases)")
		select {}
	}
	sw := &selWait{}
	on := "select"
	for i := range cases {
		cs := &cases[i]
		if cs.c == nil {
			continue
		}
		s := &sudog{g: g, v: cs.v, sel: sw, idx: i}
		if cs.send {
			cs.c.sendq = append(cs.c.sendq, s)
		} else {
			cs.c.recvq = append(cs.c.recvq, s)
			if cs.c.ctxDone {
				on = "select (ctx.Done())"
			}
		}
	}
	allNil := true
	for i := range cases {
		if cases[i].c != nil {
			allNil = false
		}
	}
	reason := "select"
	if allNil {
		reason = "select (no cases)"
	}
	g.closed = false
	m.parkOp(pos, trace.StateBlocked, on, -1, reason)
	i := g.wakeSel
	// Drop our stale sudogs from the other channels.
	for j := range cases {
		if j == i || cases[j].c == nil {
			continue
		}
		c := cases[j].c
		if cases[j].send {
			c.sendq = removeG(c.sendq, sw)
		} else {
			c.recvq = removeG(c.recvq, sw)
		}
	}
	if cases[i].send {
		if g.closed {
			m.runtimePanic(fr, "send on closed channel", false)
		}
		m.eventAt(g.task, trace.EvSend, pos, "select", g.from)
		return i, Value{}, false
	}
	m.recvEvent(cases[i].c, pos, g.wakeOK, g.from)
	return i, g.wakeVal, g.wakeOK
}

func removeG(q []*sudog, sw *selWait) []*sudog {
	out := q[:0]
	for _, s := range q {
		if s.sel != sw {
			out = append(out, s)
		}
	}
	for i := len(out); i < len(q); i++ {
		q[i] = nil
	}
	return out
}
