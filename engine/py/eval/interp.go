package eval

import (
	"fmt"
	"strings"
	"sync"

	"taskline/engine"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

// Interp is one run of one program. It is not safe for concurrent use; all
// fibers of a run take turns on it.
type Interp struct {
	// Rec receives trace events and all output.
	Rec *trace.Recorder
	// Output, if set, also receives the program's output as it is printed
	// (engine.Options.Output).
	Output func(stream int, text string)
	// File is the program's file name as shown in tracebacks ("main.py").
	File string
	// Version is "3.11" (default) or "3.7".
	Version string
	// Budget is the step budget; Step is called once per statement and loop
	// iteration. Nil means no budget.
	Budget *sched.Budget
	// Mem is the memory budget (memory.go); nil means no budget.
	Mem *sched.Memory
	// TaskID returns the id (trace task index) of the running asyncio task,
	// or -1 outside any task. Nil means -1.
	TaskID func() int
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// Seed seeds the random module's generator when the program does not.
	Seed int64
	// Sleep, if set, is called by time.sleep(secs): a blocking sleep stops
	// the whole program, so the host advances its virtual clock. Without a
	// host, time.sleep keeps an offset of its own.
	Sleep func(secs float64)
	// AsyncGenFirstIter and AsyncGenFinalize are sys.set_asyncgen_hooks:
	// the first is called when an async generator is first iterated (the
	// event loop remembers it for shutdown_asyncgens), the second when one
	// becomes garbage while suspended (CPython's loop then schedules its
	// aclose()). Taskline knows the latter only for an `async for x in
	// agen():` loop left early. Nil hooks do nothing.
	AsyncGenFirstIter func(g *Generator)
	AsyncGenFinalize  func(g *Generator)

	minor     int // Minor()
	py37      bool
	context   *Context    // contextvars' current context (mod_contextvars.go)
	warn      *warnState  // the warnings module's filters and registry (mod_warnings.go)
	clock     sched.Clock // VirtualClock
	clockOn   bool
	deadMu    sync.Mutex
	dead      []*sched.Fiber
	ints      *[intSlab]Int // the slab boxInt hands ints out of, from the end
	intNext   int           // how many of ints are still free
	addrs     map[int64]int
	acts      uint64
	framePool []*frame
	reprStack []Value

	lines   []string
	modules map[string]*Module
	main    *Module
	th      *thread // the running thread (fiber)
	root    thread
	fibers  []*sched.Fiber
	// random is the state of the random module.
	random *mt19937
}

// thread is the state of one fiber of execution: the main program or a
// suspended generator or coroutine driven by Send.
type thread struct {
	fiber *sched.Fiber
	depth int // Python call depth on this fiber
	base  int // depth of whoever resumed the fiber
	frame *frame

	// The mailbox between Send/Throw and suspend.
	out     Value
	outKind int // yieldValue or yieldAwait
	in      Value
	inExc   *Exception

	handled []*Exception // exceptions being handled (innermost last)
	// resumer is the thread that resumed this one while it runs: when this
	// fiber handles no exception, the one its resumer handles is current
	// (CPython chains a generator's exc_info to its caller's).
	resumer *thread

	// viaNative is set when native code calls a Python function, for the
	// RecursionError message.
	viaNative bool
}

const (
	yieldValue = iota // a generator's yield
	yieldAwait        // an await passing a value up to the task
)

// NewInterp returns an interpreter for the program src (used for the source
// lines of tracebacks).
func NewInterp(rec *trace.Recorder, file, src, version string) *Interp {
	in := &Interp{Rec: rec, File: file, Version: version, RecursionLimit: 1000,
		lines: strings.Split(src, "\n"), modules: map[string]*Module{}}
	in.th = &in.root
	in.py37 = in.Py37()
	in.minor = engine.PythonMinor(version)
	return in
}

// VirtualClock is the program's clock: the asyncio loop's time(),
// time.monotonic() and time.sleep() all use it. From its first use on, every
// step spent from Budget moves it on by sched.PyStepCost (docs/COST.md), so
// CPU work takes virtual time.
func (in *Interp) VirtualClock() *sched.Clock {
	if !in.clockOn {
		in.clockOn = true
		in.clock.CountSteps(in.Budget, sched.PyStepCost)
	}
	return &in.clock
}

// Minor is the minor version of the CPython the interpreter models (7 for
// 3.7, 13 for 3.13).
func (in *Interp) Minor() int { return in.minor }

// Py37 reports whether the interpreter models CPython 3.7.
func (in *Interp) Py37() bool { return strings.HasPrefix(in.Version, "3.7") }

// CurrentTask returns the running task id for trace events.
func (in *Interp) CurrentTask() int {
	if in.TaskID == nil {
		return -1
	}
	return in.TaskID()
}

// Line returns the line of the program being executed: the innermost
// frame of the program's own file (library modules written in Python are
// skipped), or 0.
func (in *Interp) Line() int {
	for f := in.th.frame; f != nil; f = f.back {
		if f.code == nil || f.code.file == "" || f.code.file == in.File {
			return f.line
		}
	}
	return 0
}

// Pos returns the current position for trace events.
func (in *Interp) Pos() trace.Pos { return trace.Pos{Line: in.Line()} }

// Print writes text to stdout (stream 1) or stderr (stream 2), recording a
// print event for the current task.
func (in *Interp) Print(stream int, text string) {
	in.Rec.Print(in.CurrentTask(), stream, text, in.Pos())
	if in.Output != nil {
		in.Output(stream, text)
	}
}

// Event records a trace event for the current task at the current line.
func (in *Interp) Event(kind, detail string, related int) {
	in.Rec.Event(in.CurrentTask(), kind, in.Pos(), detail, related)
}

// StepLimitError ends a run whose step budget is spent. It is not a Python
// exception: no except clause catches it.
type StepLimitError struct {
	Max  int64
	File string
	Line int
}

func (e *StepLimitError) Error() string {
	return fmt.Sprintf("taskline: step limit of %d steps exceeded at %s:%d", e.Max, e.File, e.Line)
}

// StoppedError ends a run stopped from outside (Budget.Poll returned false).
type StoppedError struct{}

func (*StoppedError) Error() string { return "taskline: stopped" }

// UnsupportedError reports a construct outside the subset, at a position.
type UnsupportedError struct {
	File      string
	Line, Col int
	What      string
	Msg       string // the whole message, when it is not "What is not supported yet"
}

func (e *UnsupportedError) Error() string {
	if e.Msg != "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	if e.Col == 0 {
		// Found while running: the line is known, the column is not.
		return fmt.Sprintf("%s:%d: %s is not supported yet", e.File, e.Line, e.What)
	}
	return fmt.Sprintf("%s:%d:%d: %s is not supported yet", e.File, e.Line, e.Col, e.What)
}

