package golite

import (
	"go/types"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"taskline/engine/trace"
)

// natives implements the bodiless functions of the stubs, keyed by
// nativeName. Where the standard library has the function, it is called:
// the host's strings, strconv, math and time give the exact results Go does.
var natives = map[string]nativeFn{}

// genericNatives are natives of generic functions: built per instance
// from the type arguments.
var genericNatives = map[string]func(c *compiler, targs []types.Type) nativeFn{}

func one(v Value) []Value { return []Value{v} }

func strs(v Value) []string {
	s := v.Sl()
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = x.S()
	}
	return out
}

func strSlice(s []string) Value {
	if s == nil {
		return Value{}
	}
	out := make([]Value, len(s))
	for i, x := range s {
		out[i] = mkStr(x)
	}
	return Value{R: out}
}

func (m *Machine) print(fr *Frame, stream int, s string) {
	m.emit(fr.g.task, stream, s, m.pos(m.userPos(fr.g)))
}

// emit records output in the trace and hands it to the host as it is
// printed, so that a host killed later still has it.
func (m *Machine) emit(task, stream int, s string, pos trace.Pos) {
	m.rec.Print(task, stream, s, pos)
	if m.output != nil {
		m.output(stream, s)
	}
}

func (m *Machine) errString(fr *Frame, err Value) string {
	ifc, _ := err.R.(*Iface)
	if ifc == nil {
		return "<nil>"
	}
	r := m.callMethodOn(fr, ifc.T, ifc.V, "Error", nil, nil)
	return r[0].S()
}

// hostState returns the runtime object kept in field i of a stub struct.
func hostState[T any](v Value, i int, mk func() *T) *T {
	a := v.A()
	if a == nil {
		panic(errNilReceiver{})
	}
	if s, ok := a.F[i].R.(*T); ok {
		return s
	}
	s := mk()
	a.F[i].R = s
	return s
}

type errNilReceiver struct{}

func (errNilReceiver) Error() string {
	return "runtime error: invalid memory address or nil pointer dereference"
}
func (errNilReceiver) RuntimeError() {}

type mutexState struct {
	locked   bool
	owner    *G // the goroutine holding the lock (Mutex) or write lock (RWMutex)
	waiters  []*G
	readers  int
	writer   bool
	rwaiters []*G
	wwaiters []*G
}

type wgState struct {
	n       int64
	waiters []*G
}

type notifyState struct{ waiters []*G }

func newMutex() *mutexState   { return &mutexState{} }
func newWG() *wgState         { return &wgState{} }
func newNotify() *notifyState { return &notifyState{} }

func popG(q *[]*G) *G { return popFront(q) }

