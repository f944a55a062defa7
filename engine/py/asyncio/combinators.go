package asyncio

// The functions of tasks.py that combine futures: sleep, gather, shield,
// wait, wait_for and as_completed. Each follows the CPython 3.11 source line
// for line (and 3.7's where it differs), because their done callbacks and
// helper futures are what decides how many loop iterations a wake-up takes.

import (
	"strconv"

	"taskline/engine/trace"
)

// handleRef names a recyclable handle together with its generation, so that
// cancelling it after it has run (and been reused) does nothing.
type handleRef struct {
	h   *Handle
	gen uint32
}

func (r handleRef) cancel() {
	if r.h != nil && r.h.gen == r.gen {
		r.h.Cancel()
	}
}

func (l *Loop) ref(h *Handle) handleRef { return handleRef{h, h.gen} }

// callLaterSetResult is loop.call_later(delay,
// futures._set_result_unless_cancelled, fut, result).
func (l *Loop) callLaterSetResult(delay float64, f *Future, result Value) handleRef {
	h := l.newHandle(hSetResult)
	h.fut, h.exc = f, result
	return l.ref(l.callAt(l.time()+delay, h))
}

// callLaterRelease is loop.call_later(delay, _release_waiter, waiter): the
// deadline of a wait_for() or wait(), which ex says for the trace.
func (l *Loop) callLaterRelease(delay float64, waiter *Future, ex expiry) handleRef {
	if l.rt.rec == nil {
		h := l.newHandle(hRelease)
		h.fut = waiter
		return l.ref(l.callAt(l.time()+delay, h))
	}
	task := l.rt.current()
	h := l.newHandle(hFunc)
	h.fn = func() error {
		if !waiter.done() {
			l.rt.traceExpiry(ex, task)
			waiter.setResult(l.rt.none())
		}
		return nil
	}
	return l.ref(l.callAt(l.time()+delay, h))
}

// expiry names a deadline for the trace: the call that set it
// ("wait_for(fetch(), 2)") and its line.
type expiry struct {
	what string
	pos  trace.Pos
}

// releaser is functools.partial(_release_waiter, waiter) as a done callback.
type releaser struct{ waiter *Future }

func (r *releaser) futureDone(*Future) error {
	if !r.waiter.done() {
		r.waiter.setResult(r.loop().rt.none())
	}
	return nil
}

func (r *releaser) loop() *Loop { return r.waiter.loop }

// sleep is asyncio.sleep(delay, result).
func (l *Loop) sleep(y yielder, delay float64, result Value) (Value, error) {
	if delay <= 0 {
		// __sleep0: a bare yield, exactly one iteration.
		if err := y.yield(l.rt.none()); err != nil {
			return nil, err
		}
		return result, nil
	}
	f := l.newFuture()
	f.isSleep = true
	f.label = "sleep " + formatFloat(delay)
	h := l.callLaterSetResult(delay, f, result)
	v, err := f.await(y)
	h.cancel()
	return v, err
}

func formatFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	for _, c := range s {
		if c == '.' || c == 'e' || c == 'n' || c == 'I' {
			return s
		}
	}
	return s + ".0"
}

// gathering is the state of one gather(): _GatheringFuture plus the
// closure variables of _done_callback.
type gathering struct {
	outer            *Future
	children         []*Future
	nfuts, nfinished int
	returnExceptions bool
	cancelRequested  bool
}

// gather is asyncio.gather(*aws, return_exceptions=...). The arguments have
// already been through ensure_future (dedup by identity included): futs
// holds one future per argument, duplicates repeated.
func (l *Loop) gather(futs []*Future, returnExceptions bool) *Future {
	outer := l.newFuture()
	if len(futs) == 0 {
		outer.setResult(l.rt.newList(nil))
		outer.label = "gather()"
		return outer
	}
	g := &gathering{outer: outer, children: futs, returnExceptions: returnExceptions}
	outer.gather = g
	seen := make(map[*Future]bool, len(futs))
	for _, f := range futs {
		if !seen[f] {
			seen[f] = true
			g.nfuts++
			f.held++ // by outer._children
			f.addCallback(callbackEntry{cb: g})
		}
	}
	outer.label = l.rt.gatherLabel(futs)
	l.rt.traceGather(outer, futs)
	return outer
}