// Step spends one step of the budget. Native code that loops on behalf of
// the program (the event loop) calls it too.
func (in *Interp) Step() error {
	b := in.Budget
	if b == nil {
		return nil
	}
	if err := b.Step(); err != nil {
		return in.budgetError(err)
	}
	return nil
}

// budgetError turns the budget's error into the run's fatal error.
func (in *Interp) budgetError(err error) error {
	if err == sched.ErrStopped {
		return &StoppedError{}
	}
	return &StepLimitError{Max: in.Budget.Max, File: in.File, Line: in.Line()}
}

// IsFatal reports whether err ends the run regardless of Python handlers
// (step limit, stop, unsupported feature, internal error). Native modules
// must pass such errors straight up instead of storing them in a future.
func IsFatal(err error) bool {
	_, ok := err.(*Exception)
	return err != nil && !ok
}

// RegisterModule makes a native module importable. load runs once per
// interpreter, on the first import.
func RegisterModule(name string, load func(in *Interp) (*Module, error)) {
	moduleLoaders[name] = load
}

var moduleLoaders = map[string]func(in *Interp) (*Module, error){}

// Import returns the module of that name, loading it on first use.
func (in *Interp) Import(name string) (*Module, error) {
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	load, ok := moduleLoaders[name]
	if !ok {
		// A package whose only content is registered submodules
		// (concurrent for concurrent.futures).
		prefix := name + "."
		for k := range moduleLoaders {
			if strings.HasPrefix(k, prefix) {
				m := NewModule(name)
				in.modules[name] = m
				return m, nil
			}
		}
		return nil, in.missingModule(name)
	}
	m, err := load(in)
	if err != nil {
		return nil, err
	}
	in.modules[name] = m
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, err := in.Import(name[:i])
		if err != nil {
			return nil, err
		}
		if parent.g == nil {
			parent.Dict[name[i+1:]] = m
		}
	}
	return m, nil
}

