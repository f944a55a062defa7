// Package explain tells the story of a Taskline run: why it ended as it did,
// as a chain of plain-language steps, and which known pitfalls the program
// falls into, each with its fix.
//
// The trace (engine/trace) says what happened; this package says why. From
// the trace's events it follows every cancellation from the cancel() call
// (or the deadline, the TaskGroup, asyncio.run()'s shutdown) to the await
// where the CancelledError was delivered and on through the tasks that
// awaited it, and every error that crossed a task boundary from its raise to
// the awaiter that caught it or to asyncio.run(). Go runs get the same: the
// cancel func, the deadline or the errgroup's first error, each goroutine
// that saw ctx.Done(), panics, leaks and deadlocks. The source is read only
// where the trace cannot say something: which call a line holds (for the
// fixes) and the pitfalls that are visible in the program text (a cancel
// func thrown away, wg.Add inside the goroutine).
//
// A Story is pure data. The command line prints it, the page and the lessons
// draw it; docs/EXPLAIN.md lists the step kinds and the finding ids.
package explain

import (
	"fmt"
	"slices"
	"strings"

	"taskline/engine/trace"
)

// Story is the explanation of one run.
type Story struct {
	Summary  string    `json:"summary"`
	Steps    []Step    `json:"steps"`
	Findings []Finding `json:"findings"`
}

// Step is one link of the causal chain.
type Step struct {
	Kind  string `json:"kind"`  // one of the Step* kinds
	Task  int    `json:"task"`  // the trace task the step is about, -1 the loop/runtime
	Label string `json:"label"` // that task's label (what it runs)
	Line  int    `json:"line"`  // 1-based source line, 0 unknown
	Event int    `json:"event"` // index of the trace event the step is about, -1 none
	Text  string `json:"text"`  // one plain sentence
}

// Finding is a known pitfall found in the program, with its fix.
type Finding struct {
	ID      string `json:"id"`                // one of the Finding* ids
	Line    int    `json:"line"`              // where to change the program
	Text    string `json:"text"`              // why, in a sentence or two
	Fix     string `json:"fix"`               // the change as a unified diff, "" if none is offered
	Program string `json:"program,omitempty"` // the whole fixed program
	Lesson  string `json:"lesson,omitempty"`  // path of the lesson that teaches it
	Title   string `json:"title"`             // a short title
	Task    int    `json:"task"`              // the task it concerns, -1 none
}

// Step kinds.
const (
	StepCancelRequest   = "cancel-request"   // a task (or the loop) asked for a cancellation
	StepCancelDelivered = "cancel-delivered" // the CancelledError was thrown in at an await
	StepRaise           = "raise"            // an exception started here
	StepPropagate       = "propagate"        // it passed from one task to another (gather, TaskGroup, await, ...)
	StepCaught          = "caught"           // a task caught it and carried on
	StepUncaught        = "uncaught"         // it reached asyncio.run() and ended the program
	StepShutdownCancel  = "shutdown-cancel"  // asyncio.run() cancelled a task left over when main() ended
	StepLeftRunning     = "left-running"     // gather() raised while this child kept running
	StepNeverRetrieved  = "never-retrieved"  // a task's exception was never retrieved
	StepCtxCancel       = "ctx-cancel"       // a Go context was cancelled
	StepCtxObserved     = "ctx-observed"     // a goroutine saw ctx.Done()
	StepGroupError      = "errgroup-first-error"
	StepPanic           = "panic"
	StepLeaked          = "leaked"   // still blocked (Go) or pending (asyncio) when the program ended
	StepDeadlock        = "deadlock" // blocked for ever with nothing left to wake it
	StepExit            = "exit"     // sys.exit / os.Exit
	StepStopped         = "stopped"  // the step budget ran out, or the run was stopped
)

// Finding ids.
const (
	FindSelfCancelInGather    = "self-cancel-in-gather"
	FindSwallowedCancel       = "swallowed-cancel"
	FindTaskNeverAwaited      = "task-never-awaited"
	FindExceptionNeverRetr    = "exception-never-retrieved"
	FindBlockingCall          = "blocking-call-in-coroutine"
	FindGatherSiblingsRunning = "gather-siblings-left-running"
	FindGoroutineLeak         = "goroutine-leak"
	FindDeadlock              = "deadlock"
	FindLostCancel            = "lost-cancel"
	FindWaitGroupMisuse       = "waitgroup-misuse"
)

