// Package trace is the record of one Taskline run: the tasks or goroutines it
// created, the spans of state each went through, the events that happened, and
// the outcome (output, error, exit status).
//
// The trace is pure data. Records are flat and refer to each other by index
// (Task.ID, Span.Task, Event.Task, Event.Related, Span.Event), never by pointer,
// so that a trace of a million events stays small (store.go keeps its events
// and spans as blocks of small integers), serialises directly to JSON and
// can be drawn without rebuilding a graph. The same format feeds the command
// line, the browser renderer, exercise checks and the Chrome trace export.
//
// Times are virtual nanoseconds since the start of the run. The format is
// versioned by Version; docs/TRACE.md describes it field by field.
package trace

import (
	"strconv"
	"strings"
)

// Version is the version of the JSON form written by this package. It changes
// whenever a field changes meaning or is removed; adding a field does not.
const Version = 1

// Pos is a 1-based source position. Line 0 means "unknown".
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col,omitempty"`
}

// Trace is one run.
type Trace struct {
	Version int    `json:"version"`
	Lang    string `json:"lang"`    // "python" or "go"
	Runtime string `json:"runtime"` // what is modelled: "cpython-3.11", "cpython-3.7", "go"
	File    string `json:"file"`    // the program's file name as shown in messages

	Tasks []Task `json:"tasks"`
	// The spans and events, read with Span, Event, Spans and Events
	// (store.go: they are kept compactly); the JSON form writes them as
	// "spans" and "events" after the tasks.
	store store

	// Dropped is the number of events not recorded because the trace
	// reached its cap.
	Dropped int `json:"dropped,omitempty"`
	// DroppedTasks is the number of tasks not recorded because the trace
	// reached its cap on tasks (their events count in Dropped).
	DroppedTasks int `json:"droppedTasks,omitempty"`
	// OutputDropped is the number of bytes of output not kept because a
	// stream reached the trace's output cap (Recorder.OutputLimit).
	OutputDropped int64 `json:"outputDropped,omitempty"`

	Outcome Outcome `json:"outcome"`
}

// Task kinds.
const (
	KindTask      = "task"      // an asyncio Task
	KindGoroutine = "goroutine" // a Go goroutine
	KindThread    = "thread"    // a thread of asyncio's default executor (to_thread, run_in_executor)
)

// Final states of a task.
const (
	EndDone      = "done"      // returned normally
	EndFailed    = "failed"    // finished with an exception or panic
	EndCancelled = "cancelled" // asyncio: cancelled(); Go: not used
	EndPending   = "pending"   // still pending when the run stopped (asyncio leftovers)
	EndLeaked    = "leaked"    // Go: still blocked when main returned
)

// Task is one asyncio Task or Go goroutine. Its index in Trace.Tasks is its ID.
type Task struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"` // KindTask or KindGoroutine
	Name string `json:"name"` // as the runtime names it: "Task-1", "main", "goroutine 7"
	// Label names what the task runs, as a person reads the program:
	// "worker('a', 0.1)", "fetch(ctx, \"orders\", 200ms, true)". See
	// docs/TRACE.md for how each language derives it.
	Label   string `json:"label,omitempty"`
	Func    string `json:"func"`   // the coroutine or function it runs
	Parent  int    `json:"parent"` // the task that created it, or -1
	Created int64  `json:"created"`
	Ended   int64  `json:"ended"` // -1 while it never ended
	Pos     Pos    `json:"pos"`   // where it was created (create_task / go statement)
	DefPos  Pos    `json:"defPos"`
	End     string `json:"end"`              // one of the End* states
	Result  string `json:"result,omitempty"` // repr of the result or the exception line
}

// Span states. A span is a stretch of virtual time a task spent in one state.
const (
	StateRunning    = "running"
	StateReady      = "ready"      // scheduled, waiting for its turn
	StateSleeping   = "sleeping"   // waiting on a timer
	StateAwaiting   = "awaiting"   // waiting on a future, task, gather, lock, event...
	StateBlocked    = "blocked"    // Go: blocked on a channel, select, mutex, WaitGroup...
	StateCancelling = "cancelling" // cancel requested, not yet delivered
)

// Span is a stretch of time in one state. Spans of one task do not overlap.
//
// Because CPU work takes no virtual time, many spans (every Python "running"
// span) have Start == End. From and To give the span's extent in event
// sequence numbers as well — the events recorded while it was open are
// events From to To-1 — so a viewer can lay spans out on a logical axis.
type Span struct {
	Task   int    `json:"task"`
	Start  int64  `json:"start"`
	End    int64  `json:"end"`
	From   int    `json:"from"`
	To     int    `json:"to"`
	State  string `json:"state"`
	On     string `json:"on,omitempty"` // what it waits on, in the runtime's words
	OnTask int    `json:"onTask"`       // the task waited on, or -1
	Event  int    `json:"event"`        // the event that began the span, or -1
}

