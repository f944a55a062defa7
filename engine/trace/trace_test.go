package trace

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// fakeClock lets tests move virtual time by hand.
type fakeClock struct{ t int64 }

func (c *fakeClock) now() int64 { return c.t }

// build records a small run: main gathers a child that cancels itself.
func build() *Trace {
	c := &fakeClock{}
	r := NewRecorder("python", "cpython-3.11", "main.py", c.now)
	main := r.AddTask(KindTask, "Task-1", "main", -1, Pos{Line: 9}, Pos{Line: 5})
	r.SetState(main, StateRunning, "", -1, r.Event(main, EvStart, Pos{Line: 5}, "", -1))
	child := r.AddTask(KindTask, "Task-2", "worker", main, Pos{Line: 6}, Pos{Line: 1})
	r.SetState(main, StateAwaiting, "gather(Task-2)", child, r.Event(main, EvAwait, Pos{Line: 6}, "gather", child))
	c.t = 1000
	r.SetState(child, StateRunning, "", -1, r.Event(child, EvStart, Pos{Line: 1}, "", -1))
	r.Print(child, 1, "working\n", Pos{Line: 2})
	r.Event(child, EvCancelRequest, Pos{Line: 3}, "", child)
	c.t = 2000
	r.Event(child, EvCancelDelivered, Pos{Line: 4}, "", -1)
	r.EndTask(child, EndCancelled, "CancelledError()")
	c.t = 3000
	r.SetState(main, StateRunning, "", -1, r.Event(main, EvResume, Pos{Line: 6}, "", child))
	r.Print(main, 2, "Traceback...\n", Pos{})
	r.EndTask(main, EndFailed, "asyncio.exceptions.CancelledError")
	return r.Finish(EndPending)
}

func dumpSpans(t *Trace) string {
	var b strings.Builder
	for _, s := range t.Spans() {
		fmt.Fprintf(&b, "%s t%d-%d e%d-%d %s %q->%d\n", t.Tasks[s.Task].Name, s.Start, s.End, s.From, s.To, s.State, s.On, s.OnTask)
	}
	return b.String()
}

func TestRecorderSpansTileEachTask(t *testing.T) {
	tr := build()
	want := `Task-1 t0-0 e0-1 ready ""->-1
Task-1 t0-0 e1-3 running ""->-1
Task-2 t0-1000 e2-4 ready ""->-1
Task-1 t0-3000 e3-8 awaiting "gather(Task-2)"->1
Task-2 t1000-2000 e4-8 running ""->-1
Task-1 t3000-3000 e8-10 running ""->-1
`
	if got := dumpSpans(tr); got != want {
		t.Errorf("spans:\n%s\nwant:\n%s", got, want)
	}
	for _, task := range tr.Tasks {
		end, to := task.Created, -1
		for _, s := range tr.Spans() {
			if s.Task != task.ID {
				continue
			}
			if s.Start != end || (to >= 0 && s.From != to) {
				t.Errorf("%s: span at t%d e%d does not start where the last ended (t%d e%d)", task.Name, s.Start, s.From, end, to)
			}
			end, to = s.End, s.To
		}
	}
	if tr.Tasks[1].End != EndCancelled || tr.Tasks[1].Ended != 2000 {
		t.Errorf("Task-2 ended %q at %d", tr.Tasks[1].End, tr.Tasks[1].Ended)
	}
	if tr.Outcome.Stdout != "working\n" || tr.Outcome.Stderr != "Traceback...\n" {
		t.Errorf("output %q / %q", tr.Outcome.Stdout, tr.Outcome.Stderr)
	}
}

func TestRecorderLimitDropsEvents(t *testing.T) {
	r := NewRecorder("go", "go", "prog.go", func() int64 { return 0 })
	r.Limit = 3
	for i := 0; i < 10; i++ {
		r.Event(-1, EvPrint, Pos{}, "", -1)
	}
	if r.T.NumEvents() != 3 || r.Dropped != 7 {
		t.Fatalf("kept %d, dropped %d; want 3 and 7", r.T.NumEvents(), r.Dropped)
	}
}