func init() {
	n := natives
	// fmt
	n["fmt.Println"] = func(fr *Frame, a []Value) []Value {
		s := fr.m.sprintln(fr, a[0].Sl())
		fr.m.print(fr, 1, s)
		return []Value{mkInt(int64(len(s))), {}}
	}
	n["fmt.Print"] = func(fr *Frame, a []Value) []Value {
		s := fr.m.sprint(fr, a[0].Sl())
		fr.m.print(fr, 1, s)
		return []Value{mkInt(int64(len(s))), {}}
	}
	n["fmt.Printf"] = func(fr *Frame, a []Value) []Value {
		s := fr.m.sprintf(fr, a[0].S(), a[1].Sl())
		fr.m.print(fr, 1, s)
		return []Value{mkInt(int64(len(s))), {}}
	}
	n["fmt.Sprintf"] = func(fr *Frame, a []Value) []Value { return one(fr.m.str(fr.m.sprintf(fr, a[0].S(), a[1].Sl()))) }
	n["fmt.Sprint"] = func(fr *Frame, a []Value) []Value { return one(fr.m.str(fr.m.sprint(fr, a[0].Sl()))) }
	n["fmt.Sprintln"] = func(fr *Frame, a []Value) []Value { return one(fr.m.str(fr.m.sprintln(fr, a[0].Sl()))) }
	fprint := func(fr *Frame, w Value, s string) []Value {
		m := fr.m
		ifc, _ := w.R.(*Iface)
		if ifc == nil {
			panic(m.nilDeref())
		}
		if a, ok := ifc.V.R.(*Agg); ok && types.TypeString(ifc.T, nil) == "*os.File" {
			fd := a.F[0].I()
			if fd == 1 || fd == 2 {
				m.print(fr, int(fd), s)
			}
			return []Value{mkInt(int64(len(s))), {}}
		}
		bs := make([]Value, len(s))
		for i := 0; i < len(s); i++ {
			bs[i] = Value{N: uint64(s[i])}
		}
		return m.callMethodOn(fr, ifc.T, ifc.V, "Write", nil, []Value{{R: bs}})
	}
	n["fmt.Fprintln"] = func(fr *Frame, a []Value) []Value { return fprint(fr, a[0], fr.m.sprintln(fr, a[1].Sl())) }
	n["fmt.Fprint"] = func(fr *Frame, a []Value) []Value { return fprint(fr, a[0], fr.m.sprint(fr, a[1].Sl())) }
	n["fmt.Fprintf"] = func(fr *Frame, a []Value) []Value { return fprint(fr, a[0], fr.m.sprintf(fr, a[1].S(), a[2].Sl())) }
	n["fmt.errorf"] = func(fr *Frame, a []Value) []Value {
		p := &pp{m: fr.m, fr: fr, errorf: true}
		p.doPrintf(a[0].S(), a[1].Sl())
		w := make([]Value, len(p.wrapped))
		for i, x := range p.wrapped {
			w[i] = mkInt(int64(x))
		}
		sort.Slice(w, func(i, j int) bool { return w[i].I() < w[j].I() })
		var wv Value
		if len(w) > 0 {
			wv = Value{R: w}
		}
		return []Value{mkStr(p.b.String()), wv}
	}
	// errors
	n["errors.isComparable"] = func(fr *Frame, a []Value) []Value {
		ifc, _ := a[0].R.(*Iface)
		return one(mkBool(ifc == nil || types.Comparable(ifc.T)))
	}
	n["errors.checkTarget"] = func(fr *Frame, a []Value) []Value {
		ifc, _ := a[0].R.(*Iface)
		if ifc == nil || ifc.V.R == nil {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("errors: target must be a non-nil pointer")}}))
		}
		if _, ok := ifc.T.Underlying().(*types.Pointer); !ok {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("errors: target must be a non-nil pointer")}}))
		}
		return nil
	}
	n["errors.assignTo"] = func(fr *Frame, a []Value) []Value {
		c := fr.m.c
		err, _ := a[0].R.(*Iface)
		tgt, _ := a[1].R.(*Iface)
		et := tgt.T.Underlying().(*types.Pointer).Elem()
		if isIface(et) {
			if !c.implements(err.T, et) {
				return one(mkBool(false))
			}
			*tgt.V.R.(*Value) = a[0]
			return one(mkBool(true))
		}
		if !types.Identical(err.T, et) {
			return one(mkBool(false))
		}
		switch p := tgt.V.R.(type) {
		case *Value:
			*p = err.V
		case *Agg:
			copyAgg(p, c.cloner(et)(err.V).A())
		}
		return one(mkBool(true))
	}
	// os
	n["os.Exit"] = func(fr *Frame, a []Value) []Value { panic(exitSignal{int(a[0].I())}) }
	n["os.File.Write"] = func(fr *Frame, a []Value) []Value {
		bs := a[1].Sl()
		b := make([]byte, len(bs))
		for i, x := range bs {
			b[i] = byte(x.N)
		}
		fd := a[0].A().F[0].I()
		if fd == 1 || fd == 2 {
			fr.m.print(fr, int(fd), string(b))
		}
		return []Value{mkInt(int64(len(b))), {}}
	}
	n["os.File.WriteString"] = func(fr *Frame, a []Value) []Value {
		fd := a[0].A().F[0].I()
		if fd == 1 || fd == 2 {
			fr.m.print(fr, int(fd), a[1].S())
		}
		return []Value{mkInt(int64(len(a[1].S()))), {}}
	}
	// runtime
	n["runtime.Gosched"] = func(fr *Frame, a []Value) []Value { fr.m.yield(); return nil }
	n["runtime.NumGoroutine"] = func(fr *Frame, a []Value) []Value {
		k := 0
		for _, g := range fr.m.all {
			if g.status != gDead {
				k++
			}
		}
		return one(mkInt(int64(k)))
	}
	// sync
	n["sync.Mutex.Lock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if !s.locked {
			s.locked, s.owner = true, fr.g
			return nil
		}
		s.waiters = append(s.waiters, fr.g)
		fr.m.park(trace.StateBlocked, "sync.Mutex.Lock", s.owner.taskOr(), "sync.Mutex.Lock")
		return nil
	}
	n["sync.Mutex.TryLock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.locked {
			return one(mkBool(false))
		}
		s.locked, s.owner = true, fr.g
		return one(mkBool(true))
	}
	n["sync.Mutex.Unlock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if !s.locked {
			panic(fatalSignal{"sync: unlock of unlocked mutex"})
		}
		if len(s.waiters) > 0 {
			s.owner = popG(&s.waiters)
			fr.m.ready(s.owner, fr.g)
			return nil
		}
		s.locked, s.owner = false, nil
		return nil
	}
	n["sync.RWMutex.RLock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.writer || len(s.wwaiters) > 0 {
			s.rwaiters = append(s.rwaiters, fr.g)
			fr.m.park(trace.StateBlocked, "sync.RWMutex.RLock", s.owner.taskOr(), "sync.RWMutex.RLock")
			return nil
		}
		s.readers++
		return nil
	}
	n["sync.RWMutex.TryRLock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.writer || len(s.wwaiters) > 0 {
			return one(mkBool(false))
		}
		s.readers++
		return one(mkBool(true))
	}
	n["sync.RWMutex.RUnlock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.readers <= 0 {
			panic(fatalSignal{"sync: RUnlock of unlocked RWMutex"})
		}
		s.readers--
		if s.readers == 0 && len(s.wwaiters) > 0 {
			s.writer = true
			s.owner = popG(&s.wwaiters)
			fr.m.ready(s.owner, fr.g)
		}
		return nil
	}
	n["sync.RWMutex.Lock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.writer || s.readers > 0 {
			s.wwaiters = append(s.wwaiters, fr.g)
			fr.m.park(trace.StateBlocked, "sync.RWMutex.Lock", s.owner.taskOr(), "sync.RWMutex.Lock")
			return nil
		}
		s.writer, s.owner = true, fr.g
		return nil
	}
	n["sync.RWMutex.TryLock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if s.writer || s.readers > 0 {
			return one(mkBool(false))
		}
		s.writer, s.owner = true, fr.g
		return one(mkBool(true))
	}
	n["sync.RWMutex.Unlock"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newMutex)
		if !s.writer {
			panic(fatalSignal{"sync: Unlock of unlocked RWMutex"})
		}
		s.writer, s.owner = false, nil
		if len(s.rwaiters) > 0 {
			for len(s.rwaiters) > 0 {
				s.readers++
				fr.m.ready(popG(&s.rwaiters), fr.g)
			}
		} else if len(s.wwaiters) > 0 {
			s.writer = true
			s.owner = popG(&s.wwaiters)
			fr.m.ready(s.owner, fr.g)
		}
		return nil
	}
	n["sync.WaitGroup.Add"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 1, newWG)
		s.n += a[1].I()
		if s.n < 0 {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("sync: negative WaitGroup counter")}}))
		}
		if s.n == 0 {
			for len(s.waiters) > 0 {
				fr.m.ready(popG(&s.waiters), fr.g)
			}
		}
		return nil
	}
	n["sync.WaitGroup.Wait"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 1, newWG)
		if s.n == 0 {
			return nil
		}
		s.waiters = append(s.waiters, fr.g)
		fr.m.park(trace.StateBlocked, "sync.WaitGroup.Wait", -1, "sync.WaitGroup.Wait")
		return nil
	}
	n["sync.notifyList.wait"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newNotify)
		s.waiters = append(s.waiters, fr.g)
		fr.m.park(trace.StateBlocked, "sync.Cond.Wait", -1, "sync.Cond.Wait")
		return nil
	}
	n["sync.notifyList.notifyOne"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newNotify)
		if len(s.waiters) > 0 {
			fr.m.ready(popG(&s.waiters), fr.g)
		}
		return nil
	}
	n["sync.notifyList.notifyAll"] = func(fr *Frame, a []Value) []Value {
		s := hostState(a[0], 0, newNotify)
		for len(s.waiters) > 0 {
			fr.m.ready(popG(&s.waiters), fr.g)
		}
		return nil
	}
	// context and errgroup trace hooks
	n["context.traceDone"] = func(fr *Frame, a []Value) []Value {
		if ch, ok := a[0].R.(*Chan); ok {
			ch.ctxDone = true
		}
		return nil
	}
	n["context.traceCancel"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		cause := m.errString(fr, a[1])
		if ch, ok := a[0].R.(*Chan); ok {
			ch.ctxCause, ch.ctxBy = cause, fr.g.task
		}
		m.event(fr.g.task, trace.EvCtxCancel, m.pos(m.userPos(fr.g)), cause, -1)
		return nil
	}
	n["context.traceErr"] = func(fr *Frame, a []Value) []Value {
		if ch, ok := a[0].R.(*Chan); ok && !fr.g.inStd() {
			fr.m.observe(ch, fr.g)
		}
		return nil
	}
	n["golang.org/x/sync/errgroup.groupError"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		m.event(fr.g.task, trace.EvGroupError, m.pos(m.userPos(fr.g)), m.errString(fr, a[0]), -1)
		return nil
	}
	timeNatives(n)
	stringNatives(n)
	mathNatives(n)
}

