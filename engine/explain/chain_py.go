package explain

import (
	"strconv"
	"strings"

	"taskline/engine/trace"
)

// A cancel request not yet delivered, and what kind of canceller made it.
type request struct {
	event int
	kind  string // "self", "other", "shutdown", "taskgroup", "tg-owner", "timeout", "wait_for", "forward"
	step  int    // index in r.steps of its step, -1 if none
}

// pyState is what the Python chain remembers while it walks the events.
type pyState struct {
	pending   map[int][]request
	origin    map[int]int  // task -> index in r.steps of the step that began its error/cancellation
	inFlight  map[int]int  // task -> event at which a cancellation or error reached it, not yet resolved
	crossed   map[int]bool // task -> its current error came in from another task or the loop
	retrieved map[int]bool // failed tasks whose exception someone received
	timeouts  map[int]bool // timeout events already explained
	groups    map[int]bool // TaskGroup await events already explained
	cancels   int          // cancellations delivered
	caught    int          // errors caught after crossing a task boundary
	shutdown  int          // tasks cancelled by asyncio.run() at shutdown
	leftRun   int

	selfGather []int       // lines of gathers a self-cancelled child broke
	from       map[int]int // task -> the task whose error it received
}

// pySteps derives the chain of a Python run from its events.
func (r *run) pySteps() {
	s := &pyState{pending: map[int][]request{}, origin: map[int]int{}, inFlight: map[int]int{},
		crossed: map[int]bool{}, from: map[int]int{}, retrieved: map[int]bool{}, timeouts: map[int]bool{}, groups: map[int]bool{}}
	r.ps = s
	for i, e := range r.tr.Events() {
		switch e.Kind {
		case trace.EvCancelRequest:
			r.pyCancelRequest(s, i, e)
		case trace.EvCancelDelivered:
			r.pyCancelDelivered(s, i, e)
		case trace.EvResume:
			r.pyResume(s, i, e)
		case trace.EvRaise, trace.EvCatch:
			r.pyRaiseCatch(s, i, e)
		}
	}
	r.pyOrigins(s)
	// errors passed on before their raise step was written get its origin now
	for t, c := range s.from {
		if _, ok := s.origin[t]; ok {
			continue
		}
		for k := 0; k < len(r.tr.Tasks); k++ {
			if p, ok := s.origin[c]; ok {
				s.origin[t] = p
				break
			}
			n, ok := s.from[c]
			if !ok {
				break
			}
			c = n
		}
	}
	r.pyEnding(s)
}

// runLine is the line of the asyncio.run() call: where the main task was created.
func (r *run) runLine() int {
	m := r.mainTask()
	if m < 0 {
		return 0
	}
	return r.tr.Tasks[m].Pos.Line
}

func (r *run) taskByName(name string) int {
	if r.names == nil {
		r.names = make(map[string]int, len(r.tr.Tasks))
		for _, t := range r.tr.Tasks {
			if _, dup := r.names[t.Name]; !dup {
				r.names[t.Name] = t.ID
			}
		}
	}
	if id, ok := r.names[name]; ok {
		return id
	}
	return -1
}

