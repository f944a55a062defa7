package explain

import (
	"strings"

	"taskline/engine/trace"
)

// summary says in one sentence how the run ended and what led there.
func (r *run) summary() string {
	o := r.tr.Outcome
	switch o.Kind {
	case trace.OutcomeException:
		typ := "an exception"
		if o.Error != nil {
			typ = shortType(o.Error.Type)
		}
		s := "The program ended with " + typ
		if origin := r.originStep(); origin != nil {
			s += ", which began when " + lowerFirst(strings.TrimSuffix(origin.Text, "."))
		} else if o.Error != nil && o.Error.Pos.Line > 0 {
			s += ", raised at line " + itoa(o.Error.Pos.Line)
		}
		return s + "."
	case trace.OutcomeExit:
		return "The program ended with exit status " + itoa(o.ExitCode) + ", by its own call to exit."
	case trace.OutcomeDeadlock:
		if r.tr.Lang == "go" {
			return "The program deadlocked: " + plural(len(r.terminal), "goroutine") + " blocked with nothing left to wake " + pick(len(r.terminal) == 1, "it", "them") + "."
		}
		return "The program would wait for ever: every task is waiting on something that nothing will ever set or finish (CPython hangs here; Taskline stops it)."
	case trace.OutcomePanic:
		for _, s := range r.steps {
			if s.Kind == StepPanic {
				return "The program crashed: " + lowerFirst(strings.TrimSuffix(s.Text, ".")) + ", and nothing recovered it."
			}
		}
		return "The program crashed with a panic."
	case trace.OutcomeStepLimit:
		return "The run was stopped when its step budget ran out: something kept running without end."
	case trace.OutcomeStopped:
		return "The run was stopped before it ended."
	}
	// ended normally
	var parts []string
	if p := r.ps; p != nil {
		if p.cancels > 0 {
			parts = append(parts, plural(p.cancels, "cancellation")+" delivered")
		}
		if p.caught > 0 {
			parts = append(parts, plural(p.caught, "error")+" caught after crossing a task boundary")
		}
		if p.leftRun > 0 {
			parts = append(parts, plural(p.leftRun, "task")+" left running by gather()")
		}
		if p.shutdown > 0 {
			parts = append(parts, plural(p.shutdown, "leftover task")+" cancelled by asyncio.run() at shutdown")
		}
		n := 0
		for _, s := range r.steps {
			if s.Kind == StepNeverRetrieved {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, plural(n, "task exception")+" never retrieved")
		}
	}
	if g := r.gs; g != nil {
		if g.groupErr != "" {
			parts = append(parts, "errgroup's first error was \""+g.groupErr+"\"")
		}
		if g.cancels > 0 {
			parts = append(parts, plural(g.cancels, "context")+" cancelled")
		}
		if g.observed > 0 {
			parts = append(parts, plural(g.observed, "goroutine")+" stopped on ctx.Done()")
		}
		if g.recovered > 0 {
			parts = append(parts, plural(g.recovered, "panic")+" recovered")
		}
		if g.leaked > 0 {
			parts = append(parts, plural(g.leaked, "goroutine")+" leaked")
		}
		if g.leftRun > 0 {
			parts = append(parts, plural(g.leftRun, "goroutine")+" still running when main returned")
		}
	}
	if len(parts) == 0 {
		return "The program ended normally; no task was cancelled and no error crossed a task boundary."
	}
	return "The program ended normally: " + strings.Join(parts, "; ") + "."
}

// originStep is the step where the error that ended the program began.
func (r *run) originStep() *Step {
	m := r.mainTask()
	if r.ps != nil && m >= 0 {
		if k, ok := r.ps.origin[m]; ok && k < len(r.steps) {
			return &r.steps[k]
		}
	}
	for i := range r.steps {
		if r.steps[i].Kind == StepRaise {
			return &r.steps[i]
		}
	}
	return nil
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	// keep names that start the sentence as they are written
	if strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "Nobody ") || strings.HasPrefix(s, "With ") {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