// timerSend delivers a timer's tick from the scheduler: to a waiting
// receiver, else into the channel's one-slot buffer, else dropped. Since
// Go 1.23 a timer's channel is synchronous: Go sends a due tick only when
// a receiver comes, with the time it was due, and Stop and Reset discard
// it. The slot models that tick not yet taken: len and cap report 0, a
// late receiver gets the value at once, and Stop/Reset drain it and count
// the timer as still pending (expiredUnread). The
// trace shows a tick that wakes a goroutine on the runtime's lane (a timer
// event, related to the goroutine it wakes).
func (m *Machine) timerSend(rt *rtTimer, v Value) {
	c := rt.ch
	if r := dequeue(&c.recvq); r != nil {
		r.g.wakeVal, r.g.wakeOK, r.g.wakeSel, r.g.from = v, true, r.idx, -1
		if ev := m.event(trace.LoopTask, trace.EvTimer, rt.pos, rt.what, r.g.task); ev >= 0 && r.g.started {
			m.timerWake = ev + 1
		}
		m.ready(r.g, nil)
		return
	}
	if len(c.buf) < c.cap {
		// Not an event: in Go nothing happens until a receiver comes.
		c.buf = append(c.buf, v)
		c.bufFrom = append(c.bufFrom, -1)
	}
}