func TestUnendedTasksGetTheFinishState(t *testing.T) {
	r := NewRecorder("go", "go", "prog.go", func() int64 { return 5 })
	r.AddTask(KindGoroutine, "main", "main", -1, Pos{}, Pos{})
	g := r.AddTask(KindGoroutine, "goroutine 2", "worker", 0, Pos{Line: 3}, Pos{})
	r.EndTask(0, EndDone, "")
	tr := r.Finish(EndLeaked)
	if tr.Tasks[g].End != EndLeaked || tr.Tasks[0].End != EndDone {
		t.Fatalf("ends: %q %q", tr.Tasks[0].End, tr.Tasks[g].End)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	tr := build()
	b, err := tr.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := back.JSON()
	if string(b) != string(b2) {
		t.Fatalf("round trip changed the trace:\n%s\n%s", b, b2)
	}
	if _, err := Decode([]byte(`{"version": 99}`)); err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Fatalf("unknown version accepted: %v", err)
	}
	if _, err := Decode([]byte(`{`)); err == nil {
		t.Fatal("malformed JSON accepted")
	}
}

func TestChromeExport(t *testing.T) {
	b, err := build().Chrome()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []map[string]any `json:"traceEvents"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var threads, complete []string
	var flowStart, flowEnd map[string]any
	for _, e := range doc.TraceEvents {
		switch e["ph"] {
		case "M":
			if e["name"] == "thread_name" {
				threads = append(threads, e["args"].(map[string]any)["name"].(string))
			}
		case "X":
			complete = append(complete, fmt.Sprint(e["tid"], ":", e["name"]))
		case "s":
			flowStart = e
		case "f":
			flowEnd = e
		}
	}
	// Task-1's creation (by asyncio.run) is the loop's: it has a thread.
	if strings.Join(threads, ",") != "event loop,Task-1,Task-2" {
		t.Errorf("threads %v", threads)
	}
	if len(complete) != 6 || complete[3] != "1:awaiting gather(Task-2)" {
		t.Errorf("complete events %v", complete)
	}
	// The cancel arrow starts at the request (1 µs) and ends at delivery (2 µs).
	if flowStart == nil || flowEnd == nil || flowStart["ts"] != 1.0 || flowEnd["ts"] != 2.0 || flowEnd["tid"] != 2.0 {
		t.Errorf("flow %v -> %v", flowStart, flowEnd)
	}
}

// Threads are named by label first; the loop's events get a thread of
// their own, first, and its timers an arrow to the task they wake.
func TestChromeLabelsAndLoopThread(t *testing.T) {
	c := &fakeClock{}
	r := NewRecorder("go", "go", "prog.go", c.now)
	main := r.AddTask(KindGoroutine, "main", "main.main", -1, Pos{Line: 5}, Pos{Line: 5})
	r.SetLabel(main, "main()")
	r.AddTask(KindGoroutine, "goroutine 19", "main.worker", main, Pos{Line: 7}, Pos{Line: 12})
	c.t = 5000
	r.Event(LoopTask, EvTimer, Pos{Line: 6}, "timer 5µs", main)
	tr := r.Finish(EndLeaked)
	b, err := tr.Chrome()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []map[string]any `json:"traceEvents"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var threads []string
	var flows []string
	for _, e := range doc.TraceEvents {
		switch e["ph"] {
		case "M":
			if e["name"] == "thread_name" {
				threads = append(threads, fmt.Sprint(e["tid"], "=", e["args"].(map[string]any)["name"]))
			}
		case "s", "f":
			flows = append(flows, fmt.Sprint(e["ph"], e["tid"], "@", e["ts"]))
		}
	}
	if got := strings.Join(threads, ","); got != "0=Go runtime,1=main() · main,2=goroutine 19" {
		t.Errorf("threads %s", got)
	}
	if got := strings.Join(flows, ","); got != "s0@5,f1@5" {
		t.Errorf("flows %s (want the timer's arrow from the runtime to main)", got)
	}
}

