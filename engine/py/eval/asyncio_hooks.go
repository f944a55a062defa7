package eval

import "sync"

// Hooks that engine/py/asyncio needs and the public API does not offer yet.
// Added by the asyncio engineer (engine/py/asyncio); evaluator owners: feel
// free to fold these into the API proper and delete this file, telling the
// asyncio package.

// SuspendAwait suspends the running coroutine and passes v up to the Task
// that drives it, as the `yield self` inside Future.__await__ does. It
// returns the value sent back in, or the exception thrown in. Native
// awaitables whose __await__ iterator runs inline on the awaiting fiber use
// it to wait without a fiber of their own.
func (in *Interp) SuspendAwait(v Value) (Value, *Exception, error) {
	return in.suspend(v, yieldAwait)
}

// InnerLine returns the line at which a suspended coroutine is waiting,
// looking through the coroutines it awaits inline (the innermost frame of
// its fiber); before it starts, its def line.
func (g *Generator) InnerLine() int {
	if g.th != nil && g.th.frame != nil && g.th.frame.line > 0 {
		return g.th.frame.line
	}
	return g.Line()
}

var (
	exitMu    sync.Mutex
	exitHooks = map[*Interp][]func(){}
)

// AtExit registers f to run when the program ends, before its outcome is
// recorded: what CPython does while finalising objects that are still
// alive at interpreter shutdown (asyncio's "Task was destroyed but it is
// pending!"). The runner calls RunAtExit.
func (in *Interp) AtExit(f func()) {
	exitMu.Lock()
	exitHooks[in] = append(exitHooks[in], f)
	exitMu.Unlock()
}

// RunAtExit runs the functions registered with AtExit, last registered
// first, and forgets them.
func (in *Interp) RunAtExit() {
	exitMu.Lock()
	fs := exitHooks[in]
	delete(exitHooks, in)
	exitMu.Unlock()
	for i := len(fs) - 1; i >= 0; i-- {
		fs[i]()
	}
}

// forgetAtExit drops in's exit functions unrun, so that a run that ended
// another way (an internal error, the Stop button) leaves nothing behind in
// the process-wide table.
func forgetAtExit(in *Interp) {
	exitMu.Lock()
	delete(exitHooks, in)
	exitMu.Unlock()
}

// NativeCoroutine is implemented by coroutine objects written in Go
// (asyncio.sleep(), Queue.get(), ...). CPython warns about them exactly as
// about coroutines of async defs: an expression statement that drops one
// unstarted prints "RuntimeWarning: coroutine 'sleep' was never awaited".
type NativeCoroutine interface {
	Value
	CoroutineName() string // the qualified name: "sleep", "Queue.get"
	Started() bool
}
