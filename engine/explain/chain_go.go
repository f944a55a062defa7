//go:build !tasklinepy

package explain

import (
	"go/ast"
	"strings"

	"taskline/engine/trace"
)

// isRuntimeTask reports whether a goroutine is one the Go runtime started
// for a timer (a context deadline, time.AfterFunc) rather than the program.
func (r *run) isRuntimeTask(id int) bool {
	if id < 0 || id >= len(r.tr.Tasks) {
		return true
	}
	t := r.tr.Tasks[id]
	return t.Parent < 0 && id != r.mainTask() || strings.HasPrefix(t.Func, "time.")
}

// goSteps derives the chain of a Go run: cancel funcs, deadlines and
// errgroup errors, the goroutines that saw them, panics, leaks, deadlocks.
func (r *run) goSteps() {
	s := &goState{}
	r.gs = s
	observed := map[[2]int]bool{} // (goroutine, line); line 0: any
	groupErr := -1
	for i, e := range r.tr.Events() {
		switch e.Kind {
		case trace.EvGroupError:
			groupErr = i
			s.groupErr = e.Detail
			r.add(StepGroupError, e.Task, e.Pos.Line, i, r.label(e.Task)+" returned the errgroup's first error, \""+e.Detail+"\" (started on line "+itoa(e.Pos.Line)+").")
		case trace.EvCtxCancel:
			s.cancels++
			p := r.prevSkipping(e.Task, i, trace.EvClose)
			pe := r.event(p)
			var text string
			switch {
			case pe.Kind == trace.EvCtxCancel && pe.Pos == e.Pos:
				text = "With it, the context derived from that one is cancelled too: cancelling a parent cancels its children."
			case pe.Kind == trace.EvGroupError:
				text = "errgroup cancelled its context because of that first error, so every goroutine watching ctx.Done() is told to stop."
			case r.isRuntimeTask(e.Task):
				text = "The deadline of the context made on line " + itoa(e.Pos.Line) + " passed: the context is cancelled (" + e.Detail + ")."
			default:
				text = r.label(e.Task) + " called the cancel func on line " + itoa(e.Pos.Line) + ": the context is cancelled (" + e.Detail + ")."
			}
			r.add(StepCtxCancel, e.Task, e.Pos.Line, i, text)
		case trace.EvCtxObserved:
			// Only a goroutine woken by ctx.Done() is told to stop; a later
			// ctx.Err() just reads what happened.
			line := r.doneLine(e.Pos.Line)
			if line == 0 || observed[[2]int{e.Task, line}] {
				continue
			}
			if !observed[[2]int{e.Task, 0}] {
				s.observed++
			}
			observed[[2]int{e.Task, line}] = true
			observed[[2]int{e.Task, 0}] = true
			r.add(StepCtxObserved, e.Task, line, i, r.label(e.Task)+" saw ctx.Done() at line "+itoa(line)+" ("+e.Detail+").")
		case trace.EvPanic:
			r.add(StepPanic, e.Task, e.Pos.Line, i, r.label(e.Task)+" panicked at line "+itoa(e.Pos.Line)+": "+e.Detail+".")
		case trace.EvRecover:
			s.recovered++
			r.add(StepCaught, e.Task, e.Pos.Line, i, r.label(e.Task)+" recovered from the panic at line "+itoa(e.Pos.Line)+" and carried on.")
		}
	}
	if groupErr >= 0 {
		r.groupWait(groupErr)
	}
	r.goEnding(s)
}

// groupWait explains the g.Wait() that returned errgroup's first error.
func (r *run) groupWait(groupErr int) {
	for i := groupErr + 1; i < r.tr.NumEvents(); i++ {
		e := r.tr.Event(i)
		if e.Kind != trace.EvUnblock {
			continue
		}
		b := r.lastOfKind(e.Task, i, trace.EvBlock)
		if b < 0 || r.tr.Event(b).Detail != "sync.WaitGroup.Wait" {
			continue
		}
		line := r.tr.Event(b).Pos.Line
		if !strings.Contains(r.line(line), ".Wait()") {
			continue
		}
		r.add(StepPropagate, e.Task, line, i, "g.Wait() on line "+itoa(line)+" returned the first error to "+r.label(e.Task)+".")
		return
	}
}

// blockedAt is the last block event of a goroutine, or -1.
func (r *run) blockedAt(id int) int { return r.lastOfKind(id, r.tr.NumEvents(), trace.EvBlock) }

