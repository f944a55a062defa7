package golite

import (
	"fmt"
	"go/token"
	"go/types"
	"math"
	"math/rand"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"taskline/engine/sched"
	"taskline/engine/trace"
)

// Machine runs one compiled program: the goroutines, their run queue, the
// timers on the virtual clock and the trace being recorded.
//
// Scheduling follows Go's with one P: a goroutine made runnable (created,
// or woken by a channel operation) goes to runnext, pushing the previous
// runnext to the tail of the run queue; the running goroutine keeps running
// until it blocks. A non-zero seed instead places woken goroutines at random
// in the queue and preempts at channel operations, so that each seed picks
// another legal interleaving.
type Machine struct {
	c   *compiler
	rec *trace.Recorder
	// timerWake is 1 + the index of the timer event that wakes the
	// goroutine being readied, or 0: that event begins its ready span.
	timerWake int
	clock     sched.Clock
	budget    sched.Budget
	rng       *rand.Rand
	seed      int64
	file      string

	runq    []*G // the run queue is runq[rqHead:]
	rqHead  int
	runnext *G
	cur     *G
	all     []*G
	nextID  int
	main    *G
	timers  sched.Heap[*timer]
	tseq    int64
	// fireWhen is when the timer being fired was due (a tick that waited
	// for its receiver carries that time, not the time it is taken).
	fireWhen int64
	preempt  int64 // steps since the last preemption point
	// preemptCheck is the preempt count at which loopDue asks for
	// loopSlow: preemptEvery, or 0 (every step) with a seed.
	preemptCheck int64
	// stepCheck is the budget's Used count at which step must make
	// Budget.Step's checks (0: at once).
	stepCheck int64
	// hostObjs are host values a program's library object holds by
	// index (a json.Decoder's host decoder).
	hostObjs []any

	posC map[token.Pos]trace.Pos
	// fibers is how many goroutines hold a fiber (started and not
	// ended), fiberPeak the most that ever did in this run.
	fibers    int
	fiberPeak int
	done      bool
	outcome   trace.Outcome
	errInfo   *trace.Error
	maxDepth  int
	std       stdState

	mem sched.Memory
	// output receives output as it is printed (engine.Options.Output).
	output func(stream int, text string)
}

// G is a goroutine.
type G struct {
	id   int
	task int
	// fiber runs it, from its first run to its end (onFiber).
	fiber sched.Fiber
	// start is what the goroutine runs, called with root, the frame below
	// its first function's (spawn). Both are held here, not in a closure
	// of spawn's: one allocation per goroutine fewer for each.
	start   func(root *Frame)
	root    Frame
	frame   *Frame // innermost frame, for tracebacks
	status  int
	reason  string // wait reason, as in Go's goroutine dumps
	started bool
	onFiber bool // started and not ended: fiber holds a coroutine
	nested  bool // resumed by another goroutine's fiber (switchAway)
	// Filled by whoever wakes a blocked goroutine.
	wakeSel        int
	wakeVal        Value
	wakeOK         bool
	closed         bool // a sender woken by close
	from           int  // partner task of the completed operation
	creator        *G
	cpos           token.Pos
	fname          string
	cname          string // the function that ran the go statement
	pendingRecover *goPanic
	// crashStack, when set, is the stack an unrecovered panic chain
	// leaves, innermost first (see panicStack).
	crashStack []*Frame
	// sd is the sudog of a blocking send or receive outside select; a
	// goroutine waits on one such operation at a time.
	sd sudog
}

const (
	gRunnable = iota
	gRunning
	gWaiting
	gDead
)

type timer struct {
	when int64
	seq  int64
	dead bool
	fire func()
	// period > 0 for tickers
	period int64
	// ch is the channel of a time.Timer or Ticker, nil for other timers.
	ch *Chan
}

// epoch is the Go playground's time.Now at the start of a run.
const epoch = 1257894000 * 1e9

// maxDepth is the call depth at which a goroutine's stack overflows. Go
// allows a 1 GB stack; the evaluator's frames live on the host stack, which
// in a browser is the JavaScript engine's: V8's default 984 KB holds between
// 3,000 and 4,000 of the evaluator's calls (measured with node's default
// --stack-size), past which the tab gets a RangeError instead of Go's
// error. 2,000 leaves room for deeper expressions within each call.
var maxDepth = func() int {
	if runtime.GOARCH == "wasm" {
		return 2000
	}
	return 100000
}()

// Signals that unwind a goroutine without running user defers.
type exitSignal struct{ code int }
type stopSignal struct{ err error }
type fatalSignal struct{ msg string }