type rtTimer struct {
	t    *timer
	ch   *Chan
	fire func()
	pos  trace.Pos // where the program made it
	what string    // for the trace: "timer 1s", "ticker 100ms"
}

func drain(c *Chan) {
	if c != nil {
		c.buf, c.bufFrom = c.buf[:0], c.bufFrom[:0]
	}
}

func timeNatives(n map[string]nativeFn) {
	n["time.Duration.String"] = func(fr *Frame, a []Value) []Value { return one(mkStr(time.Duration(a[0].I()).String())) }
	n["time.Duration.Round"] = func(fr *Frame, a []Value) []Value {
		return one(mkInt(int64(time.Duration(a[0].I()).Round(time.Duration(a[1].I())))))
	}
	n["time.Duration.Truncate"] = func(fr *Frame, a []Value) []Value {
		return one(mkInt(int64(time.Duration(a[0].I()).Truncate(time.Duration(a[1].I())))))
	}
	n["time.parseDuration"] = func(fr *Frame, a []Value) []Value {
		d, err := time.ParseDuration(a[0].S())
		if err != nil {
			return []Value{{}, mkStr(err.Error())}
		}
		return []Value{mkInt(int64(d)), mkStr("")}
	}
	n["time.Month.String"] = func(fr *Frame, a []Value) []Value { return one(mkStr(time.Month(a[0].I()).String())) }
	n["time.Weekday.String"] = func(fr *Frame, a []Value) []Value { return one(mkStr(time.Weekday(a[0].I()).String())) }
	n["time.Sleep"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		d := a[0].I()
		if d <= 0 {
			return nil
		}
		g := fr.g
		ds := time.Duration(d).String()
		ev := m.event(g.task, trace.EvSleep, m.pos(m.userPos(g)), ds, -1)
		m.addTimer(m.when(d), func() { m.ready(g, nil) })
		m.parkAt(trace.StateSleeping, "time.Sleep "+ds, -1, "sleep", ev)
		return nil
	}
	newTimer := func(fr *Frame, d int64, period int64, f Value) *rtTimer {
		m := fr.m
		rt := &rtTimer{}
		if f.R != nil {
			cl := f.R.(*Closure)
			// The goroutine a timer starts is attributed to the program
			// line that set the timer (time.AfterFunc, context.WithTimeout).
			at := m.userPos(fr.g)
			label := m.c.timerLabel(m.pos(at).Line)
			rt.fire = func() {
				g := m.spawn(nil, "time.goFunc", label, at, at, func(root *Frame) {
					m.callClosure(root, cl, nil)
				})
				m.event(trace.LoopTask, trace.EvTimer, m.pos(at), label, g.task)
			}
		} else {
			rt.ch = &Chan{cap: 1, zero: zeroTime, ctxBy: -1, timer: true}
			rt.pos = m.pos(m.userPos(fr.g))
			rt.what = "timer " + time.Duration(d).String()
			if period > 0 {
				rt.what = "ticker " + time.Duration(period).String()
			}
			rt.fire = func() { m.timerSend(rt, m.timeValueAt(m.fireWhen)) }
		}
		if d < 0 {
			d = 0
		}
		rt.t = m.addTimer(m.when(d), rt.fire)
		rt.t.period = period
		rt.t.ch = rt.ch
		return rt
	}
	mkTimer := func(rt *rtTimer) Value {
		var ch Value
		if rt.ch != nil {
			ch = Value{R: rt.ch}
		}
		return Value{R: &Agg{F: []Value{ch, {R: rt}}}}
	}
	n["time.NewTimer"] = func(fr *Frame, a []Value) []Value { return one(mkTimer(newTimer(fr, a[0].I(), 0, Value{}))) }
	n["time.AfterFunc"] = func(fr *Frame, a []Value) []Value { return one(mkTimer(newTimer(fr, a[0].I(), 0, a[1]))) }
	rtOf := func(fr *Frame, v Value) *rtTimer {
		a := v.A()
		if a == nil {
			panic(fr.m.nilDeref())
		}
		rt, _ := a.F[1].R.(*rtTimer)
		if rt == nil {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("time: Stop called on uninitialized Timer")}}))
		}
		return rt
	}
	// expiredUnread: a timer that fired with nobody receiving has, in Go
	// 1.23+, not sent yet, so Stop and Reset report it as pending.
	expiredUnread := func(rt *rtTimer) bool { return rt.ch != nil && len(rt.ch.buf) > 0 }
	n["time.Timer.Stop"] = func(fr *Frame, a []Value) []Value {
		rt := rtOf(fr, a[0])
		active := !rt.t.dead || expiredUnread(rt)
		rt.t.dead = true
		drain(rt.ch)
		return one(mkBool(active))
	}
	n["time.Timer.Reset"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		rt := rtOf(fr, a[0])
		active := !rt.t.dead || expiredUnread(rt)
		rt.t.dead = true
		drain(rt.ch)
		rt.t = m.addTimer(m.when(a[1].I()), rt.fire)
		rt.t.ch = rt.ch
		return one(mkBool(active))
	}
	n["time.NewTicker"] = func(fr *Frame, a []Value) []Value {
		d := a[0].I()
		if d <= 0 {
			panic(fr.m.newPanic(fr, fr.m.errorValue("non-positive interval for NewTicker")))
		}
		return one(mkTimer(newTimer(fr, d, d, Value{})))
	}
	n["time.Ticker.Stop"] = func(fr *Frame, a []Value) []Value {
		rt := rtOf(fr, a[0])
		rt.t.dead = true
		drain(rt.ch)
		return nil
	}
	n["time.Ticker.Reset"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		rt := rtOf(fr, a[0])
		d := a[1].I()
		if d <= 0 {
			panic(m.newPanic(fr, m.errorValue("non-positive interval for Ticker.Reset")))
		}
		rt.t.dead = true
		drain(rt.ch)
		rt.t = m.addTimer(m.when(d), rt.fire)
		rt.t.period = d
		rt.t.ch = rt.ch
		return nil
	}
}