// pushHandled and popHandled maintain the stack of exceptions being handled
// (sys.exc_info, bare raise, implicit __context__).
func (th *thread) pushHandled(e *Exception) { th.handled = append(th.handled, e) }
func (th *thread) popHandled()              { th.handled = th.handled[:len(th.handled)-1] }
func (th *thread) currentHandled() *Exception {
	for ; th != nil; th = th.resumer {
		if n := len(th.handled); n > 0 {
			return th.handled[n-1]
		}
	}
	return nil
}

// AddDepth adds n to the Python call depth of the running code. An event
// loop written in Go calls AddDepth(k) while it runs and AddDepth(-k)
// after, k being the number of frames CPython's loop keeps between the
// caller of asyncio.run and a task's coroutine (8 in 3.11), so that
// RecursionError strikes inside a task at the same depth as in CPython.
func (in *Interp) AddDepth(n int) { in.th.depth += n }

// PushHandled marks e as the exception being handled by the running code
// (as inside an except or finally block) until PopHandled. Native code
// that runs Python code while an exception propagates through it (asyncio
// shutting down while the main task's error is on its way out) uses it so
// that exceptions raised meanwhile get e as their __context__.
func (in *Interp) PushHandled(e *Exception) { in.th.pushHandled(e) }

// PopHandled undoes PushHandled.
func (in *Interp) PopHandled() { in.th.popHandled() }

// suspend passes v up to whoever resumed this fiber and waits to be resumed
// with a value or an exception to raise.
func (in *Interp) suspend(v Value, kind int) (Value, *Exception, error) {
	th := in.th
	if th.fiber == nil {
		return nil, nil, Errorf(RuntimeErrorClass, "cannot suspend: not running inside a task or generator")
	}
	th.out, th.outKind = v, kind
	th.in, th.inExc = nil, nil
	th.fiber.Yield()
	if th.inExc != nil {
		// Thrown in by the driver (a cancellation): the driver records
		// how it was delivered, not a raise.
		th.inExc.recorded = true
	}
	return th.in, th.inExc, nil
}

// Shutdown discards every generator or coroutine fiber still suspended, so
// that a finished run leaks no goroutines.
func (in *Interp) Shutdown() {
	for _, f := range in.fibers {
		f.Kill()
	}
	in.fibers = nil
	forgetAtExit(in)
}

// retire is called by the cleanup of a generator that became garbage
// while suspended: its fiber is killed at the next safe point.
func (in *Interp) retire(f *sched.Fiber) {
	in.deadMu.Lock()
	in.dead = append(in.dead, f)
	in.deadMu.Unlock()
}

func (in *Interp) reap() {
	in.deadMu.Lock()
	dead := in.dead
	in.dead = nil
	in.deadMu.Unlock()
	for _, f := range dead {
		f.Kill()
	}
}

// NewFiber returns a fiber registered for Shutdown; native modules that run
// code on their own fibers should use it.
func (in *Interp) NewFiber(body func(f *sched.Fiber)) *sched.Fiber {
	f := sched.NewFiber(body)
	in.track(f)
	return f
}

// track registers a fiber for Shutdown.
func (in *Interp) track(f *sched.Fiber) {
	if len(in.fibers) >= 1024 && len(in.fibers) == cap(in.fibers) {
		in.reap()
		// Forget finished fibers so that a long run creating many
		// generators keeps a bounded list.
		live := in.fibers[:0]
		for _, g := range in.fibers {
			if !g.Done() {
				live = append(live, g)
			}
		}
		clear(in.fibers[len(live):])
		in.fibers = live
	}
	in.fibers = append(in.fibers, f)
}
