// Package exercise is the model of a Taskline exercise: the checks a teacher
// writes against a run, their evaluation on a trace, and the "predict first"
// question.
//
// Checks read only the trace (engine/trace): output, uncaught error, and the
// tasks' lives on the virtual clock. Because the clock is virtual, a check
// such as "worker finished by 2s" gives the same answer on every machine and
// every run. The browser evaluates the same checks in JavaScript
// (web/embed/checks.js) from the JSON form written by Check's fields; the two
// evaluators are kept in step by a shared table of cases (testdata/cases.json).
package exercise

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"taskline/engine/trace"
)

// Check kinds, as they appear in the JSON form.
const (
	StdoutExact     = "stdout"         // Want: the exact stdout
	StdoutMatch     = "stdout-match"   // Want: a regular expression (multi-line mode)
	ErrorIs         = "error"          // Want: "none" or an error type / outcome kind
	Cancelled       = "cancelled"      // Task: cancellation was delivered to every matching task
	NotCancelled    = "not-cancelled"  // Task: cancellation reached none of them
	FinishedBy      = "finished-by"    // Task, Time: every matching task ended by Time
	NoPending       = "no-pending"     // no task left pending, no goroutine leaked
	MaxRunning      = "max-running"    // N (and optional Task): at most N busy at once
	CancelRequestBy = "cancel-request" // Task was cancelled at the request of By
)

// Check is one assertion about a run. Line is its line in the Markdown file.
type Check struct {
	Kind    string `json:"kind"`
	Want    string `json:"want,omitempty"`
	Task    string `json:"task,omitempty"`
	By      string `json:"by,omitempty"`
	Time    int64  `json:"time,omitempty"` // virtual nanoseconds
	N       int    `json:"n,omitempty"`
	Text    string `json:"text"`              // the check as the author wrote it
	Message string `json:"message,omitempty"` // what to tell a student when it fails
	Line    int    `json:"line"`
}

// TimeSlack is how far past a deadline a task may end and still count as
// finished by it. Virtual instants carry a few nanoseconds of the engine's
// bookkeeping (a task woken at 3s ends at 3s plus a step or two), so times
// are compared to the millisecond, which is finer than any lesson needs.
const TimeSlack = int64(1e6)

// Result is the verdict of one check on one run.
type Result struct {
	Pass bool
	// Detail says what the run actually did, in a sentence, when the
	// check failed: "stdout was \"a\\n\", want \"b\\n\"".
	Detail string
}