// goPanic is a Go panic in flight.
type goPanic struct {
	val       Value // an interface value (any)
	recovered bool
	g         *G
	pos       token.Pos
	frame     *Frame
	prev      *goPanic // the panic this one replaced while running defers
}

func newMachine(c *compiler, o optsLite) *Machine {
	m := &Machine{c: c, seed: o.seed, file: o.file, maxDepth: maxDepth, posC: map[token.Pos]trace.Pos{}}
	src := o.seed
	if src == 0 {
		src = 0x5eed
	}
	m.rng = rand.New(rand.NewSource(src))
	m.rec = trace.NewRecorder("go", "go", o.file, func() int64 { return m.clock.Now() })
	m.rec.Limit = traceLimit
	if o.traceLimit > 0 {
		m.rec.Limit = o.traceLimit
	}
	m.budget = sched.Budget{Max: o.maxSteps, Poll: o.poll, PollEvery: 1 << 14}
	// CPU work takes virtual time (docs/COST.md): two timers made one
	// after another get different deadlines, as Go's nanotime() gives them.
	m.clock.CountSteps(&m.budget, sched.GoStepCost)
	m.mem = newMemory(o.maxMemory)
	m.output = o.output
	m.timers.Less = func(a, b *timer) bool {
		if a.when != b.when {
			return a.when < b.when
		}
		return a.seq < b.seq
	}
	m.nextID = 19 // the first user goroutine in a Go 1.2x binary
	m.preemptCheck = preemptEvery
	if m.seed != 0 {
		m.preemptCheck = 0
	}
	return m
}

type optsLite struct {
	seed     int64
	file     string
	maxSteps int64
	poll     func() bool

	maxMemory  int64
	traceLimit int
	output     func(stream int, text string)
}

func (m *Machine) pos(p token.Pos) trace.Pos {
	if !p.IsValid() {
		return trace.Pos{}
	}
	if tp, ok := m.posC[p]; ok {
		return tp
	}
	ps := m.c.fset.Position(p)
	var tp trace.Pos
	if ps.Filename == m.file {
		tp = trace.Pos{Line: ps.Line, Col: ps.Column}
	}
	m.posC[p] = tp
	return tp
}

// userPos is the position of the innermost frame of package main on g.
func (m *Machine) userPos(g *G) token.Pos {
	if g == nil {
		return token.NoPos
	}
	for f := g.frame; f != nil; f = f.parent {
		if f.code != nil && !f.code.Std {
			return f.pos
		}
	}
	// Running library code only (errgroup's goroutines, timers): the
	// place in the program that started this goroutine.
	return g.cpos
}

func (m *Machine) curTask() int {
	if m.cur == nil {
		return -1
	}
	return m.cur.task
}

// spawn creates a goroutine running body. creator may be nil (timers).
// label is the lane label of the goroutine (trace.Task.Label).
func (m *Machine) spawn(creator *G, name, label string, defPos, pos token.Pos, start func(root *Frame)) *G {
	if creator != nil && m.pos(pos) == (trace.Pos{}) {
		// A goroutine started by library code (errgroup.Go, WaitGroup.Go,
		// context): attribute it to the program's call.
		pos = m.userPos(creator)
	}
	g := &G{creator: creator, cpos: pos, fname: name, start: start}
	g.root.g, g.root.m = g, m
	if creator != nil && creator.frame != nil && creator.frame.code != nil {
		g.cname = creator.frame.code.Name
	}
	if creator == nil && len(m.all) == 0 {
		g.id = 1
	} else {
		g.id = m.nextID
		m.nextID++
	}
	parent := -1
	if creator != nil {
		parent = creator.task
	}
	tname := "main"
	if g.id != 1 {
		tname = "goroutine " + strconv.Itoa(g.id)
	}
	// A goroutine costs its stack. One started by a timer (no creator) is
	// charged without failing: the scheduler, not a goroutine, starts it.
	if creator != nil {
		m.alloc(goroutineBytes)
	} else {
		m.mem.Used += goroutineBytes
	}
	g.task = m.rec.AddTask(trace.KindGoroutine, tname, name, parent, m.pos(pos), m.pos(defPos))
	m.rec.SetLabel(g.task, label)
	m.all = append(m.all, g)
	m.ready(g, creator)
	return g
}

// goBody runs g's code, on the fiber of the worker that runs g.
func (m *Machine) goBody(g *G) {
	defer m.goexit(g)
	start := g.start
	g.start = nil
	start(&g.root)
}