func (r *run) goEnding(s *goState) {
	for _, t := range r.tr.Tasks {
		if t.End == trace.EndLeaked && !r.leaked(t.ID) {
			// not stuck, just not finished: main returning ended it
			r.leftRunningGo(t.ID)
			continue
		}
		if !r.leaked(t.ID) {
			continue
		}
		s.leaked++
		b := r.blockedAt(t.ID)
		e := r.event(b)
		on := "something"
		if b >= 0 {
			on = e.Detail
		}
		r.add(StepLeaked, t.ID, e.Pos.Line, b, r.label(t.ID)+" was still blocked on "+on+" at line "+itoa(e.Pos.Line)+" when main returned: it leaked.")
	}
	switch r.tr.Outcome.Kind {
	case trace.OutcomeDeadlock:
		var ids []int
		for _, t := range r.tr.Tasks {
			if t.End == trace.EndPending {
				ids = append(ids, t.ID)
			}
		}
		for _, id := range ids {
			b := r.blockedAt(id)
			e := r.event(b)
			text := r.label(id) + " is blocked on " + e.Detail + " at line " + itoa(e.Pos.Line)
			if e.Related >= 0 && e.Related != id {
				text += ", held by " + r.label(e.Related)
			}
			text += "."
			r.addTerminal(StepDeadlock, id, e.Pos.Line, b, text)
		}
		if n := len(r.terminal); n > 0 {
			r.terminal[n-1].Text += " No goroutine is left to wake any of them: Go stops the program with \"all goroutines are asleep - deadlock!\"."
		}
	case trace.OutcomeExit:
		r.exitStep()
	case trace.OutcomeStepLimit, trace.OutcomeStopped:
		r.stoppedStep()
	}
}

// leaked reports whether a goroutine was still blocked when main returned:
// one that was only sleeping, or runnable, would have gone on.
func (r *run) leaked(id int) bool {
	if r.tr.Tasks[id].End != trace.EndLeaked {
		return false
	}
	// Its last span says what it was doing: a goroutine woken (ready) but
	// not yet run when main returned was not stuck.
	for k := r.tr.NumSpans() - 1; k >= 0; k-- {
		if sp := r.tr.Span(k); sp.Task == id {
			return sp.State == trace.StateBlocked
		}
	}
	return false
}

// doneLine is the line where a goroutine that observed a context at line
// waited on ctx.Done(): the case of the select on that line that receives
// from Done(), or line itself when it holds a Done() call; 0 when the line
// only reads ctx.Err().
func (r *run) doneLine(line int) int {
	if strings.Contains(r.line(line), "Done()") {
		return line
	}
	if r.gp == nil {
		return 0
	}
	found := 0
	ast.Inspect(r.gp.file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectStmt)
		if !ok || r.gp.line(sel.Pos()) != line {
			return found == 0
		}
		for _, c := range sel.Body.List {
			cc := c.(*ast.CommClause)
			if cc.Comm != nil && strings.Contains(r.line(r.gp.line(cc.Comm.Pos())), "Done()") {
				found = r.gp.line(cc.Pos())
				return false
			}
		}
		return false
	})
	return found
}

// leftRunningGo explains a goroutine that was sleeping or ready to run when
// main returned: the program ended without it.
func (r *run) leftRunningGo(id int) {
	state, ev := "", -1
	for k := r.tr.NumSpans() - 1; k >= 0; k-- {
		if sp := r.tr.Span(k); sp.Task == id {
			state, ev = sp.State, sp.Event
			break
		}
	}
	e := r.event(ev)
	var text string
	switch state {
	case trace.StateSleeping:
		text = r.label(id) + " was still waiting on a timer at line " + itoa(e.Pos.Line) + " when main returned: the program ended without letting it finish."
	default:
		if r.lastOfKind(id, r.tr.NumEvents(), trace.EvStart) < 0 {
			// never ran: say where it was started
			t := r.tr.Tasks[id]
			ev = -1
			for i, c := range r.tr.Events() {
				if c.Kind == trace.EvCreate && c.Related == id {
					ev = i
					break
				}
			}
			r.gs.leftRun++
			r.add(StepLeftRunning, id, t.Pos.Line, ev, r.label(id)+", started at line "+itoa(t.Pos.Line)+", had not run at all when main returned: the program ended without it.")
			return
		}
		text = r.label(id) + " was ready to run again when main returned: the program ended without letting it finish."
		ev = r.prev(id, r.tr.NumEvents())
		e = r.event(ev)
	}
	r.gs.leftRun++
	r.add(StepLeftRunning, id, e.Pos.Line, ev, text)
}