// futureDone is gather's _done_callback.
func (g *gathering) futureDone(fut *Future) error {
	rt := fut.loop.rt
	g.nfinished++
	outer := g.outer
	if outer.done() {
		if !fut.cancelled() {
			fut.getException() // mark retrieved
		}
		return nil
	}
	if !g.returnExceptions {
		if fut.cancelled() {
			outer.cause = fut.onTask
			outer.setException(fut.chainedCancelledError())
			return nil
		}
		if exc, _ := fut.getException(); exc != nil {
			outer.cause = fut.onTask
			outer.setException(exc)
			return nil
		}
	}
	if g.nfinished == g.nfuts {
		results := make([]Value, len(g.children))
		for i, c := range g.children {
			if c.cancelled() {
				if rt.minor < 9 { // cancel messages came with 3.9
					results[i] = rt.newCancelledError(nil)
				} else if c.cancelMsg == nil {
					results[i] = rt.newCancelledError(rt.str(""))
				} else {
					results[i] = rt.newCancelledError(c.cancelMsg)
				}
				continue
			}
			exc, _ := c.getException()
			if exc != nil {
				results[i] = exc
			} else {
				results[i] = c.result
			}
		}
		if g.cancelRequested {
			// CPython uses the loop variable left over from the loop
			// above: the last child.
			last := g.children[len(g.children)-1]
			outer.setException(last.chainedCancelledError())
		} else {
			outer.setResult(rt.newList(results))
		}
	}
	return nil
}