// goexit runs when a goroutine's body ends, normally or not. Unknown
// panics (a fiber being killed) pass through.
func (m *Machine) goexit(g *G) {
	r := recover()
	g.status = gDead
	m.mem.Release(goroutineBytes)
	if debugPanics && r != nil {
		if p, ok := r.(*goPanic); !ok && !isKill(r) {
			println(string(debug.Stack()))
		} else {
			fmt.Printf("goPanic %+v\n", p)
			defer func() {
				if r := recover(); r != nil {
					println(string(debug.Stack()))
					panic(r)
				}
			}()
		}
	}
	switch r := r.(type) {
	case nil:
		if g == m.main {
			m.finish(trace.OutcomeOK, 0)
		}
		m.event(g.task, trace.EvDone, trace.Pos{}, "exit", -1)
		m.rec.EndTask(g.task, trace.EndDone, "")
		return
	case *goPanic:
		m.crashPanic(g, r)
	case exitSignal:
		m.event(g.task, trace.EvExit, m.pos(m.userPos(g)), fmt.Sprint(r.code), -1)
		m.finish(trace.OutcomeExit, r.code)
		m.errInfo = &trace.Error{Type: "os.Exit", Message: fmt.Sprint(r.code), Line: fmt.Sprintf("exit status %d", r.code), Task: g.task, Pos: m.pos(m.userPos(g))}
		m.rec.EndTask(g.task, trace.EndDone, "os.Exit")
	case stopSignal:
		if r.err == sched.ErrStopped {
			m.finish(trace.OutcomeStopped, trace.ExitStopped)
			m.errInfo = &trace.Error{Type: "stopped", Message: "stopped", Line: "stopped", Task: g.task, Pos: m.pos(m.userPos(g))}
		} else {
			m.finish(trace.OutcomeStepLimit, trace.ExitStepLimit)
			msg := fmt.Sprintf("step limit exceeded (%d steps)", m.budget.Max)
			m.errInfo = &trace.Error{Type: "step-limit", Message: msg, Line: "taskline: " + msg, Task: g.task, Pos: m.pos(m.userPos(g))}
			m.emit(g.task, 2, "taskline: "+msg+"\n", trace.Pos{})
		}
		m.rec.EndTask(g.task, trace.EndFailed, "stopped")
	case fatalSignal:
		m.fatal(g, r.msg)
	case outOfMemory:
		m.fatalWith(g, oomText(r), "out of memory")
	default:
		if isKill(r) {
			panic(r)
		}
		if p := hostPanic(m, g, r); p != nil {
			m.crashPanic(g, p)
			return
		}
		msg := fmt.Sprint(r)
		m.finish(trace.OutcomeInternal, trace.ExitInternal)
		m.errInfo = &trace.Error{Type: "internal", Message: msg, Line: "internal error: " + msg, Task: g.task, Pos: m.pos(m.userPos(g))}
		m.emit(g.task, 2, "taskline: internal error: "+msg+"\n", trace.Pos{})
		m.rec.EndTask(g.task, trace.EndFailed, "internal error")
	}
}

func isKill(r any) bool { return sched.IsKill(r) }

func (m *Machine) finish(kind string, code int) {
	if m.done {
		return
	}
	m.done = true
	m.outcome.Kind = kind
	m.outcome.ExitCode = code
}

// fatal ends the run the way the Go runtime's fatal errors do.
func (m *Machine) fatal(g *G, msg string) {
	pre := ""
	if msg == "stack overflow" {
		pre = "runtime: goroutine stack exceeds 1000000000-byte limit\n"
	}
	m.fatalWith(g, pre, msg)
}

// fatalWith is fatal with the runtime's lines that precede "fatal error:".
func (m *Machine) fatalWith(g *G, pre, msg string) {
	task := -1
	if g != nil {
		task = g.task
	}
	var b strings.Builder
	b.WriteString(pre)
	fmt.Fprintf(&b, "fatal error: %s\n", msg)
	m.dumpGoroutines(&b, g, msg == "all goroutines are asleep - deadlock!")
	m.emit(task, 2, b.String(), trace.Pos{})
	kind := trace.OutcomePanic
	if strings.Contains(msg, "deadlock") {
		kind = trace.OutcomeDeadlock
	}
	m.errInfo = &trace.Error{Type: "fatal error", Message: msg, Line: "fatal error: " + msg, Task: task}
	if g != nil {
		m.errInfo.Pos = m.pos(m.userPos(g))
		m.errInfo.Frames = m.frames(g)
		m.rec.EndTask(g.task, trace.EndFailed, "fatal error: "+msg)
	} else if m.main != nil && m.main.status != gDead {
		// A deadlock: point at where main waits.
		m.errInfo.Task = m.main.task
		m.errInfo.Pos = m.pos(m.userPos(m.main))
		m.errInfo.Frames = m.frames(m.main)
	}
	m.finish(kind, 2)
}