// namesIn lists the task ids named in a detail like "gather(Task-2, Task-3)".
func (r *run) namesIn(detail string) []int {
	var ids []int
	if i := strings.IndexByte(detail, '('); i >= 0 {
		detail = detail[i+1:]
	}
	if i := strings.IndexByte(detail, ')'); i >= 0 {
		detail = detail[:i]
	}
	for _, n := range strings.Split(detail, ", ") {
		if id := r.taskByName(strings.TrimSpace(n)); id >= 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

// lastAwait is the last await event of task before event i, or -1.
func (r *run) lastAwait(task, i int) int {
	idx := r.byTask[task]
	for k := r.before(task, i) - 1; k >= 0; k-- {
		if r.tr.Event(idx[k]).Kind == trace.EvAwait {
			return idx[k]
		}
	}
	return -1
}

// awaits reports whether task a was waiting on task b at event i: awaiting
// it directly, through gather, wait_for or a TaskGroup.
func (r *run) awaits(a, b, i int) bool {
	k := r.lastAwait(a, i)
	if k < 0 {
		return false
	}
	e := r.tr.Event(k)
	if e.Related == b {
		return true
	}
	for _, c := range r.gatherChildren(a, k) {
		if c == b {
			return true
		}
	}
	return false
}

// gatherChildren lists the children of the gather that task awaits at
// event k (the await), or nil.
func (r *run) gatherChildren(task, k int) []int {
	e := r.event(k)
	if !strings.HasPrefix(e.Detail, "gather(") {
		return nil
	}
	if p := r.prev(task, k); p >= 0 && r.tr.Event(p).Kind == trace.EvGather {
		var ids []int
		for _, f := range strings.Fields(r.tr.Event(p).Detail) {
			if n, err := strconv.Atoi(f); err == nil {
				ids = append(ids, n)
			}
		}
		return ids
	}
	return r.namesIn(e.Detail)
}

func (r *run) pyCancelRequest(s *pyState, i int, e trace.Event) {
	target := e.Related
	if target < 0 || target >= len(r.tr.Tasks) {
		return
	}
	req := request{event: i, step: -1}
	who, whom := r.label(e.Task), r.label(target)
	line := e.Pos.Line
	var text string
	kind := StepCancelRequest
	switch {
	case strings.Contains(e.Detail, "asyncio.run() shutdown"):
		req.kind = "shutdown" // explained where it is delivered
	case strings.HasPrefix(e.Detail, "(TaskGroup:"):
		if k := r.lastAwait(target, i); k >= 0 && strings.HasPrefix(r.tr.Event(k).Detail, "TaskGroup(") {
			req.kind = "tg-owner" // the group stops its own body: the ExceptionGroup tells the rest
			break
		}
		req.kind = "taskgroup"
		owner := r.tr.Tasks[target].Parent
		if k := r.lastAwait(owner, i); k >= 0 && strings.HasPrefix(r.tr.Event(k).Detail, "TaskGroup(") {
			line = r.tr.Event(k).Pos.Line
		}
		why := strings.TrimSuffix(strings.TrimPrefix(e.Detail, "(TaskGroup: "), ")")
		switch {
		case strings.HasSuffix(why, " failed"):
			why = r.label(r.taskByName(strings.TrimSuffix(why, " failed"))) + " failed"
		case why == "its task was cancelled":
			why = r.label(owner) + ", the task running it, was cancelled"
		case why == "the body raised":
			why = "the code inside the async with raised"
		}
		text = "The TaskGroup on line " + itoa(line) + " cancelled " + whom + " because " + why + "."
	case strings.HasPrefix(e.Detail, "(timeout") && strings.HasSuffix(e.Detail, "expired)"):
		req.kind = "timeout"
		for _, j := range r.byTask[target] {
			if line == 0 && j > i && r.tr.Event(j).Kind == trace.EvTimeout {
				line = r.tr.Event(j).Pos.Line
				break
			}
		}
		text = "The asyncio.timeout() on line " + itoa(line) + " expired and cancelled " + whom + "."
	case e.Detail == "(wait_for timeout)":
		req.kind = "wait_for"
		text = "wait_for() on line " + itoa(line) + " ran out of time and cancelled " + whom + "."
	case strings.HasPrefix(e.Detail, "(wait_for(") && strings.HasSuffix(e.Detail, " expired)"):
		// 3.12 and later: wait_for is a timeout around the await, in the
		// awaiting task, so its expiry cancels that task as a timeout does.
		req.kind = "timeout"
		text = "wait_for() on line " + itoa(line) + " ran out of time and cancelled " + whom + "."
	case r.forwarded(i, e) >= 0 || r.passedOn(i, e):
		req.kind = "forward"
		kind = StepPropagate
		awaiter := e.Task
		if f := r.forwarded(i, e); f >= 0 {
			awaiter = f
		}
		text = "The cancellation was passed on to " + whom + ", which " + r.label(awaiter) + " was awaiting."
	case e.Task == target:
		req.kind = "self"
		text = who + " cancelled its own task at line " + itoa(line) + "."
	default:
		req.kind = "other"
		text = who + " cancelled " + whom + " at line " + itoa(line)
		if e.Detail != "" && !strings.HasPrefix(e.Detail, "(") {
			text += " with the message " + e.Detail
		}
		text += "."
	}
	if text != "" {
		req.step = len(r.steps)
		r.add(kind, e.Task, line, i, text)
	}
	s.pending[target] = append(s.pending[target], req)
}

// passedOn reports whether cancel request i is a task passing its own
// cancellation, just delivered at the same line, on to what it awaits there
// (wait_for cancels its inner task when its caller is cancelled).
func (r *run) passedOn(i int, e trace.Event) bool {
	p := r.prevSkipping(e.Task, i, trace.EvPrint)
	pe := r.event(p)
	return pe.Kind == trace.EvCancelDelivered && pe.Pos.Line == e.Pos.Line && r.awaits(e.Task, e.Related, p)
}

// forwarded returns the task whose cancellation request i only passes on:
// cancelling a task that awaits another task (or a gather) cancels what it
// awaits too, in the same call. It returns -1 for a request of its own.
func (r *run) forwarded(i int, e trace.Event) int {
	for j := i - 1; j >= 0; j-- {
		p := r.tr.Event(j)
		if p.Kind != trace.EvCancelRequest || p.Task != e.Task || p.Pos != e.Pos {
			if p.Kind == trace.EvPrint {
				continue
			}
			return -1
		}
		if p.Related >= 0 && r.awaits(p.Related, e.Related, i) {
			return p.Related
		}
	}
	return -1
}

func (r *run) pyCancelDelivered(s *pyState, i int, e trace.Event) {
	t := e.Task
	if reqs := s.pending[t]; len(reqs) > 0 {
		delete(s.pending, t)
		q := reqs[0]
		for _, x := range reqs {
			if x.kind != "tg-owner" && x.kind != "shutdown" {
				q = x
				break
			}
		}
		switch q.kind {
		case "tg-owner":
			return
		case "shutdown":
			s.shutdown++
			why := "because main() had finished"
			if m := r.mainTask(); m == t || m < 0 {
				why = "as the program shut down"
			} else if r.tr.Tasks[m].End != trace.EndDone {
				why = "because main() had ended"
			}
			where := "still waiting at line " + itoa(e.Pos.Line)
			if e.Pos.Line == 0 {
				where = "still waiting"
			}
			s.origin[t] = len(r.steps)
			r.add(StepShutdownCancel, t, e.Pos.Line, q.event, "asyncio.run() on line "+itoa(r.runLine())+" cancelled "+r.label(t)+", "+where+", "+why+".")
			s.inFlight[t] = i
			s.crossed[t] = true
			return
		}
		s.cancels++
		if q.step >= 0 {
			s.origin[t] = q.step
		}
		where := "at its await on line " + itoa(e.Pos.Line)
		if e.Pos.Line == 0 {
			where = "while it waited in " + strings.TrimPrefix(e.Detail, "from ")
		} else if r.startedJustNow(t, i) {
			// Cancelled before its first step: it raises at the top of
			// its coroutine, where no await is.
			where = "as it started, before any of its code ran (line " + itoa(e.Pos.Line) + ")"
		}
		text := "The CancelledError was delivered to " + r.label(t) + " " + where + "."
		if strings.HasPrefix(e.Detail, "from shield(") && e.Related >= 0 {
			text = "The CancelledError was delivered to " + r.label(t) + " " + where + "; shield() kept " + r.label(e.Related) + " running."
		}
		r.add(StepCancelDelivered, t, e.Pos.Line, i, text)
		s.inFlight[t] = i
		s.crossed[t] = q.kind != "self"
		return
	}
	// No request for this task: the CancelledError came out of what it awaited.
	from := e.Related
	via := strings.TrimPrefix(e.Detail, "from ")
	if from < 0 && !strings.HasPrefix(via, "gather(") {
		return
	}
	if from >= 0 {
		if p, ok := s.origin[from]; ok {
			s.origin[t] = p
		}
	}
	s.inFlight[t] = i
	s.crossed[t] = true
	r.add(StepPropagate, t, e.Pos.Line, i, r.viaText(via, e.Pos.Line, from, t, "the cancellation"))
	if strings.HasPrefix(via, "gather(") {
		r.leftRunning(s, t, r.lastAwait(t, i), i, from)
	}
}

// viaText says how what (an error, the cancellation) of task from reached
// task to, through via (the runtime's words for what to awaited).
func (r *run) viaText(via string, line, from, to int, what string) string {
	of := ""
	if from >= 0 {
		of = " of " + r.label(from)
		if what != "the cancellation" {
			of = " from " + r.label(from)
		}
	}
	l := itoa(line)
	switch {
	case strings.HasPrefix(via, "gather("):
		return "gather() on line " + l + " passed " + what + of + " on to " + r.label(to) + "."
	case strings.HasPrefix(via, "wait_for("):
		return "wait_for() on line " + l + " passed " + what + of + " on to " + r.label(to) + "."
	case strings.HasPrefix(via, "shield("):
		return "shield() on line " + l + " passed " + what + of + " on to " + r.label(to) + "."
	case strings.HasPrefix(via, "TaskGroup("):
		return "The TaskGroup on line " + l + " passed " + what + of + " on to " + r.label(to) + "."
	}
	if from >= 0 {
		exc := strings.TrimPrefix(what, "the ")
		if what == "the cancellation" {
			exc = "CancelledError"
		}
		return r.label(to) + " awaited " + r.label(from) + " on line " + l + " and got its " + exc + "."
	}
	return what + " reached " + r.label(to) + " at line " + l + "."
}

// leftRunning adds a step for every child of the gather awaited at event k
// that was still running when the gather gave up at event i.
func (r *run) leftRunning(s *pyState, awaiter, k, i, failed int) {
	for _, c := range r.gatherChildren(awaiter, k) {
		if c == failed || c < 0 || c >= len(r.tr.Tasks) {
			continue
		}
		done := -1
		for _, j := range r.byTask[c] {
			if r.tr.Event(j).Kind == trace.EvDone {
				done = j
			}
		}
		if done >= 0 && done < i {
			continue
		}
		line := 0
		if a := r.lastAwait(c, i); a >= 0 {
			line = r.tr.Event(a).Pos.Line
		}
		s.leftRun++
		r.add(StepLeftRunning, c, line, i, r.label(c)+" was left running: gather() does not cancel its other children when one fails or is cancelled.")
	}
}

func (r *run) pyResume(s *pyState, i int, e trace.Event) {
	t, from := e.Task, e.Related
	j := r.next(t, i)
	n := r.event(j)
	if n.Kind != trace.EvRaise && n.Kind != trace.EvCatch {
		if strings.HasPrefix(e.Detail, "TaskGroup(") {
			r.taskGroupRaised(s, t, i, e)
		}
		return
	}
	if from < 0 || from == t || from >= len(r.tr.Tasks) {
		return
	}
	c := r.tr.Tasks[from]
	if c.End != trace.EndFailed || c.Result != n.Detail {
		return
	}
	s.retrieved[from] = true
	s.from[t] = from
	if p, ok := s.origin[from]; ok {
		s.origin[t] = p
	}
	s.inFlight[t] = j
	s.crossed[t] = true
	r.add(StepPropagate, t, e.Pos.Line, j, r.viaText(e.Detail, e.Pos.Line, from, t, "the "+excType(n.Detail)))
	if strings.HasPrefix(e.Detail, "gather(") {
		r.leftRunning(s, t, r.lastAwait(t, i), j, from)
	}
	if n.Kind == trace.EvCatch {
		r.caught(s, t, j, n)
	}
}

// taskGroupRaised explains the ExceptionGroup a TaskGroup raises in its
// body's task once its children have failed.
func (r *run) taskGroupRaised(s *pyState, t, i int, e trace.Event) {
	k0 := r.lastAwait(t, i)
	if k0 < 0 || s.groups[r.groupStart(t, k0)] {
		return
	}
	var failed []int
	for _, c := range r.namesIn(e.Detail) {
		if r.tr.Tasks[c].End == trace.EndFailed && !isCancelled(r.tr.Tasks[c].Result) {
			failed = append(failed, c)
		}
	}
	k := r.lastAwait(t, i)
	if len(failed) == 0 || k < 0 || s.groups[r.groupStart(t, k)] {
		return
	}
	s.groups[r.groupStart(t, k)] = true
	var names []string
	for _, c := range failed {
		s.retrieved[c] = true
		names = append(names, r.label(c)+" ("+excType(r.tr.Tasks[c].Result)+")")
	}
	// The group holds its errors in the order they came: the first is where
	// the ExceptionGroup began.
	s.from[t] = failed[0]
	if p, ok := s.origin[failed[0]]; ok {
		s.origin[t] = p
	}
	s.inFlight[t] = i
	s.crossed[t] = true
	r.add(StepPropagate, t, e.Pos.Line, i, "The TaskGroup on line "+itoa(e.Pos.Line)+" raised an ExceptionGroup in "+r.label(t)+" holding the errors of "+strings.Join(names, ", ")+".")
	// except* handles it without a catch event: say where, from the source.
	if r.tr.Tasks[t].End != trace.EndFailed && r.py != nil {
		if h := r.py.exceptStarAround(e.Pos.Line); h > 0 {
			s.caught++
			r.add(StepCaught, t, h, i, r.label(t)+" handled the ExceptionGroup with except* on line "+itoa(h)+".")
		}
	}
}

// groupStart is the first await of the TaskGroup that task awaits at event
// k: a group's body awaits it again after each child, and is explained once.
func (r *run) groupStart(task, k int) int {
	if g, ok := r.groupOf[k]; ok {
		return g
	}
	g := r.groupStartScan(task, k)
	if r.groupOf == nil {
		r.groupOf = map[int]int{}
	}
	r.groupOf[k] = g
	return g
}

func (r *run) groupStartScan(task, k int) int {
	line := r.tr.Event(k).Pos.Line
	first := k
	idx := r.byTask[task]
	for x := len(idx) - 1; x >= 0; x-- {
		j := idx[x]
		if j > k {
			continue
		}
		ev := r.tr.Event(j)
		if ev.Kind == trace.EvAwait {
			if !strings.HasPrefix(ev.Detail, "TaskGroup(") || ev.Pos.Line != line {
				break
			}
			if g, ok := r.groupOf[j]; ok && j != k {
				return g
			}
			first = j
		}
	}
	return first
}

func (r *run) pyRaiseCatch(s *pyState, i int, e trace.Event) {
	t := e.Task
	// timeout() and wait_for() turn the CancelledError into TimeoutError.
	if excType(e.Detail) == "TimeoutError" {
		if k, waitFor, inner := r.timeoutFor(t, i); k >= 0 && !s.timeouts[k] {
			s.timeouts[k] = true
			te := r.tr.Event(k)
			var text string
			if !waitFor {
				text = r.timeoutName(t, k) + " on line " + itoa(te.Pos.Line) + " turned the CancelledError into TimeoutError in " + r.label(t) + "."
			} else {
				text = "wait_for() on line " + itoa(te.Pos.Line) + " raised TimeoutError in " + r.label(t) + " once " + r.label(inner) + " was cancelled."
				if p, ok := s.origin[inner]; ok {
					s.origin[t] = p
				}
			}
			s.inFlight[t] = i
			s.crossed[t] = true
			r.add(StepPropagate, t, te.Pos.Line, i, text)
			if e.Kind == trace.EvCatch {
				r.caught(s, t, i, e)
			}
			return
		}
	}
	if e.Kind == trace.EvRaise && strings.Contains(e.Detail, "ExceptionGroup") {
		if p := r.prev(t, i); p >= 0 && strings.HasPrefix(r.tr.Event(p).Detail, "TaskGroup(") {
			r.taskGroupRaised(s, t, p, r.tr.Event(p))
		}
		return
	}
	if e.Kind == trace.EvCatch {
		if _, ok := s.inFlight[t]; ok {
			r.caught(s, t, i, e)
		}
	}
}

// caught adds a step when task t catches, at event i, the cancellation or
// error that reached it, and carries on instead of re-raising it.
func (r *run) caught(s *pyState, t, i int, e trace.Event) {
	delete(s.inFlight, t)
	// Re-raised after some cleanup: not caught after all.
	if r.reraised(t, i, e.Detail) {
		return
	}
	// What the task raises next starts afresh: the summary must not trace
	// a later error back to this handled one.
	delete(s.origin, t)
	s.caught++
	what := "the " + excType(e.Detail)
	r.add(StepCaught, t, e.Pos.Line, i, r.label(t)+" caught "+what+" at line "+itoa(e.Pos.Line)+" and carried on.")
}

func (r *run) lastOfKind(task, i int, kind string) int {
	idx := r.byTask[task]
	for k := r.before(task, i) - 1; k >= 0; k-- {
		if r.tr.Event(idx[k]).Kind == kind {
			return idx[k]
		}
	}
	return -1
}

// pyOrigins adds a raise step for every task that failed with an exception
// that started in it (not one passed on from another task), and says which
// of them nobody retrieved.
func (r *run) pyOrigins(s *pyState) {
	for _, t := range r.tr.Tasks {
		if t.End != trace.EndFailed || isCancelled(t.Result) || excType(t.Result) == "SystemExit" {
			continue
		}
		o := r.originRaise(t.ID)
		if o < 0 {
			continue
		}
		if s.crossed[t.ID] {
			continue // it came from another task; that task's raise tells it
		}
		e := r.tr.Event(o)
		s.origin[t.ID] = len(r.steps)
		r.add(StepRaise, t.ID, e.Pos.Line, o, r.label(t.ID)+" raised "+e.Detail+" at line "+itoa(e.Pos.Line)+".")
		if !s.retrieved[t.ID] && t.ID != r.mainTask() && r.neverRetrieved(t) {
			done := r.lastOfKind(t.ID, r.tr.NumEvents(), trace.EvDone)
			r.add(StepNeverRetrieved, t.ID, e.Pos.Line, done, "Nobody awaited "+r.label(t.ID)+", so its "+excType(t.Result)+" was never retrieved: asyncio only logged \"Task exception was never retrieved\".")
		}
	}
}

// originRaise is the event where the exception task ended with first left a
// frame: the earliest of the raise events that unwound the task at its end.
func (r *run) originRaise(task int) int {
	res := r.tr.Tasks[task].Result
	idx := r.byTask[task]
	o := -1
	for k := len(idx) - 1; k >= 0; k-- {
		e := r.tr.Event(idx[k])
		switch e.Kind {
		case trace.EvDone, trace.EvPrint:
			continue
		case trace.EvRaise:
			if e.Detail == res {
				o = idx[k]
				continue
			}
		}
		break
	}
	return o
}

// neverRetrieved reports whether asyncio logged task's exception as never
// retrieved.
func (r *run) neverRetrieved(t trace.Task) bool {
	errOut := r.tr.Outcome.Stderr
	if !strings.Contains(errOut, "exception was never retrieved") {
		return false
	}
	return strings.Contains(errOut, "name='"+t.Name+"'") || strings.Contains(errOut, "coro=<"+t.Func+"()")
}

// pyEnding adds the steps that end the story.
func (r *run) pyEnding(s *pyState) {
	o := r.tr.Outcome
	m := r.mainTask()
	switch o.Kind {
	case trace.OutcomeException:
		line := r.runLine()
		if e := o.Error; e != nil && len(e.Frames) > 0 {
			line = e.Frames[0].Line
		}
		typ := "an exception"
		if o.Error != nil {
			typ = shortType(o.Error.Type)
		}
		ev := -1
		if m >= 0 {
			ev = r.lastOfKind(m, r.tr.NumEvents(), trace.EvDone)
		}
		if m < 0 || ev < 0 {
			// raised outside any task: at module level
			if o.Error != nil && o.Error.Pos.Line > 0 && !r.hasKind(StepRaise) {
				r.add(StepRaise, -1, o.Error.Pos.Line, -1, "The program raised "+o.Error.Line+" at line "+itoa(o.Error.Pos.Line)+".")
			}
			r.addTerminal(StepUncaught, -1, line, -1, "Nothing caught it: the program ended with "+typ+".")
			return
		}
		r.addTerminal(StepUncaught, m, line, ev, "asyncio.run() on line "+itoa(line)+" re-raised it: the program ended with "+typ+".")
	case trace.OutcomeExit:
		r.exitStep()
	case trace.OutcomeDeadlock:
		for _, t := range r.tr.Tasks {
			if t.End != trace.EndPending {
				continue
			}
			a := r.lastAwait(t.ID, r.tr.NumEvents())
			line, on := 0, "something"
			if a >= 0 {
				line, on = r.tr.Event(a).Pos.Line, r.tr.Event(a).Detail
			}
			r.addTerminal(StepDeadlock, t.ID, line, a, r.label(t.ID)+" waits on "+on+" at line "+itoa(line)+" and nothing is left that could wake it: the program would wait for ever.")
		}
	case trace.OutcomeStepLimit, trace.OutcomeStopped:
		r.stoppedStep()
	default:
		for _, t := range r.tr.Tasks {
			if t.End == trace.EndPending && t.ID != m {
				a := r.lastAwait(t.ID, r.tr.NumEvents())
				line := 0
				if a >= 0 {
					line = r.tr.Event(a).Pos.Line
				}
				r.add(StepLeaked, t.ID, line, a, r.label(t.ID)+" was still pending when the program ended.")
			}
		}
	}
}

func (r *run) hasKind(kind string) bool {
	for _, s := range r.steps {
		if s.Kind == kind {
			return true
		}
	}
	return false
}

// exitStep explains sys.exit / os.Exit.
func (r *run) exitStep() {
	o := r.tr.Outcome
	ev := -1
	// Python's sys.exit() raises SystemExit: its first raise is the call
	// (the loop's exit event comes later, from asyncio.run()).
	for i, e := range r.tr.Events() {
		if e.Kind == trace.EvRaise && e.Task >= 0 && excType(e.Detail) == "SystemExit" {
			ev = i
			break
		}
	}
	for i := r.tr.NumEvents() - 1; i >= 0 && ev < 0; i-- {
		if r.tr.Event(i).Kind == trace.EvExit {
			ev = i
		}
	}
	e := r.event(ev)
	call := "sys.exit()"
	if r.tr.Lang == "go" {
		call = "os.Exit()"
	}
	t := e.Task
	if ev < 0 {
		t = -1
	}
	r.addTerminal(StepExit, t, e.Pos.Line, ev, call+" on line "+itoa(e.Pos.Line)+" ended the program with exit status "+itoa(o.ExitCode)+".")
}

// stoppedStep explains a run the step budget (or the Stop button) ended.
func (r *run) stoppedStep() {
	o := r.tr.Outcome
	why := "The step budget ran out"
	if o.Kind == trace.OutcomeStopped {
		why = "The run was stopped"
	}
	task := r.runningAtEnd()
	if task < 0 {
		r.addTerminal(StepStopped, -1, 0, -1, why+".")
		return
	}
	line := 0
	if o.Error != nil {
		line = o.Error.Pos.Line
	}
	if r.py != nil {
		if l := r.py.busyLoopIn(r.tr.Tasks, task); l > 0 {
			line = l
		}
	}
	if r.gp != nil {
		if l := r.gp.loopAround(line); l > 0 {
			line = l
		}
	}
	r.addTerminal(StepStopped, task, line, r.lastOfKind(task, r.tr.NumEvents(), trace.EvStart), why+" while "+r.label(task)+" was running at line "+itoa(line)+".")
}

// runningAtEnd is the task whose running span was still open when the run
// stopped, or -1.
func (r *run) runningAtEnd() int {
	for k := r.tr.NumSpans() - 1; k >= 0; k-- {
		sp := r.tr.Span(k)
		if sp.State == trace.StateRunning && sp.To >= r.tr.NumEvents() {
			return sp.Task
		}
	}
	return -1
}

// timeoutFor finds the timeout that expired for task t before event i: a
// timeout event in t (asyncio.timeout(), and wait_for in traces that record
// it there) or one the loop recorded on t's behalf. It says whether it was
// wait_for's, and the inner task wait_for cancelled; k is -1 if none.
func (r *run) timeoutFor(t, i int) (k int, waitFor bool, inner int) {
	for j := i - 1; j >= 0; j-- {
		e := r.tr.Event(j)
		if e.Kind != trace.EvTimeout || !(e.Task == t || e.Task == trace.LoopTask && e.Related == t) {
			continue
		}
		if e.Task == t && e.Related != t {
			return j, true, e.Related
		}
		if !strings.HasPrefix(e.Detail, "wait_for(") {
			return j, false, -1
		}
		inner = -1
		for _, x := range r.byTask[t] {
			if x > j && r.tr.Event(x).Kind == trace.EvCancelRequest && r.tr.Event(x).Detail == "(wait_for timeout)" {
				inner = r.tr.Event(x).Related
				break
			}
		}
		return j, true, inner
	}
	return -1, false, -1
}

// timeoutName is what made the timeout whose expiry is event k in task t:
// "wait_for()" where 3.12 and later run wait_for as a timeout around the
// await (its cancel request says so), or else "asyncio.timeout()".
func (r *run) timeoutName(t, k int) string {
	for j := k - 1; j >= 0; j-- {
		if e := r.tr.Event(j); e.Kind == trace.EvCancelRequest && e.Related == t {
			if strings.HasPrefix(e.Detail, "(wait_for(") {
				return "wait_for()"
			}
			break
		}
	}
	return "asyncio.timeout()"
}

// startedJustNow reports whether the last event of task t before event i
// is its start: nothing of its coroutine ran before the event.
func (r *run) startedJustNow(t, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if e := r.tr.Event(j); e.Task == t {
			return e.Kind == trace.EvStart
		}
	}
	return false
}