// maxSteps bounds a story: past it, the steps of a run with thousands of
// tasks stop being read, and one closing step says how many were left out.
const maxSteps = 60

// Explain derives the story of the run tr of program src.
func Explain(src string, tr *trace.Trace) (st *Story) {
	st = &Story{Steps: []Step{}, Findings: []Finding{}}
	defer func() {
		// A bug here must not cost the caller the run it explains.
		if e := recover(); e != nil {
			st = &Story{Steps: []Step{}, Findings: []Finding{},
				Summary: fmt.Sprintf("Taskline could not explain this run (internal error: %v).", e)}
		}
	}()
	if tr == nil {
		st.Summary = "There is no run to explain."
		return st
	}
	r := newRun(src, tr)
	switch tr.Outcome.Kind {
	case trace.OutcomeSyntaxError, trace.OutcomeUnsupported, trace.OutcomeInternal:
		st.Summary = compileSummary(tr)
		return st
	}
	if tr.Lang == "go" {
		r.goSteps()
		r.goFindings()
	} else {
		r.pySteps()
		r.pyFindings()
	}
	st.Steps = r.finishSteps()
	if r.findings != nil {
		st.Findings = r.findings
	}
	st.Summary = r.summary()
	return st
}

func compileSummary(tr *trace.Trace) string {
	what := "did not run"
	line := ""
	if e := tr.Outcome.Error; e != nil {
		if e.Pos.Line > 0 {
			line = " (line " + itoa(e.Pos.Line) + ")"
		}
		what = "did not run: " + strings.TrimSuffix(e.Line, ".") + line
	}
	switch tr.Outcome.Kind {
	case trace.OutcomeInternal:
		return "Taskline failed on this program (an internal error), so there is no story to tell."
	case trace.OutcomeUnsupported:
		return "The program " + what + "; it uses something not supported by Taskline."
	}
	return "The program " + what + "."
}

// run is one explanation in progress.
type run struct {
	src   string
	lines []string // source lines, lines[0] is line 1
	tr    *trace.Trace
	py    *pyProgram // parsed Python program, nil if not Python or unparsable
	gp    *goProgram // parsed Go program

	ps *pyState // the Python chain's state, nil for Go
	gs *goState // the Go chain's state, nil for Python

	byTask   map[int][]int  // event indices per task
	names    map[string]int // task id by the runtime's name
	groupOf  map[int]int    // TaskGroup await event -> the group's first await
	steps    []Step
	terminal []Step // steps that end the story, appended last
	findings []Finding
}

// goState is what the Go chain counts for the summary.
type goState struct {
	cancels   int
	observed  int
	groupErr  string
	leaked    int
	recovered int
	leftRun   int
}

// prevSkipping is the last event of task before i, skipping kind.
func (r *run) prevSkipping(task, i int, kind string) int {
	p := r.prev(task, i)
	for p >= 0 && r.tr.Event(p).Kind == kind {
		p = r.prev(task, p)
	}
	return p
}

func newRun(src string, tr *trace.Trace) *run {
	r := &run{src: src, tr: tr, byTask: map[int][]int{}}
	r.lines = strings.Split(src, "\n")
	for i, e := range tr.Events() {
		r.byTask[e.Task] = append(r.byTask[e.Task], i)
	}
	if tr.Lang == "go" {
		r.gp = parseGo(src)
	} else {
		r.py = parsePy(src, tr.Runtime)
	}
	return r
}