func (m *Machine) crashPanic(g *G, p *goPanic) {
	var b strings.Builder
	// Earlier panics replaced by this one are printed first, as Go does.
	var chain []*goPanic
	for q := p; q != nil; q = q.prev {
		chain = append(chain, q)
	}
	// As runtime.printpanics: a panic that re-raised the value of the one
	// before it (panic(recover())) is not printed again; that one is
	// marked [recovered, repanicked] instead.
	repanicked := make([]bool, len(chain))
	for i := 0; i+1 < len(chain); i++ {
		repanicked[i+1] = samePanicValue(chain[i].val, chain[i+1].val)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		q := chain[i]
		if i+1 < len(chain) && repanicked[i+1] {
			continue
		}
		if i != len(chain)-1 {
			b.WriteString("\t")
		}
		b.WriteString("panic: ")
		b.WriteString(m.panicValueString(q.val))
		if q.recovered && repanicked[i] {
			b.WriteString(" [recovered, repanicked]")
		} else if q.recovered {
			b.WriteString(" [recovered]")
		}
		b.WriteString("\n")
	}
	if isRuntimeNilDeref(m, p.val) {
		b.WriteString("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
	}
	b.WriteString("\n")
	if p.frame != nil && p.g == g {
		// The goroutine's stack where it panicked, not where unwinding
		// the deferred calls left it.
		g.frame = p.frame
		g.crashStack = panicStack(chain)
	}
	m.dumpOne(&b, g, "running")
	line := strings.SplitN(b.String(), "\n", 2)[0]
	m.emit(g.task, 2, b.String(), trace.Pos{})
	pos := m.pos(p.pos)
	if pos.Line == 0 {
		// Raised in the library (sync's negative counter): the program's
		// innermost frame.
		pos = m.pos(m.userPos(g))
	}
	m.errInfo = &trace.Error{Type: "panic", Message: strings.TrimPrefix(line, "panic: "), Line: line, Task: g.task, Pos: pos, Frames: m.frames(g)}
	m.rec.EndTask(g.task, trace.EndFailed, line)
	m.finish(trace.OutcomePanic, 2)
}

// samePanicValue is the runtime's test for a re-panic: the two interface
// values are the same word pair (same dynamic type, same data). The
// value recover returned, passed to panic again, is; an equal value built
// anew is the same word pair only where Go shares the storage, which is
// approximated by equal scalars and strings.
func samePanicValue(a, b Value) bool {
	x, _ := a.R.(*Iface)
	y, _ := b.R.(*Iface)
	if x == nil || y == nil {
		return false
	}
	if x == y {
		return true
	}
	if !types.Identical(x.T, y.T) || x.V.N != y.V.N {
		return false
	}
	switch r := x.V.R.(type) {
	case nil:
		return y.V.R == nil
	case string:
		s, ok := y.V.R.(string)
		return ok && s == r
	}
	return isPointerLike(x.V.R) && x.V.R == y.V.R
}

// isPointerLike reports whether r is a reference the == operator can
// compare without panicking.
func isPointerLike(r any) bool {
	switch r.(type) {
	case *Agg, *Value, *Chan, *Map, *Cell:
		return true
	}
	return false
}

// panicStack is the stack Go's traceback shows for a chain of panics,
// newest first: each panic raised in a deferred call was raised on top of
// the panic that called it, so the deferred calls that panicked are still
// on the stack. The evaluator has unwound them; their frames, which each
// panic kept, are stacked again: the frames of each panic up to where it
// meets the frames of the one before it.
func panicStack(chain []*goPanic) []*Frame {
	var stack []*Frame
	for i, q := range chain {
		var older map[*Frame]bool
		if i+1 < len(chain) {
			older = map[*Frame]bool{}
			for f := chain[i+1].frame; f != nil; f = f.parent {
				older[f] = true
			}
		}
		for f := q.frame; f != nil && !older[f]; f = f.parent {
			stack = append(stack, f)
		}
	}
	return stack
}

// stack is g's frames, innermost first.
func (g *G) stack() []*Frame {
	if g.crashStack != nil {
		return g.crashStack
	}
	var st []*Frame
	for f := g.frame; f != nil; f = f.parent {
		st = append(st, f)
	}
	return st
}

func (m *Machine) frames(g *G) []trace.Frame {
	var fr []trace.Frame
	for _, f := range g.stack() {
		if f.code == nil {
			continue
		}
		p := m.c.fset.Position(f.pos)
		fr = append(fr, trace.Frame{File: p.Filename, Line: p.Line, Col: p.Column, Func: f.code.Name})
	}
	for i, j := 0, len(fr)-1; i < j; i, j = i+1, j-1 {
		fr[i], fr[j] = fr[j], fr[i]
	}
	return fr
}

func (m *Machine) dumpOne(b *strings.Builder, g *G, status string) {
	fmt.Fprintf(b, "goroutine %d [%s]:\n", g.id, status)
	for _, f := range g.stack() {
		if f.code == nil {
			continue
		}
		p := m.c.fset.Position(f.pos)
		file := p.Filename
		if file == m.file {
			file = "./" + file
		}
		fmt.Fprintf(b, "%s(...)\n\t%s:%d\n", f.code.Name, file, p.Line)
	}
	if g.creator != nil {
		p := m.c.fset.Position(g.cpos)
		fmt.Fprintf(b, "created by %s in goroutine %d\n\t./%s:%d\n", g.creatorName(), g.creator.id, m.file, p.Line)
	}
}

func (g *G) creatorName() string {
	if g.cname != "" {
		return g.cname
	}
	return "main.main"
}

func (m *Machine) dumpGoroutines(b *strings.Builder, g *G, all bool) {
	b.WriteString("\n")
	if !all {
		if g != nil {
			m.dumpOne(b, g, "running")
		}
		return
	}
	for i, x := range m.all {
		if x.status == gDead {
			continue
		}
		if i > 0 {
			b.WriteString("\n")
		}
		m.dumpOne(b, x, x.reason)
	}
}

// ready makes g runnable. waker is the goroutine that did it, or nil.
func (m *Machine) ready(g *G, waker *G) {
	g.status = gRunnable
	wt := -1
	if waker != nil {
		wt = waker.task
	}
	// A goroutine woken by another's channel operation needs no unblock
	// event: the send, receive or close that woke it, the waker's last
	// event, begins its ready span and names the partner.
	ev := -1
	if g.started {
		if waker == nil && m.timerWake > 0 {
			ev = m.timerWake - 1
		} else if waker == nil {
			// A timer: time.Sleep's, or one sending on its channel.
			ev = m.event(g.task, trace.EvUnblock, trace.Pos{}, "timer", -1)
		} else if !strings.HasPrefix(g.reason, "chan ") && !strings.HasPrefix(g.reason, "select") {
			ev = m.event(g.task, trace.EvUnblock, trace.Pos{}, "", wt)
		} else if n := m.rec.T.NumEvents(); waker != nil && n > 0 && m.rec.Dropped == 0 && m.rec.T.Event(n-1).Task == wt {
			ev = n - 1
		}
	}
	m.timerWake = 0
	m.setState(g.task, trace.StateReady, "", -1, ev)
	if m.seed != 0 {
		m.rqInsert(g, m.rng.Intn(m.rqLen()+1))
		return
	}
	if m.runnext != nil {
		m.runq = append(m.runq, m.runnext)
	}
	m.runnext = g
}

func (m *Machine) rqLen() int { return len(m.runq) - m.rqHead }

// rqInsert puts g at position i of the run queue.
func (m *Machine) rqInsert(g *G, i int) {
	i += m.rqHead
	m.runq = append(m.runq, nil)
	copy(m.runq[i+1:], m.runq[i:])
	m.runq[i] = g
}

func (m *Machine) pick() *G {
	if m.runnext != nil {
		g := m.runnext
		m.runnext = nil
		return g
	}
	if m.rqLen() == 0 {
		return nil
	}
	g := m.runq[m.rqHead]
	m.runq[m.rqHead] = nil
	m.rqHead++
	if m.rqHead == len(m.runq) {
		m.runq, m.rqHead = m.runq[:0], 0
	}
	return g
}

// park blocks the running goroutine until something readies it. on says
// on what, in the trace's words, and onTask the goroutine it waits for, or
// -1; a block event at the program's line begins the blocked span.
func (m *Machine) park(state, on string, onTask int, reason string) {
	m.parkOp(token.NoPos, state, on, onTask, reason)
}

// parkOp is park for the operation at pos (a channel operation or select).
func (m *Machine) parkOp(pos token.Pos, state, on string, onTask int, reason string) {
	ev := m.eventAt(m.cur.task, trace.EvBlock, pos, on, onTask)
	m.parkAt(state, on, onTask, reason, ev)
}

// parkAt is park with the event that begins the span (time.Sleep's).
//
// The event names the span (Span.Event) but stays in the running span
// before it, where the goroutine recorded it: a goroutine that is woken and
// blocks again at once still shows running in between.
func (m *Machine) parkAt(state, on string, onTask int, reason string, ev int) {
	g := m.cur
	g.status = gWaiting
	g.reason = reason
	m.setState(g.task, state, on, onTask, -1)
	if ev >= 0 {
		m.rec.SetLastSpanEvent(g.task, ev)
	}
	m.switchAway(g)
	if m.done {
		panic(stopSignal{})
	}
}

// yield puts the running goroutine at the back of the queue (Gosched).
func (m *Machine) yield() {
	g := m.cur
	g.status = gRunnable
	m.setState(g.task, trace.StateReady, "", -1, -1)
	if m.seed != 0 {
		m.rqInsert(g, m.rng.Intn(m.rqLen()+1))
	} else {
		m.runq = append(m.runq, g)
	}
	m.switchAway(g)
	if m.done {
		panic(stopSignal{})
	}
}

// switchAway suspends the running goroutine g, which has just parked or
// gone back to the run queue, until it is picked to run again.
//
// A goroutine the scheduler loop resumed does the loop's work itself
// while it waits: it picks the next goroutine and resumes it directly,
// and when that one parks it picks again, until the pick is g (then it
// simply goes on running) or nothing is runnable (then it yields to the
// loop, which fires timers). Two goroutines handing values back and forth
// then cost one fiber switch per hand-off instead of two (there and back
// through the loop). The goroutines it resumes yield back to it rather
// than doing the same, so at most two fibers are ever nested. The order in
// which goroutines run, and everything recorded, is the loop's (runG).
func (m *Machine) switchAway(g *G) {
	if g.nested {
		g.fiber.Yield()
		return
	}
	m.cur = nil
	for !m.done {
		next := m.pick()
		if next == nil {
			break
		}
		if next == g {
			m.startG(g)
			return
		}
		m.runG(next, true)
	}
	m.cur = g
	g.fiber.Yield()
}

// maybePreempt is called at channel operations and go statements: with a
// seed, it sometimes lets another goroutine run first.
func (m *Machine) maybePreempt() {
	if m.seed != 0 {
		m.seededPreempt()
	}
}

func (m *Machine) seededPreempt() {
	if (m.rqLen() > 0 || m.runnext != nil) && m.rng.Intn(3) == 0 {
		m.yield()
	}
}

// maybeYield lets another runnable goroutine run first, if there is one.
func (m *Machine) maybeYield() {
	if m.cur != nil && (m.rqLen() > 0 || m.runnext != nil) {
		m.yield()
	}
}

// loopDue is what every loop iteration costs, small enough to be inlined
// into the loops: it counts a step of the budget and one towards
// preemption, and reports whether loopSlow has work to do (the budget's
// checks, a preemption, a seeded yield). A loop iteration is
// `if m.loopDue() { m.loopSlow(fr) }`.
func (m *Machine) loopDue() bool {
	m.budget.Used++
	m.preempt++
	return m.budget.Used >= m.stepCheck || m.preempt >= m.preemptCheck
}

// preemptEvery is how many loop steps a goroutine runs before it gives
// way to a runnable one, as Go's 10ms preemption would.
const preemptEvery = 20000

func (m *Machine) loopSlow(fr *Frame) {
	if m.budget.Used >= m.stepCheck {
		m.stepSlow()
	}
	if m.seed != 0 || m.preempt >= preemptEvery {
		m.loopPreempt(fr)
	}
}

// loopPreempt is loopSlow's rare part: seeded yields and the preemption
// of a goroutine that has run preemptEvery loop steps.
func (m *Machine) loopPreempt(fr *Frame) {
	if m.seed != 0 && fr.code != nil && !fr.code.Std && m.rng.Intn(64) == 0 {
		m.maybeYield()
	}
	if m.preempt >= preemptEvery {
		m.preempt = 0
		if m.rqLen() > 0 || m.runnext != nil {
			m.yield()
		}
	}
}

// step spends one step of the budget. It is Budget.Step with the checks
// made only when one can fire (stepCheck): the limit, or the next Poll.
func (m *Machine) step() {
	m.budget.Used++
	if m.budget.Used >= m.stepCheck {
		m.stepSlow()
	}
}

func (m *Machine) stepSlow() {
	b := &m.budget
	b.Used--
	if err := b.Step(); err != nil {
		panic(stopSignal{err})
	}
	next := int64(math.MaxInt64)
	if b.Max > 0 {
		next = b.Max + 1
	}
	if b.Poll != nil && b.PollEvery > 0 {
		next = min(next, (b.Used/b.PollEvery+1)*b.PollEvery)
	}
	m.stepCheck = next
}

// maxWhen is the latest time a timer can be set for: Go's runtime
// saturates a deadline that would overflow to it (runtime/time.go), and such
// a timer never fires in the life of any machine.
const maxWhen = 1<<63 - 1

// when is the runtime's when(d): the deadline d from now, saturated. It
// reads the clock as nanotime() does, which moves on between two calls, so
// timers made one after another are due one after another (docs/COST.md).
func (m *Machine) when(d int64) int64 {
	now := m.clock.Tick()
	if d <= 0 {
		return now
	}
	if d > maxWhen-now {
		return maxWhen
	}
	return now + d
}

func (m *Machine) addTimer(when int64, fire func()) *timer {
	m.tseq++
	t := &timer{when: when, seq: m.tseq, fire: fire}
	m.timers.Push(t)
	return t
}

// traceLimit caps the events a run records. Past it, events are counted
// as dropped and goroutine states stop changing in the trace, so that a
// program exchanging millions of messages runs at full speed and its trace
// stays drawable; task creation and ends are still recorded.
const traceLimit = 50_000

// event records an event unless the trace is full, and returns its index
// or -1; positions are only computed when it is recorded.
//
// event, eventAt and setState are small enough to be inlined: once the
// trace is full, a run exchanging millions of messages pays only their
// first test.
func (m *Machine) event(task int, kind string, pos trace.Pos, detail string, related int) int {
	if m.rec.Dropped != 0 {
		m.rec.Dropped++
		return -1
	}
	return m.rec.Event(task, kind, pos, detail, related)
}

func (m *Machine) eventAt(task int, kind string, p token.Pos, detail string, related int) int {
	if m.rec.Dropped != 0 {
		m.rec.Dropped++
		return -1
	}
	return m.recordAt(task, kind, p, detail, related)
}

// recordAt is eventAt while the trace records.
func (m *Machine) recordAt(task int, kind string, p token.Pos, detail string, related int) int {
	tp := m.pos(p)
	if tp.Line == 0 && m.cur != nil {
		// An operation inside library code: show where the program
		// called into it.
		tp = m.pos(m.userPos(m.cur))
	}
	return m.rec.Event(task, kind, tp, detail, related)
}

// setState writes a goroutine's new state to the trace: every change
// opens a span, zero-wide in time if the clock does not move before the
// next one (the span's From/To still place it among the events). event is
// the event that caused the change, or -1. Once the trace is full, states
// stop changing with the events.
func (m *Machine) setState(task int, state, on string, onTask, event int) {
	if m.rec.Dropped != 0 {
		return
	}
	m.recordState(task, state, on, onTask, event)
}

// recordState is setState while the trace records. It is kept out of
// line so that setState stays small enough to inline.
//
//go:noinline
func (m *Machine) recordState(task int, state, on string, onTask, event int) {
	if task < 0 || m.rec.T.Tasks[task].Ended >= 0 { // task < 0: a goroutine past the trace's cap
		return
	}
	m.rec.SetState(task, state, on, onTask, event)
}

// waitForever is raised by fireTimers when the only pending timers are
// set for maxWhen.
type waitForever struct{}

// waitForeverMsg says why a run that Go would never end stopped.
const waitForeverMsg = "taskline: the program would wait forever: every goroutine is waiting and the only pending timers are set beyond the clock's range (Go reports no deadlock while a timer is pending, and hangs here)"

// run is the scheduler loop.
func (m *Machine) run() {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(waitForever); !ok {
				panic(r)
			}
			m.finish(trace.OutcomeDeadlock, trace.ExitStepLimit)
			task := -1
			if m.main != nil {
				task = m.main.task
			}
			m.emit(task, 2, waitForeverMsg+"\n", trace.Pos{})
			m.errInfo = &trace.Error{Type: "wait forever", Message: waitForeverMsg, Line: waitForeverMsg, Task: task}
			if m.main != nil && m.main.status != gDead {
				m.errInfo.Pos = m.pos(m.userPos(m.main))
				m.errInfo.Frames = m.frames(m.main)
			}
			m.releaseFibers()
		}
	}()
	for !m.done {
		g := m.pick()
		if g == nil {
			if !m.fireTimers() {
				m.fatal(nil, "all goroutines are asleep - deadlock!")
				break
			}
			continue
		}
		m.runG(g, false)
	}
	m.releaseFibers()
}