func stringNatives(n map[string]nativeFn) {
	s1 := func(f func(string) string) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkStr(f(a[0].S()))) }
	}
	ssB := func(f func(string, string) bool) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkBool(f(a[0].S(), a[1].S()))) }
	}
	ssI := func(f func(string, string) int) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkInt(int64(f(a[0].S(), a[1].S())))) }
	}
	ssS := func(f func(string, string) string) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkStr(f(a[0].S(), a[1].S()))) }
	}
	n["strings.Contains"] = ssB(strings.Contains)
	n["strings.ContainsAny"] = ssB(strings.ContainsAny)
	n["strings.ContainsRune"] = func(fr *Frame, a []Value) []Value { return one(mkBool(strings.ContainsRune(a[0].S(), rune(a[1].I())))) }
	n["strings.HasPrefix"] = ssB(strings.HasPrefix)
	n["strings.HasSuffix"] = ssB(strings.HasSuffix)
	n["strings.EqualFold"] = ssB(strings.EqualFold)
	n["strings.Index"] = ssI(strings.Index)
	n["strings.IndexAny"] = ssI(strings.IndexAny)
	n["strings.LastIndex"] = ssI(strings.LastIndex)
	n["strings.Count"] = ssI(strings.Count)
	n["strings.Compare"] = ssI(strings.Compare)
	n["strings.IndexByte"] = func(fr *Frame, a []Value) []Value {
		return one(mkInt(int64(strings.IndexByte(a[0].S(), byte(a[1].N)))))
	}
	n["strings.IndexRune"] = func(fr *Frame, a []Value) []Value {
		return one(mkInt(int64(strings.IndexRune(a[0].S(), rune(a[1].I())))))
	}
	n["strings.TrimPrefix"] = ssS(strings.TrimPrefix)
	n["strings.TrimSuffix"] = ssS(strings.TrimSuffix)
	n["strings.Trim"] = ssS(strings.Trim)
	n["strings.TrimLeft"] = ssS(strings.TrimLeft)
	n["strings.TrimRight"] = ssS(strings.TrimRight)
	n["strings.ReplaceAll"] = func(fr *Frame, a []Value) []Value {
		return one(fr.m.str(strings.ReplaceAll(a[0].S(), a[1].S(), a[2].S())))
	}
	n["strings.Replace"] = func(fr *Frame, a []Value) []Value {
		return one(fr.m.str(strings.Replace(a[0].S(), a[1].S(), a[2].S(), int(a[3].I()))))
	}
	n["strings.ToUpper"] = s1(strings.ToUpper)
	n["strings.ToLower"] = s1(strings.ToLower)
	n["strings.Title"] = s1(strings.Title) //lint:ignore SA1019 programs may use it
	n["strings.TrimSpace"] = s1(strings.TrimSpace)
	n["strings.Split"] = func(fr *Frame, a []Value) []Value { return one(strSlice(strings.Split(a[0].S(), a[1].S()))) }
	n["strings.SplitAfter"] = func(fr *Frame, a []Value) []Value { return one(strSlice(strings.SplitAfter(a[0].S(), a[1].S()))) }
	n["strings.SplitN"] = func(fr *Frame, a []Value) []Value {
		return one(strSlice(strings.SplitN(a[0].S(), a[1].S(), int(a[2].I()))))
	}
	n["strings.Fields"] = func(fr *Frame, a []Value) []Value { return one(strSlice(strings.Fields(a[0].S()))) }
	n["strings.Join"] = func(fr *Frame, a []Value) []Value {
		ss, sep := strs(a[0]), a[1].S()
		n := int64(len(sep)) * int64(max(len(ss)-1, 0))
		for _, x := range ss {
			n += int64(len(x))
		}
		fr.m.alloc(n)
		return one(mkStr(strings.Join(ss, sep)))
	}
	n["strings.Repeat"] = func(fr *Frame, a []Value) []Value {
		if a[1].I() < 0 {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("strings: negative Repeat count")}}))
		}
		if hi, lo := bits.Mul64(uint64(len(a[0].S())), uint64(a[1].I())); hi > 0 || lo > math.MaxInt64 {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("strings: Repeat output length overflow")}}))
		}
		fr.m.alloc(int64(len(a[0].S())) * a[1].I())
		return one(mkStr(strings.Repeat(a[0].S(), int(a[1].I()))))
	}
	n["strings.Cut"] = func(fr *Frame, a []Value) []Value {
		b, af, ok := strings.Cut(a[0].S(), a[1].S())
		return []Value{mkStr(b), mkStr(af), mkBool(ok)}
	}
	n["strings.replace"] = func(fr *Frame, a []Value) []Value {
		return one(mkStr(strings.NewReplacer(strs(a[0])...).Replace(a[1].S())))
	}
	newB := func() *strings.Builder { return &strings.Builder{} }
	n["strings.Builder.WriteString"] = func(fr *Frame, a []Value) []Value {
		b := hostState(a[0], 0, newB)
		fr.m.growBuilder(b, len(a[1].S()))
		b.WriteString(a[1].S())
		return []Value{mkInt(int64(len(a[1].S()))), {}}
	}
	n["strings.Builder.WriteByte"] = func(fr *Frame, a []Value) []Value {
		b := hostState(a[0], 0, newB)
		fr.m.growBuilder(b, 1)
		b.WriteByte(byte(a[1].N))
		return []Value{{}}
	}
	n["strings.Builder.WriteRune"] = func(fr *Frame, a []Value) []Value {
		b := hostState(a[0], 0, newB)
		fr.m.growBuilder(b, utf8.UTFMax)
		k, _ := b.WriteRune(rune(a[1].I()))
		return []Value{mkInt(int64(k)), {}}
	}
	n["strings.Builder.Write"] = func(fr *Frame, a []Value) []Value {
		b := hostState(a[0], 0, newB)
		fr.m.growBuilder(b, len(a[1].Sl()))
		for _, x := range a[1].Sl() {
			b.WriteByte(byte(x.N))
		}
		return []Value{mkInt(int64(len(a[1].Sl()))), {}}
	}
	n["strings.Builder.String"] = func(fr *Frame, a []Value) []Value {
		if a[0].A() == nil {
			panic(fr.m.nilDeref())
		}
		if b, ok := a[0].A().F[0].R.(*strings.Builder); ok {
			return one(mkStr(b.String()))
		}
		return one(mkStr(""))
	}
	n["strings.Builder.Len"] = func(fr *Frame, a []Value) []Value { return one(mkInt(int64(hostState(a[0], 0, newB).Len()))) }
	n["strings.Builder.Reset"] = func(fr *Frame, a []Value) []Value { hostState(a[0], 0, newB).Reset(); return nil }
	n["strings.Builder.Grow"] = func(fr *Frame, a []Value) []Value {
		if a[1].I() < 0 {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("strings.Builder.Grow: negative count")}}))
		}
		b := hostState(a[0], 0, newB)
		fr.m.growBuilder(b, int(min(a[1].I(), math.MaxInt32)))
		b.Grow(int(a[1].I()))
		return nil
	}
	// strconv
	n["strconv.Itoa"] = func(fr *Frame, a []Value) []Value { return one(mkStr(strconv.Itoa(int(a[0].I())))) }
	n["strconv.FormatInt"] = func(fr *Frame, a []Value) []Value { return one(mkStr(strconv.FormatInt(a[0].I(), int(a[1].I())))) }
	n["strconv.FormatUint"] = func(fr *Frame, a []Value) []Value { return one(mkStr(strconv.FormatUint(a[0].N, int(a[1].I())))) }
	n["strconv.FormatBool"] = func(fr *Frame, a []Value) []Value { return one(mkStr(strconv.FormatBool(a[0].B()))) }
	n["strconv.FormatFloat"] = func(fr *Frame, a []Value) []Value {
		return one(mkStr(strconv.FormatFloat(a[0].F(), byte(a[1].N), int(a[2].I()), int(a[3].I()))))
	}
	n["strconv.Quote"] = s1(strconv.Quote)
	n["strconv.QuoteRune"] = func(fr *Frame, a []Value) []Value { return one(mkStr(strconv.QuoteRune(rune(a[0].I())))) }
	code := func(err error) Value {
		if err == nil {
			return Value{}
		}
		if strings.Contains(err.Error(), "out of range") {
			return mkInt(2)
		}
		return mkInt(1)
	}
	n["strconv.parseInt"] = func(fr *Frame, a []Value) []Value {
		v, err := strconv.ParseInt(a[0].S(), int(a[1].I()), int(a[2].I()))
		return []Value{mkInt(v), code(err)}
	}
	n["strconv.parseUint"] = func(fr *Frame, a []Value) []Value {
		v, err := strconv.ParseUint(a[0].S(), int(a[1].I()), int(a[2].I()))
		return []Value{mkUint(v), code(err)}
	}
	n["strconv.parseFloat"] = func(fr *Frame, a []Value) []Value {
		v, err := strconv.ParseFloat(a[0].S(), int(a[1].I()))
		return []Value{mkFloat(v), code(err)}
	}
	n["strconv.unquote"] = func(fr *Frame, a []Value) []Value {
		s, err := strconv.Unquote(a[0].S())
		return []Value{mkStr(s), mkBool(err == nil)}
	}
	// unicode
	rb := func(f func(rune) bool) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkBool(f(rune(a[0].I())))) }
	}
	n["unicode.IsUpper"] = rb(unicode.IsUpper)
	n["unicode.IsLower"] = rb(unicode.IsLower)
	n["unicode.IsDigit"] = rb(unicode.IsDigit)
	n["unicode.IsNumber"] = rb(unicode.IsNumber)
	n["unicode.IsLetter"] = rb(unicode.IsLetter)
	n["unicode.IsSpace"] = rb(unicode.IsSpace)
	n["unicode.IsPunct"] = rb(unicode.IsPunct)
	n["unicode.ToUpper"] = func(fr *Frame, a []Value) []Value { return one(mkInt(int64(unicode.ToUpper(rune(a[0].I()))))) }
	n["unicode.ToLower"] = func(fr *Frame, a []Value) []Value { return one(mkInt(int64(unicode.ToLower(rune(a[0].I()))))) }
	// sort
	n["sort.Ints"] = func(fr *Frame, a []Value) []Value {
		s := a[0].Sl()
		sort.Slice(s, func(i, j int) bool { return s[i].I() < s[j].I() })
		return nil
	}
	n["sort.Float64s"] = func(fr *Frame, a []Value) []Value {
		s := a[0].Sl()
		sort.Slice(s, func(i, j int) bool { x, y := s[i].F(), s[j].F(); return x < y || x != x && y == y })
		return nil
	}
	n["sort.Strings"] = func(fr *Frame, a []Value) []Value {
		s := a[0].Sl()
		sort.Slice(s, func(i, j int) bool { return s[i].S() < s[j].S() })
		return nil
	}
	sliceOf := func(v Value) []Value {
		ifc, _ := v.R.(*Iface)
		if ifc == nil {
			return nil
		}
		return ifc.V.Sl()
	}
	lessOf := func(fr *Frame, f Value) func(i, j int) bool {
		cl := f.R.(*Closure)
		return func(i, j int) bool {
			return fr.m.callClosure(fr, cl, []Value{mkInt(int64(i)), mkInt(int64(j))})[0].B()
		}
	}
	n["sort.Slice"] = func(fr *Frame, a []Value) []Value { sort.Slice(sliceOf(a[0]), lessOf(fr, a[1])); return nil }
	n["sort.SliceStable"] = func(fr *Frame, a []Value) []Value {
		sort.SliceStable(sliceOf(a[0]), lessOf(fr, a[1]))
		return nil
	}
	n["sort.lenOf"] = func(fr *Frame, a []Value) []Value { return one(mkInt(int64(len(sliceOf(a[0]))))) }
	n["sort.Sort"] = func(fr *Frame, a []Value) []Value { sort.Sort(&sortIface{fr, a[0]}); return nil }
	n["sort.Stable"] = func(fr *Frame, a []Value) []Value { sort.Stable(&sortIface{fr, a[0]}); return nil }
	// math/rand: drawn from the run's seeded source.
	n["math/rand.Intn"] = func(fr *Frame, a []Value) []Value {
		if a[0].I() <= 0 {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("invalid argument to Intn")}}))
		}
		return one(mkInt(fr.m.rng.Int63n(a[0].I())))
	}
	n["math/rand.Int31n"] = func(fr *Frame, a []Value) []Value { return one(mkInt(int64(fr.m.rng.Int31n(int32(a[0].I()))))) }
	n["math/rand.Int"] = func(fr *Frame, a []Value) []Value { return one(mkInt(fr.m.rng.Int63())) }
	n["math/rand.Int63"] = func(fr *Frame, a []Value) []Value { return one(mkInt(fr.m.rng.Int63())) }
	n["math/rand.Float64"] = func(fr *Frame, a []Value) []Value { return one(mkFloat(fr.m.rng.Float64())) }
	genericNatives["slices.Sort"] = func(c *compiler, targs []types.Type) nativeFn {
		var et types.Type = types.Typ[types.Int]
		if len(targs) == 2 {
			et = targs[1]
		}
		return func(fr *Frame, a []Value) []Value {
			s := a[0].Sl()
			sort.Slice(s, func(i, j int) bool { return compareKeys(et, s[i], s[j]) < 0 })
			return nil
		}
	}
	cmpSort := func(stable bool) func(c *compiler, targs []types.Type) nativeFn {
		return func(c *compiler, targs []types.Type) nativeFn {
			return func(fr *Frame, a []Value) []Value {
				s := a[0].Sl()
				cl := a[1].R.(*Closure)
				less := func(i, j int) bool { return fr.m.callClosure(fr, cl, []Value{s[i], s[j]})[0].I() < 0 }
				if stable {
					sort.SliceStable(s, less)
				} else {
					sort.Slice(s, less)
				}
				return nil
			}
		}
	}
	genericNatives["slices.SortFunc"] = cmpSort(false)
	genericNatives["slices.SortStableFunc"] = cmpSort(true)
}