// label names task id as a person reads the program: the trace's label when
// the runtime gave one, else the function and the runtime's name for it.
func (r *run) label(id int) string {
	if id < 0 || id >= len(r.tr.Tasks) {
		// as viewers name the lane of events the runtime did itself
		if r.tr.Lang == "go" {
			return "Go runtime"
		}
		return "event loop"
	}
	t := r.tr.Tasks[id]
	if t.Label != "" {
		return t.Label
	}
	fn := t.Func
	if r.tr.Lang == "go" {
		switch {
		case fn == "main.main":
			return "main()"
		case strings.HasPrefix(fn, "main.") && !strings.Contains(fn[5:], "."):
			return fn[5:] + "() (" + t.Name + ")"
		}
		if t.Pos.Line > 0 {
			return t.Name + " (line " + itoa(t.Pos.Line) + ")"
		}
		return t.Name
	}
	if id == r.mainTask() && fn == "main" {
		return "main()"
	}
	if fn == "" {
		return t.Name
	}
	return fn + "() (" + t.Name + ")"
}

// mainTask is the task asyncio.run() (or Go's runtime) started, or -1.
func (r *run) mainTask() int {
	for _, t := range r.tr.Tasks {
		if t.Parent < 0 {
			return t.ID
		}
	}
	return -1
}

func (r *run) add(kind string, task, line, event int, text string) {
	r.steps = append(r.steps, Step{Kind: kind, Task: task, Label: r.label(task), Line: line, Event: event, Text: text})
}

func (r *run) addTerminal(kind string, task, line, event int, text string) {
	r.terminal = append(r.terminal, Step{Kind: kind, Task: task, Label: r.label(task), Line: line, Event: event, Text: text})
}

// finishSteps orders the steps as they happened, puts the ending last and
// keeps the story readable for runs with thousands of tasks.
func (r *run) finishSteps() []Step {
	steps := append([]Step{}, r.steps...)
	sortSteps(steps)
	if len(steps) > maxSteps {
		left := len(steps) - maxSteps
		steps = steps[:maxSteps]
		steps = append(steps, Step{Kind: "more", Task: -1, Label: r.label(-1), Event: -1,
			Text: itoa(left) + " more steps like these are left out."})
	}
	return append(steps, r.terminal...)
}

func sortSteps(s []Step) {
	// insertion sort keeps equal events in the order they were added
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Event >= 0 && s[j-1].Event > s[j].Event; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// event returns event i, or a zero event with Task -2 for an index out of range.
func (r *run) event(i int) trace.Event {
	if i < 0 || i >= r.tr.NumEvents() {
		return trace.Event{Task: -2, Related: -1}
	}
	return r.tr.Event(i)
}

// next returns the index of the first event of task after event i, or -1.
func (r *run) next(task, i int) int {
	idx := r.byTask[task]
	if k := r.after(task, i); k < len(idx) {
		return idx[k]
	}
	return -1
}

// before is the number of task's events before event i, and after the
// number up to and including it: byTask's lists are in event order, so a
// binary search finds where a scan for the events before or after i begins.
// (A scan from the ends costs a lane's length per question; a run of a
// million events asks as many questions.)
func (r *run) before(task, i int) int {
	k, _ := slices.BinarySearch(r.byTask[task], i)
	return k
}

func (r *run) after(task, i int) int {
	k, found := slices.BinarySearch(r.byTask[task], i)
	if found {
		k++
	}
	return k
}

// prev returns the index of the last event of task before event i, or -1.
func (r *run) prev(task, i int) int {
	if k := r.before(task, i); k > 0 {
		return r.byTask[task][k-1]
	}
	return -1
}

// line returns source line n (1-based) without its newline, "" if out of range.
func (r *run) line(n int) string {
	if n < 1 || n > len(r.lines) {
		return ""
	}
	return strings.TrimRight(r.lines[n-1], "\r")
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// plural returns "1 task" or "3 tasks".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

// shortType drops the module of an exception type: CancelledError for
// asyncio.exceptions.CancelledError.
func shortType(t string) string {
	if i := strings.LastIndexByte(t, '.'); i >= 0 {
		return t[i+1:]
	}
	return t
}

// excType is the type in an exception line "ValueError: boom".
func excType(line string) string {
	if i := strings.Index(line, ":"); i >= 0 {
		return shortType(line[:i])
	}
	return shortType(strings.TrimSpace(line))
}

func isCancelled(line string) bool { return excType(line) == "CancelledError" }