// startG marks g as the running goroutine.
func (m *Machine) startG(g *G) {
	m.cur = g
	g.status = gRunning
	m.setState(g.task, trace.StateRunning, "", -1, -1)
	if !g.started {
		g.started = true
		m.event(g.task, trace.EvStart, trace.Pos{}, "", -1)
	}
}

// runG runs g until it parks, yields or ends. nested: it is resumed by
// another goroutine's fiber (switchAway), not by the scheduler loop.
func (m *Machine) runG(g *G, nested bool) {
	m.startG(g)
	if !g.onFiber {
		m.takeFiber(g)
	}
	g.nested = nested
	if !g.fiber.Resume() {
		// g has ended: its coroutine, with the stack it grew, runs the
		// next goroutine to start (sched.Fiber), so that a program
		// starting thousands of short goroutines reuses a few.
		g.onFiber = false
		m.fibers--
	}
	m.cur = nil
}

// takeFiber gives g the fiber it runs on until it ends.
func (m *Machine) takeFiber(g *G) {
	g.fiber.Init(runGoroutine, g)
	g.onFiber = true
	m.fibers++
	if m.fibers > m.fiberPeak {
		// Charged without failing: the scheduler, not a goroutine, is
		// running; the goroutine's next allocation sees the total.
		m.fiberPeak = m.fibers
		m.mem.Used += fiberBytes
	}
}

