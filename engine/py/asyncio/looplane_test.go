package asyncio_test

import (
	"os"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestLoopLane checks the events the event loop itself makes, on the loop's
// lane (trace.LoopTask) with the task they concern as related, so that a
// viewer can draw every arrow from a source: testdata/labels/loop.py,
// lines as in the file.
func TestLoopLane(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	src, err := os.ReadFile("testdata/labels/loop.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", File: "loop.py"})
	const main, sleeper1, sleeper2 = 0, 1, 2
	type ev struct {
		task    int
		kind    string
		related int
		line    int
		detail  string
	}
	want := []ev{
		{trace.LoopTask, trace.EvCallback, -1, 18, "tick(1)"},             // call_soon(tick, 1)
		{trace.LoopTask, trace.EvCallback, -1, 19, "tick(2)"},             // call_later(0.5, tick, 2)
		{trace.LoopTask, trace.EvCallback, sleeper1, 21, "Task.cancel()"}, // call_later(1, t.cancel)
		// The callback is the cancel itself: the request comes from the
		// loop, at the line that scheduled it.
		{trace.LoopTask, trace.EvCancelRequest, sleeper1, 21, ""},
		{trace.LoopTask, trace.EvCallback, sleeper1, 22, "<lambda>(<Task Task-2>)"}, // add_done_callback
		// timeout(2) expires: Timeout._on_timeout, a loop callback, cancels main.
		{trace.LoopTask, trace.EvCancelRequest, main, 24, "(timeout(2) expired)"},
		// asyncio.run() cancels what is left, at its own line.
		{trace.LoopTask, trace.EvCancelRequest, sleeper2, 32, "(asyncio.run() shutdown)"},
	}
	var got []ev
	for _, e := range tr.Events() {
		if e.Task == trace.LoopTask && (e.Kind == trace.EvCallback || e.Kind == trace.EvCancelRequest || e.Kind == trace.EvTimeout) {
			got = append(got, ev{e.Task, e.Kind, e.Related, e.Pos.Line, e.Detail})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("loop events:\n got %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("loop event %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestWaitForExpiry: in CPython 3.11 the loop's timer only wakes the task in
// wait_for(); that task then cancels the inner one. The trace says so: a
// timeout on the loop's lane towards the waiting task, then the
// cancel-request by that task, both at the wait_for line.
func TestWaitForExpiry(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	src, err := os.ReadFile("../../../examples/python/05_wait_for_timeout.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", File: "05_wait_for_timeout.py"})
	to, req := -1, -1
	for i, e := range tr.Events() {
		switch {
		case e.Kind == trace.EvTimeout && to < 0:
			to = i
		case e.Kind == trace.EvCancelRequest && req < 0:
			req = i
		}
	}
	if to < 0 || req < 0 || to > req {
		t.Fatalf("want a timeout event before the cancel-request (events %d, %d)", to, req)
	}
	if e := tr.Event(to); e.Task != trace.LoopTask || e.Related != 0 || e.Pos.Line != 18 || e.Detail != "wait_for(fetch(), 2) expired" {
		t.Errorf("timeout event %+v, want from the loop to Task-1 at line 18, \"wait_for(fetch(), 2) expired\"", e)
	}
	if e := tr.Event(req); e.Task != 0 || e.Related != 1 || e.Pos.Line != 18 || e.Detail != "(wait_for timeout)" {
		t.Errorf("cancel-request %+v, want from Task-1 to Task-2 at line 18", e)
	}
}