// Eval evaluates c on t.
func (c *Check) Eval(t *trace.Trace) Result {
	fail := func(format string, args ...any) Result { return Result{Detail: fmt.Sprintf(format, args...)} }
	switch c.Kind {
	case StdoutExact:
		if t.Outcome.Stdout == c.Want {
			return Result{Pass: true}
		}
		return fail("stdout was %s, want %s", quote(t.Outcome.Stdout), quote(c.Want))
	case StdoutMatch:
		re, err := regexp.Compile("(?m)" + c.Want)
		if err != nil {
			return fail("bad pattern: %v", err)
		}
		if re.MatchString(t.Outcome.Stdout) {
			return Result{Pass: true}
		}
		return fail("stdout %s does not match /%s/", quote(t.Outcome.Stdout), c.Want)
	case ErrorIs:
		got := ErrorName(t)
		if c.Want == "none" {
			if got == "none" {
				return Result{Pass: true}
			}
			return fail("the run ended with %s", got)
		}
		if got != "none" && ErrorMatches(t, c.Want) {
			return Result{Pass: true}
		}
		if got == "none" {
			return fail("the run ended without an error, want %s", c.Want)
		}
		return fail("the run ended with %s, want %s", got, c.Want)
	case Cancelled, NotCancelled, FinishedBy:
		ids := Select(t, c.Task)
		if len(ids) == 0 {
			return fail("no task or goroutine is named %s (there are: %s)", c.Task, taskNames(t))
		}
		for _, id := range ids {
			task := &t.Tasks[id]
			switch c.Kind {
			case Cancelled:
				if !WasCancelled(t, id) {
					return fail("%s was not cancelled", task.Name)
				}
			case NotCancelled:
				if WasCancelled(t, id) {
					return fail("%s was cancelled", task.Name)
				}
			case FinishedBy:
				if !finished(task) {
					return fail("%s never finished (%s)", task.Name, task.End)
				}
				if task.Ended > c.Time+TimeSlack {
					return fail("%s finished at %s, after %s", task.Name, Duration(task.Ended), Duration(c.Time))
				}
			}
		}
		return Result{Pass: true}
	case NoPending:
		var left []string
		for i := range t.Tasks {
			if !finished(&t.Tasks[i]) {
				left = append(left, t.Tasks[i].Name+" ("+t.Tasks[i].End+")")
			}
		}
		if len(left) == 0 {
			return Result{Pass: true}
		}
		return fail("left unfinished: %s", strings.Join(left, ", "))
	case MaxRunning:
		var ids []int
		if c.Task != "" {
			ids = Select(t, c.Task)
			if len(ids) == 0 {
				return fail("no task or goroutine is named %s (there are: %s)", c.Task, taskNames(t))
			}
		}
		n, at := MaxBusy(t, ids)
		if n <= c.N {
			return Result{Pass: true}
		}
		return fail("%d were busy at once at %s, want at most %d", n, Duration(at), c.N)
	case CancelRequestBy:
		targets, by := Select(t, c.Task), Select(t, c.By)
		if len(targets) == 0 {
			return fail("no task or goroutine is named %s (there are: %s)", c.Task, taskNames(t))
		}
		if len(by) == 0 {
			return fail("no task or goroutine is named %s (there are: %s)", c.By, taskNames(t))
		}
		if CancelRequested(t, targets, by) {
			return Result{Pass: true}
		}
		return fail("no cancellation of %s was requested by %s", c.Task, c.By)
	}
	return fail("unknown check kind %q", c.Kind)
}

// finished reports whether the task ended by itself, as opposed to being left
// pending (asyncio) or leaked (Go) when the program stopped.
func finished(t *trace.Task) bool {
	return t.Ended >= 0 && t.End != trace.EndPending && t.End != trace.EndLeaked
}

// Select returns the tasks a selector names: by runtime name ("Task-2",
// "goroutine 7") or by the coroutine or function it runs ("worker", matching
// "main.worker" too).
func Select(t *trace.Trace, sel string) []int {
	var ids []int
	for i, task := range t.Tasks {
		if task.Name == sel || task.Func == sel || strings.HasSuffix(task.Func, "."+sel) {
			ids = append(ids, i)
		}
	}
	return ids
}