// runGoroutine is the body of every goroutine's fiber.
func runGoroutine(f *sched.Fiber) {
	g := f.Arg.(*G)
	g.root.m.goBody(g)
}

// releaseFibers ends the run's fibers: those of goroutines that have not
// ended are killed, unwinding their stacks (their coroutines go back to
// sched's pool for the next run).
func (m *Machine) releaseFibers() {
	for _, g := range m.all {
		if g.onFiber {
			g.onFiber = false
			g.fiber.Kill()
		}
	}
	m.fibers = 0
}

// fireTimers advances the clock to the next live timer and runs every timer
// due then. It reports false when no timer is pending.
func (m *Machine) fireTimers() bool {
	for m.timers.Len() > 0 && m.timers.Peek().dead {
		m.timers.Pop()
	}
	next, ok := m.nextWake()
	if !ok {
		return false
	}
	if next == maxWhen {
		// Every goroutine waits for a timer that never fires: Go reports
		// no deadlock while a timer is pending, and the program hangs.
		panic(waitForever{})
	}
	m.clock.AdvanceTo(next)
	now := m.clock.Now()
	for m.timers.Len() > 0 && m.timers.Peek().when <= now {
		t := m.timers.Pop()
		if t.dead {
			continue
		}
		m.fireWhen = t.when
		if t.period > 0 {
			// A ticker that fell behind (nobody received) sends one tick,
			// the one first due, and goes on at its next tick after now,
			// as Go's timer.unlockAndRun does.
			next := t.when + t.period*(1+(now-t.when)/t.period)
			if next < t.when || next > maxWhen {
				next = maxWhen
			}
			t.when = next
			m.tseq++
			t.seq = m.tseq
			m.timers.Push(t)
		} else {
			t.dead = true
		}
		t.fire()
	}
	return true
}