type sortIface struct {
	fr *Frame
	v  Value
}

func (s *sortIface) Len() int {
	return int(s.fr.m.callMethod(s.fr, s.v, "Len", nil, nil)[0].I())
}
func (s *sortIface) Less(i, j int) bool {
	return s.fr.m.callMethod(s.fr, s.v, "Less", nil, []Value{mkInt(int64(i)), mkInt(int64(j))})[0].B()
}
func (s *sortIface) Swap(i, j int) {
	s.fr.m.callMethod(s.fr, s.v, "Swap", nil, []Value{mkInt(int64(i)), mkInt(int64(j))})
}

func mathNatives(n map[string]nativeFn) {
	f1 := func(f func(float64) float64) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkFloat(f(a[0].F()))) }
	}
	f2 := func(f func(float64, float64) float64) nativeFn {
		return func(fr *Frame, a []Value) []Value { return one(mkFloat(f(a[0].F(), a[1].F()))) }
	}
	for name, f := range map[string]func(float64) float64{
		"Sqrt": math.Sqrt, "Abs": math.Abs, "Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc,
		"Round": math.Round, "RoundToEven": math.RoundToEven, "Log": math.Log, "Log2": math.Log2, "Log10": math.Log10,
		"Log1p": math.Log1p, "Exp": math.Exp, "Exp2": math.Exp2, "Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan,
		"Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan, "Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh,
		"Cbrt": math.Cbrt,
	} {
		n["math."+name] = f1(f)
	}
	for name, f := range map[string]func(float64, float64) float64{
		"Pow": math.Pow, "Max": math.Max, "Min": math.Min, "Mod": math.Mod, "Atan2": math.Atan2, "Hypot": math.Hypot,
		"Copysign": math.Copysign,
	} {
		n["math."+name] = f2(f)
	}
	n["math.Inf"] = func(fr *Frame, a []Value) []Value { return one(mkFloat(math.Inf(int(a[0].I())))) }
	n["math.NaN"] = func(fr *Frame, a []Value) []Value { return one(mkFloat(math.NaN())) }
	n["math.IsNaN"] = func(fr *Frame, a []Value) []Value { return one(mkBool(math.IsNaN(a[0].F()))) }
	n["math.IsInf"] = func(fr *Frame, a []Value) []Value { return one(mkBool(math.IsInf(a[0].F(), int(a[1].I())))) }
	n["math.Signbit"] = func(fr *Frame, a []Value) []Value { return one(mkBool(math.Signbit(a[0].F()))) }
	n["math.Float64bits"] = func(fr *Frame, a []Value) []Value { return one(mkUint(a[0].N)) }
	n["math.Float64frombits"] = func(fr *Frame, a []Value) []Value { return one(Value{N: a[0].N}) }
	n["math.Float32bits"] = func(fr *Frame, a []Value) []Value { return one(mkUint(uint64(math.Float32bits(float32(a[0].F()))))) }
	n["math.Modf"] = func(fr *Frame, a []Value) []Value {
		i, f := math.Modf(a[0].F())
		return []Value{mkFloat(i), mkFloat(f)}
	}
}

// str charges a string the host has just made (fmt.Sprintf's result, a
// replacement) and returns it as a Value. Such results are bounded by their
// inputs, which were charged, so making them first is safe.
func (m *Machine) str(s string) Value {
	m.alloc(int64(len(s)))
	return mkStr(s)
}

// growBuilder charges a strings.Builder's growth before it happens: its
// buffer doubles, as Go's does, when n more bytes do not fit.
func (m *Machine) growBuilder(b *strings.Builder, n int) {
	if b.Len()+n > b.Cap() {
		m.alloc(2*int64(b.Cap()) + int64(n))
	}
}