// cancel is _GatheringFuture.cancel.
func (g *gathering) cancel(msg Value) bool {
	if g.outer.done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// shielding is the pair of callbacks of one shield().
type shielding struct {
	inner, outer *Future
	outerCB      shieldOuter
}

type shieldOuter struct{ s *shielding }

// shield is asyncio.shield(inner) after ensure_future.
func (l *Loop) shield(inner *Future) *Future {
	if inner.done() {
		return inner
	}
	outer := l.newFuture()
	outer.label = "shield(" + inner.label + ")"
	outer.onTask = inner.onTask
	s := &shielding{inner: inner, outer: outer}
	s.outerCB.s = s
	inner.addCallback(callbackEntry{cb: s})
	outer.addCallback(callbackEntry{cb: &s.outerCB})
	return outer
}

// futureDone is _inner_done_callback.
func (s *shielding) futureDone(inner *Future) error {
	outer := s.outer
	if outer.cancelled() {
		if !inner.cancelled() {
			inner.getException()
		}
		return nil
	}
	if inner.cancelled() {
		outer.cancel(nil)
		return nil
	}
	if exc, _ := inner.getException(); exc != nil {
		outer.setException(exc)
	} else {
		outer.setResult(inner.result)
	}
	return nil
}

// futureDone is _outer_done_callback.
func (o *shieldOuter) futureDone(*Future) error {
	if !o.s.inner.done() {
		o.s.inner.removeGoCallback(o.s)
	}
	return nil
}

// cancelAndWait is _cancel_and_wait(fut).
func (l *Loop) cancelAndWait(y yielder, fut *Future, why string) error {
	waiter := l.newFuture()
	waiter.label, waiter.onTask = fut.label, fut.onTask
	cb := &releaser{waiter}
	fut.addCallback(callbackEntry{cb: cb})
	l.rt.why = why
	fut.cancel(nil)
	l.rt.why = ""
	_, err := waiter.await(y)
	fut.removeGoCallback(cb)
	return err
}

// waitFor is asyncio.wait_for(fut, timeout) once fut went through
// ensure_future; timeout < 0 with hasTimeout false means None. The 3.7
// version does not wait for the cancelled inner future and always raises
// TimeoutError on expiry.
func (l *Loop) waitFor(y yielder, fut *Future, timeout float64, ex expiry) (Value, error) {
	rt := l.rt
	fut.held++
	defer func() { fut.held-- }()
	if timeout <= 0 {
		if fut.done() {
			return fut.getResult()
		}
		if rt.py37 {
			rt.traceTimeout(fut)
			rt.why = "wait_for timeout"
			fut.cancel(nil)
			rt.why = ""
			return nil, rt.raise(rt.newTimeoutError())
		}
		if err := l.cancelAndWait(y, fut, "wait_for timeout"); err != nil {
			return nil, err
		}
		return l.timeoutResult(fut, false)
	}
	waiter := l.newFuture()
	waiter.label, waiter.onTask = "wait_for("+fut.label+")", fut.onTask
	th := l.callLaterRelease(timeout, waiter, ex)
	cb := &releaser{waiter}
	fut.addCallback(callbackEntry{cb: cb})
	defer th.cancel()

	if _, err := waiter.await(y); err != nil {
		if exc, ok := rt.excOf(err); !ok || !rt.isCancelledError(exc) {
			return nil, err
		}
		if rt.py37 {
			fut.removeGoCallback(cb)
			rt.why = "wait_for cancelled"
			fut.cancel(nil)
			rt.why = ""
			return nil, err
		}
		if fut.done() {
			return fut.getResult()
		}
		fut.removeGoCallback(cb)
		if err2 := l.cancelAndWait(y, fut, "wait_for cancelled"); err2 != nil {
			return nil, err2
		}
		return nil, err
	}
	if fut.done() {
		return fut.getResult()
	}
	fut.removeGoCallback(cb)
	if err := l.cancelAndWait(y, fut, "wait_for timeout"); err != nil {
		return nil, err
	}
	if rt.minor < 9 {
		// 3.7 and 3.8 raise TimeoutError whatever the inner future did.
		e := rt.newTimeoutError()
		rt.addInnerLibFrames(e, "wait_for_raise")
		return nil, rt.raise(e)
	}
	return l.timeoutResult(fut, true)
}

// timeoutResult is
//
//	try: return fut.result()
//	except CancelledError as exc: raise TimeoutError() from exc
//
// expired says it ends wait_for's timer path, whose library frames
// Taskline shows (not those of a timeout <= 0).
func (l *Loop) timeoutResult(fut *Future, expired bool) (Value, error) {
	rt := l.rt
	v, err := fut.getResult()
	if err != nil {
		if exc, ok := rt.excOf(err); ok && rt.isCancelledError(exc) {
			e := rt.newTimeoutError()
			if expired {
				rt.addOuterLibFrames(exc, "wait_for_result")
				rt.addInnerLibFrames(e, "wait_for_raise")
			}
			return nil, rt.raiseFrom(e, exc)
		}
		return nil, err
	}
	return v, nil
}

// Return-when constants.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// waiting is the state of one _wait().
type waiting struct {
	waiter     *Future
	counter    int
	returnWhen string
	th         handleRef
	hasTimeout bool
}

// futureDone is _wait's _on_completion.
func (w *waiting) futureDone(f *Future) error {
	w.counter--
	fire := w.counter <= 0 || w.returnWhen == firstCompleted
	if !fire && w.returnWhen == firstException && !f.cancelled() {
		exc, _ := f.getException()
		fire = exc != nil
	}
	if fire {
		if w.hasTimeout {
			w.th.cancel()
		}
		if !w.waiter.done() {
			w.waiter.setResult(f.loop.rt.none())
		}
	}
	return nil
}

// wait is _wait(fs, timeout, return_when): fs is the set, in Taskline's
// stable order (creation order of the futures). It returns done and pending
// in that order.
func (l *Loop) wait(y yielder, fs []*Future, timeout float64, hasTimeout bool, returnWhen string, ex expiry) (done, pending []*Future, err error) {
	for _, f := range fs {
		f.held++
	}
	defer func() {
		for _, f := range fs {
			f.held--
		}
	}()
	w := &waiting{waiter: l.newFuture(), counter: len(fs), returnWhen: returnWhen, hasTimeout: hasTimeout}
	w.waiter.label = l.rt.waitLabel(fs)
	if hasTimeout {
		w.th = l.callLaterRelease(timeout, w.waiter, ex)
	}
	for _, f := range fs {
		f.addCallback(callbackEntry{cb: w})
	}
	_, err = w.waiter.await(y)
	if hasTimeout {
		w.th.cancel()
	}
	for _, f := range fs {
		f.removeGoCallback(w)
	}
	if err != nil {
		return nil, nil, err
	}
	for _, f := range fs {
		if f.done() {
			done = append(done, f)
		} else {
			pending = append(pending, f)
		}
	}
	return done, pending, nil
}
