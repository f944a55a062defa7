package asyncio

import (
	goruntime "runtime"
	"sort"
	"weak"
)

// "Task exception was never retrieved" is logged by CPython when a failed
// future is garbage collected while nobody has looked at its exception.
// With reference counting that is the moment the last reference goes: right
// after the failing step for a fire-and-forget task, when main returns for
// a task held in one of its variables, and so on. Taskline reproduces it
// from reachability: while a future is pending, its Python object is held
// by the future (the loop holds the future, as CPython's does); once it is
// done, only a weak pointer remains, so the object lives exactly as long as
// the program (or a scheduled callback) holds it. After a handle that
// completed a future, if failed futures are unretrieved and no callback of
// theirs is still scheduled, the loop runs Go's collector and reports those
// whose object is gone. A dropped object is recreated on demand, which no
// program can tell apart: nothing referred to the old one.
//
// At most one collection runs right after a handle and one at the end of
// each loop iteration, and they back off (after 8 completions since the
// last failure, only every power of two), so a failure storm or a failed
// task kept around for long does not pay a collection per step; what is
// still unreported when the loop closes is reported then.

// completed is called when f completes.
func (rt *runtime) completed(f *Future) {
	rt.host.futureDone(f)
	if len(rt.failed) > 0 {
		rt.needCheck = true
	}
}

// collect reports the failed futures that became garbage.
func (rt *runtime) collect() {
	if rt.checkGen != rt.failGen {
		rt.checkGen, rt.checks = rt.failGen, 0
	}
	rt.checks++
	if rt.checks > 8 && rt.checks&(rt.checks-1) != 0 {
		return // backing off: only every power of two
	}
	keep := rt.failed[:0]
	var candidates []*Future
	for _, f := range rt.failed {
		switch {
		case !f.logTraceback:
		case f.pendingCB > 0:
			keep = append(keep, f)
		default:
			keep = append(keep, f)
			candidates = append(candidates, f)
		}
	}
	clear(rt.failed[len(keep):])
	rt.failed = keep
	if len(candidates) == 0 {
		return
	}
	rt.collectedThisIteration = true
	rt.collectGarbage()
	var gone []*Future
	for _, f := range candidates {
		if rt.dropped(f) {
			gone = append(gone, f)
		}
	}
	sort.SliceStable(gone, func(i, j int) bool { return gone[i].failSeq < gone[j].failSeq })
	for _, f := range gone {
		rt.reportUnretrieved(f)
	}
}

// reportDropped reports, in the order they failed, the unretrieved failed
// futures whose Python object is garbage, keeping the others for exit.
func (rt *runtime) reportDropped() {
	if len(rt.failed) == 0 {
		return
	}
	rt.collectGarbage()
	keep := rt.failed[:0]
	var gone []*Future
	for _, f := range rt.failed {
		switch {
		case !f.logTraceback:
		case rt.dropped(f):
			gone = append(gone, f)
		default:
			keep = append(keep, f)
		}
	}
	clear(rt.failed[len(keep):])
	rt.failed = keep
	sort.SliceStable(gone, func(i, j int) bool { return gone[i].failSeq < gone[j].failSeq })
	for _, f := range gone {
		rt.reportUnretrieved(f)
	}
}

// futureDone turns the strong reference to f's Python object into a weak
// one when f failed, so that the collector can tell when the program let go
// of it unretrieved. Other futures keep theirs: a weak pointer costs the Go
// runtime a search of its per-span list of specials, which a queue passing
// millions of items through short-lived futures would pay on every item.
func (h pyHost) futureDone(f *Future) {
	if !f.logTraceback {
		return
	}
	if p, ok := f.obj.(*pyFuture); ok {
		f.wobj = weak.Make(p)
		f.obj = nil
	}
}

// dropped reports whether f's Python object is garbage (as of the last
// collectGarbage).
func (h pyHost) dropped(f *Future) bool {
	if f.obj != nil || f.held > 0 || f.wobj == (weak.Pointer[pyFuture]{}) {
		// Held by the future itself, by native code, or never handed to
		// the program (so whoever created it holds it).
		return false
	}
	return f.wobj.Value() == nil
}

func (pyHost) collectGarbage() { goruntime.GC() }

// reportUnretrieved logs "<class> exception was never retrieved" for f.
func (rt *runtime) reportUnretrieved(f *Future) {
	f.logTraceback = false
	cls := "Future"
	switch {
	case f.task != nil:
		cls = "Task"
	case f.gather != nil:
		cls = "_GatheringFuture"
	}
	rt.logException(f.loop, cls+" exception was never retrieved", f.exc, "future", rt.futureObject(f))
}