// nextWake is when the next timer that can wake a goroutine is due. Since
// Go 1.23 the timer of a time.Timer or Ticker is in the runtime's heap only
// while a goroutine waits on its channel, so one nobody waits on keeps no
// program alive: main blocked for ever beside a running Ticker is Go's
// deadlock. Such timers are still fired when the clock passes them (their
// tick waits, unsent, for a receiver), but never move the clock.
func (m *Machine) nextWake() (int64, bool) {
	if m.timers.Len() == 0 {
		return 0, false
	}
	if t := m.timers.Peek(); !t.dead && t.wakes() {
		return t.when, true
	}
	best, ok := int64(0), false
	for _, t := range m.timers.Items {
		if !t.dead && t.wakes() && (!ok || t.when < best) {
			best, ok = t.when, true
		}
	}
	return best, ok
}

// wakes reports whether a timer firing now could wake a goroutine.
func (t *timer) wakes() bool {
	if t.ch == nil {
		return true
	}
	for _, s := range t.ch.recvq {
		if s.sel == nil || !s.sel.done {
			return true
		}
	}
	return false
}

// spinSlice is where a loop with an empty body ends a time slice: `for {}`
// or `for cond {}`, a goroutine spinning until something changes. Its
// speed cannot be observed, only that Go's scheduler preempts it after a
// slice of 10ms (sysmon's forcePreemptNS) and that timers fire while it
// spins. So a slice of spinning takes 10ms of virtual time and the
// spinner gives way to whatever is runnable. `for {}` observes nothing,
// so when no other goroutine can run the clock runs on at once to the
// next timer that wakes one (the spinning would have filled the time);
// a condition may be watching the clock (time.Since), so `for cond {}`
// goes on 10ms a slice. With nothing to wake, `for {}` spins on to the
// step limit, where Go would spin for ever.
func (m *Machine) spinSlice(jump bool) {
	const slice = 10_000_000 // ns
	runnable := m.rqLen() > 0 || m.runnext != nil
	now := m.clock.Now()
	if w, ok := m.nextWake(); ok && w != maxWhen && (w-now <= slice || jump && !runnable) {
		m.fireTimers()
	} else if !jump || runnable {
		m.clock.AdvanceTo(now + slice)
	}
	m.maybeYield()
}

// taskOr is g's trace task, or -1 for no goroutine.
func (g *G) taskOr() int {
	if g == nil {
		return -1
	}
	return g.task
}