// Event kinds. Python and Go share the vocabulary where the idea is the same.
const (
	EvCreate          = "create"           // Related: the new task
	EvStart           = "start"            // first step of a task
	EvAwait           = "await"            // Detail: what; Related: awaited task or -1
	EvResume          = "resume"           // woken from an await
	EvCancelRequest   = "cancel-request"   // Task: the canceller; Related: the cancelled; Detail: message
	EvCancelDelivered = "cancel-delivered" // Task: the cancelled; Pos: the await where CancelledError was raised
	EvRaise           = "raise"            // Detail: the exception line
	EvCatch           = "catch"            // Detail: the exception line
	EvReturn          = "return"           // Detail: repr of the value
	EvDone            = "done"             // Detail: final state
	EvPrint           = "print"            // Detail: the text; Stream: 1 or 2
	EvSleep           = "sleep"            // Detail: the duration
	EvGather          = "gather"           // Related: awaiting task; Detail: the children's task ids
	EvTimeout         = "timeout"          // a timeout/wait_for deadline fired
	EvCallback        = "callback"         // Python: the loop ran a callback of the program (call_soon, call_later, call_at, add_done_callback); Task: LoopTask
	EvTimer           = "timer"            // Go: a timer or ticker fired; Task: LoopTask; Related: the goroutine it woke or started
	EvSend            = "send"             // Go: channel send; Related: the receiving partner
	EvRecv            = "recv"             // Go: channel receive; Related: the sending partner
	EvClose           = "close"            // Go: channel close
	EvSelect          = "select"           // Go: select chose a case
	EvBlock           = "block"            // Go: blocked; Detail: on what
	EvUnblock         = "unblock"          // Go: woken; Related: the waker
	EvCtxCancel       = "ctx-cancel"       // Go: context cancelled; Detail: cause
	EvCtxObserved     = "ctx-observed"     // Go: a goroutine saw ctx.Done()
	EvGroupError      = "group-error"      // Go: errgroup's first error
	EvPanic           = "panic"            // Go: panic
	EvRecover         = "recover"          // Go: recover
	EvExit            = "exit"             // sys.exit / os.Exit
)

// LoopTask is the Task of an event that the event loop (Python) or the Go
// runtime did by itself rather than on behalf of a task: asyncio.run()'s
// shutdown cancellations, a call_soon/call_later callback, a timeout's expiry,
// a Go timer or context deadline firing. Viewers draw these on a lane of
// their own, so every arrow has a source.
const LoopTask = -1

// LoopLaneName is what viewers call the lane of LoopTask: "event loop" for
// Python, "Go runtime" for Go.
func (t *Trace) LoopLaneName() string {
	if t.Lang == "go" {
		return "Go runtime"
	}
	return "event loop"
}

// Event is one thing that happened. Its index among the trace's events is its
// sequence number, which orders events that share a virtual time.
type Event struct {
	Time    int64  `json:"t"`
	Task    int    `json:"task"` // LoopTask (-1) for the loop or runtime itself
	Kind    string `json:"kind"`
	Pos     Pos    `json:"pos"`
	Detail  string `json:"detail,omitempty"`
	Related int    `json:"related"` // a related task, or -1
	Stream  int    `json:"stream,omitempty"`
}

// Outcome kinds.
const (
	OutcomeOK          = "ok"           // exited normally
	OutcomeExit        = "exit"         // sys.exit / os.Exit with a status
	OutcomeException   = "exception"    // Python: uncaught exception
	OutcomeSyntaxError = "syntax-error" // the program did not compile
	OutcomeUnsupported = "unsupported"  // a construct outside the subset
	OutcomePanic       = "panic"        // Go: unrecovered panic
	OutcomeDeadlock    = "deadlock"     // Go: all goroutines asleep
	OutcomeStepLimit   = "step-limit"   // the step budget ran out
	OutcomeStopped     = "stopped"      // stopped from outside (the Stop button)
	OutcomeInternal    = "internal"     // a bug in Taskline, reported as such
)

// ExitStepLimit is the exit status of a run stopped by the step budget, and
// ExitStopped of a run stopped from outside. They are outside the ranges the
// real runtimes use for these programs (0, 1, 2, sys.exit values).
const (
	ExitStepLimit = 124
	ExitStopped   = 130
	ExitInternal  = 70
)

// Outcome is how the run ended.
type Outcome struct {
	Kind     string `json:"kind"`
	ExitCode int    `json:"exitCode"`
	Stdout   string `json:"stdout"`
	Stderr   string `json:"stderr"`
	Error    *Error `json:"error,omitempty"`
	// Key is the same for two runs that a reader would call the same
	// outcome (see OutcomeKey); engine.Run sets it.
	Key string `json:"key,omitempty"`
}

// OutcomeKey is what makes two runs "the same outcome" for a reader: what
// the program printed, the first line of its error output and its exit
// status (a traceback's later lines name goroutines and addresses that
// differ between schedules of one outcome). It is a 64-bit FNV-1a hash in
// hex: the page's Schedules control and `taskline explore` both group runs
// by it, so the rule lives here only.
func OutcomeKey(stdout, stderr string, exitCode int) string {
	first, _, _ := strings.Cut(stderr, "\n")
	// FNV-1a over the strings themselves: a run's stdout may be megabytes,
	// and hash.Hash would take it as a copied []byte.
	h := uint64(14695981039346656037)
	for _, s := range [...]string{stdout, "\x00", first, "\x00", strconv.Itoa(exitCode)} {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	return strconv.FormatUint(h, 16)
}

// Error describes the uncaught error, panic or compile error.
type Error struct {
	Type    string  `json:"type"`    // as printed: "asyncio.exceptions.CancelledError", "ValueError"
	Message string  `json:"message"` // may be empty
	Line    string  `json:"line"`    // the last line printed: "ValueError: boom"
	Pos     Pos     `json:"pos"`     // where it was raised (innermost user frame)
	Task    int     `json:"task"`    // the task it came from, or -1
	Frames  []Frame `json:"frames,omitempty"`
}

// Frame is one traceback frame, outermost first.
type Frame struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col,omitempty"`
	Func string `json:"func"`
	Text string `json:"text,omitempty"` // the source line, stripped
}
