package golite

import (
	"os"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestRuntimeLane checks what the Go runtime does by itself, on the
// runtime's lane (trace.LoopTask) with the goroutine concerned as related,
// in testdata/looplane.go (output checked against a go build: tick 1, tick
// 2, deadline, after func): a ticker waking main, the deadline of
// context.WithTimeout starting its timer goroutine, which cancels ctx, no
// event for the tick at 60ms that nobody waits for (since Go 1.23 a timer
// channel sends only to a receiver), and time.AfterFunc starting its
// goroutine.
func TestRuntimeLane(t *testing.T) {
	src, err := os.ReadFile("testdata/looplane.go")
	if err != nil {
		t.Fatal(err)
	}
	tr := run(t, string(src), engine.Options{File: "looplane.go"})
	if tr.Outcome.Stdout != "tick 1\ntick 2\ndeadline: context deadline exceeded\nafter func ran\n" {
		t.Fatalf("stdout %q", tr.Outcome.Stdout)
	}
	const main, deadline, afterFunc = 0, 1, 2
	labels := []string{"main()", "deadline of ctx (line 10)", "time.AfterFunc(70ms, func() { close(done) }) (line 15)"}
	if len(tr.Tasks) != len(labels) {
		t.Fatalf("%d goroutines, want %d", len(tr.Tasks), len(labels))
	}
	for i, l := range labels {
		if tr.Tasks[i].Label != l {
			t.Errorf("goroutine %d: label %q, want %q", i, tr.Tasks[i].Label, l)
		}
	}
	type ev struct {
		ms      int64
		task    int
		kind    string
		related int
		line    int
		detail  string
	}
	want := []ev{
		{20, trace.LoopTask, trace.EvTimer, main, 12, "ticker 20ms"},
		{40, trace.LoopTask, trace.EvTimer, main, 12, "ticker 20ms"},
		{50, trace.LoopTask, trace.EvCreate, deadline, 10, "goroutine 19"},
		{50, trace.LoopTask, trace.EvTimer, deadline, 10, "deadline of ctx (line 10)"},
		{50, deadline, trace.EvCtxCancel, -1, 10, "context deadline exceeded"},
		{70, trace.LoopTask, trace.EvCreate, afterFunc, 15, "goroutine 20"},
		{70, trace.LoopTask, trace.EvTimer, afterFunc, 15, "time.AfterFunc(70ms, func() { close(done) }) (line 15)"},
	}
	var got []ev
	for _, e := range tr.Events() {
		if e.Task == trace.LoopTask && e.Kind != trace.EvCreate || e.Kind == trace.EvCtxCancel || e.Kind == trace.EvCreate && e.Related > 0 {
			got = append(got, ev{e.Time / 1e6, e.Task, e.Kind, e.Related, e.Pos.Line, e.Detail})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("runtime events:\n got %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	// The tick that woke main begins main's ready span.
	for _, s := range tr.Spans() {
		if s.Task == main && s.State == trace.StateReady && s.Event >= 0 && tr.Event(s.Event).Kind == trace.EvTimer {
			return
		}
	}
	t.Errorf("no ready span of main begins with a timer event")
}