func taskNames(t *trace.Trace) string {
	var names []string
	seen := map[string]bool{}
	for _, task := range t.Tasks {
		n := task.Name
		if task.Func != "" && task.Func != task.Name {
			n += " running " + task.Func
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// WasCancelled reports whether cancellation reached the task: it ended
// cancelled, a CancelledError was delivered into it, or (Go) it observed its
// context's cancellation.
func WasCancelled(t *trace.Trace, id int) bool {
	if t.Tasks[id].End == trace.EndCancelled {
		return true
	}
	for _, e := range t.Events() {
		if e.Task == id && (e.Kind == trace.EvCancelDelivered || e.Kind == trace.EvCtxObserved) {
			return true
		}
	}
	return false
}

// CancelRequested reports whether one of by asked for the cancellation of one
// of targets: an asyncio cancel() call, or (Go) a context cancel by one of by
// that one of targets later observed.
func CancelRequested(t *trace.Trace, targets, by []int) bool {
	in := func(id int, set []int) bool {
		for _, x := range set {
			if x == id {
				return true
			}
		}
		return false
	}
	ctxCancelled := false
	for _, e := range t.Events() {
		switch {
		case e.Kind == trace.EvCancelRequest && in(e.Task, by) && in(e.Related, targets):
			return true
		case e.Kind == trace.EvCtxCancel && in(e.Task, by):
			ctxCancelled = true
		case ctxCancelled && e.Kind == trace.EvCtxObserved && in(e.Task, targets):
			return true
		}
	}
	return false
}

// busy reports whether a span is a task doing its work: sleeping (the way
// these small programs model work), or running for at least TimeSlack
// (blocking calls, CPU-heavy code). CPU work takes virtual time
// (docs/COST.md), so every running span is a few microseconds wide; the
// steps a task runs between two waits (to reach a semaphore it then waits
// for) are bookkeeping, not work, as a deadline's few nanoseconds are.
// Waiting for a lock, a semaphore, a channel or another task is not busy.
func busy(s *trace.Span) bool {
	return s.State == trace.StateSleeping || s.State == trace.StateRunning && s.End-s.Start >= TimeSlack
}

// MaxBusy returns the largest number of the given tasks (all when ids is nil)
// busy at the same virtual time, and the first time it was reached. Spans
// are half-open, [Start, End).
func MaxBusy(t *trace.Trace, ids []int) (max int, at int64) {
	want := map[int]bool{}
	for _, id := range ids {
		want[id] = true
	}
	type edge struct {
		t     int64
		delta int
	}
	var edges []edge
	for _, s := range t.Spans() {
		if !busy(&s) || s.End <= s.Start || (ids != nil && !want[s.Task]) {
			continue
		}
		edges = append(edges, edge{s.Start, +1}, edge{s.End, -1})
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].t != edges[j].t {
			return edges[i].t < edges[j].t
		}
		return edges[i].delta < edges[j].delta // ends before starts
	})
	n := 0
	for _, e := range edges {
		n += e.delta
		if n > max {
			max, at = n, e.t
		}
	}
	return max, at
}

// ErrorName names how the run ended, for messages: "none" for a clean exit,
// else the uncaught error's type or the outcome kind ("deadlock").
func ErrorName(t *trace.Trace) string {
	o := t.Outcome
	if o.Error == nil && (o.Kind == trace.OutcomeOK || o.Kind == "") && o.ExitCode == 0 {
		return "none"
	}
	if o.Error != nil && o.Error.Type != "" {
		return o.Error.Type
	}
	if o.Kind == trace.OutcomeExit {
		return fmt.Sprintf("exit status %d", o.ExitCode)
	}
	return o.Kind
}

// ErrorMatches reports whether the run's error is want: the error type, with
// or without its module ("CancelledError" matches
// "asyncio.exceptions.CancelledError"), or the outcome kind ("deadlock",
// "panic").
func ErrorMatches(t *trace.Trace, want string) bool {
	o := t.Outcome
	if o.Kind == want {
		return true
	}
	if o.Error == nil {
		return false
	}
	typ := o.Error.Type
	return typ == want || strings.HasSuffix(typ, "."+want) || strings.HasPrefix(o.Error.Line, want+":") || o.Error.Line == want
}

// Duration formats virtual nanoseconds the way checks are written: 1.5s,
// 300ms, 0s.
func Duration(ns int64) string {
	switch {
	case ns == 0:
		return "0s"
	case ns%1e9 == 0 || ns >= 1e9:
		return trimFloat(float64(ns)/1e9) + "s"
	case ns%1e6 == 0 || ns >= 1e6:
		return trimFloat(float64(ns)/1e6) + "ms"
	case ns%1e3 == 0 || ns >= 1e3:
		return trimFloat(float64(ns)/1e3) + "µs"
	}
	return fmt.Sprintf("%dns", ns)
}

func trimFloat(f float64) string {
	s := fmt.Sprintf("%.3f", f)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// quote shows program output in a message, shortened when long.
func quote(s string) string {
	const max = 200
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