func TestLimitCapsSpansToo(t *testing.T) {
	var now int64
	r := NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return now })
	if r.Limit != DefaultLimit {
		t.Fatalf("default limit %d", r.Limit)
	}
	r.Limit = 10
	a := r.AddTask(KindTask, "Task-1", "main", -1, Pos{}, Pos{})
	states := []string{StateRunning, StateReady}
	for i := 0; i < 100; i++ {
		now++
		r.SetState(a, states[i%2], "", -1, r.Event(a, EvResume, Pos{}, "", -1))
	}
	r.EndTask(a, EndDone, "")
	tr := r.Finish(EndPending)
	if tr.NumSpans() != 10 || tr.NumEvents() != 10 || tr.Dropped != 91 {
		t.Fatalf("%d spans, %d events, %d dropped; want 10, 10, 91", tr.NumSpans(), tr.NumEvents(), tr.Dropped)
	}
	if last := tr.Span(tr.NumSpans() - 1); last.End != now {
		t.Fatalf("the last span ends at %d, not at the task's end %d", last.End, now)
	}
}

func TestRecorderTaskLimit(t *testing.T) {
	r := NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return 0 })
	r.TaskLimit = 2
	a := r.AddTask(KindTask, "Task-1", "main", -1, Pos{}, Pos{})
	r.AddTask(KindTask, "Task-2", "w", a, Pos{}, Pos{})
	c := r.AddTask(KindTask, "Task-3", "w", a, Pos{}, Pos{})
	if c != NoTask {
		t.Fatalf("third task got id %d, want NoTask", c)
	}
	// Every recorder method takes NoTask without failing or recording.
	r.Rename(c, "x")
	r.SetLabel(c, "x")
	r.SetState(c, StateRunning, "", -1, -1)
	r.Event(c, EvStart, Pos{}, "", -1)
	r.Event(a, EvAwait, Pos{}, "", c)
	r.Print(c, 1, "out\n", Pos{})
	r.EndTask(c, EndDone, "")
	d := r.AddTask(KindTask, "Task-4", "w", c, Pos{}, Pos{})
	tr := r.Finish(EndPending)
	if d != NoTask || len(tr.Tasks) != 2 || tr.DroppedTasks != 2 {
		t.Fatalf("%d tasks, %d dropped; want 2, 2", len(tr.Tasks), tr.DroppedTasks)
	}
	if tr.Outcome.Stdout != "out\n" {
		t.Errorf("output of a dropped task lost: %q", tr.Outcome.Stdout)
	}
	for _, e := range tr.Events() {
		if e.Task < -1 || e.Related < -1 {
			t.Errorf("event refers to NoTask: %+v", e)
		}
	}
}

// A stream past the output cap keeps its first OutputLimit bytes, never cuts a
// character in two, counts the rest, and leaves the other stream alone.
func TestOutputLimit(t *testing.T) {
	r := NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return 0 })
	r.OutputLimit = 10
	r.Print(-1, 1, "12345678", Pos{})
	r.Print(-1, 1, "é€x", Pos{}) // 2 + 3 + 1 bytes: only "é" fits
	r.Print(-1, 1, "more", Pos{})
	r.Print(-1, 2, "err", Pos{})
	tr := r.Finish(EndPending)
	if tr.Outcome.Stdout != "12345678é" {
		t.Errorf("stdout = %q, want the first 10 bytes", tr.Outcome.Stdout)
	}
	if tr.Outcome.Stderr != "err" {
		t.Errorf("stderr = %q, want it kept", tr.Outcome.Stderr)
	}
	if tr.OutputDropped != 4+4 {
		t.Errorf("OutputDropped = %d, want 8", tr.OutputDropped)
	}
	n := 0
	for _, e := range tr.Events() {
		if e.Kind == EvPrint {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d print events, want 3 (a print that keeps nothing records none)", n)
	}
}

// BenchmarkRecorderSteps records what a busy asyncio program does per task
// step (an event, a state change to running and back to ready) until the
// trace reaches its cap, and past it.
func BenchmarkRecorderSteps(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return 0 })
		for t := 0; t < 100; t++ {
			r.AddTask(KindTask, "Task", "worker", -1, Pos{Line: 1}, Pos{Line: 1})
		}
		for s := 0; s < 150_000; s++ {
			id := s % 100
			r.Event(id, EvResume, Pos{Line: 3}, "", -1)
			r.SetState(id, StateRunning, "", -1, -1)
			r.SetState(id, StateReady, "sleep 0", -1, -1)
		}
		if r.T.NumSpans() != r.Limit || r.T.NumEvents() != r.Limit {
			b.Fatalf("spans %d, events %d: want both at the cap %d", r.T.NumSpans(), r.T.NumEvents(), r.Limit)
		}
	}
}
