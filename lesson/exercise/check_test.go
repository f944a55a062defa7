package exercise

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"taskline/engine/trace"
)

var update = flag.Bool("update", false, "rewrite testdata/cases.json")

// gatherTrace records the shape of lesson 1's program: main gathers a, b
// and c; b cancels itself at 2s; the CancelledError escapes; c is left to
// asyncio.run's clean-up, which cancels it.
func gatherTrace() *trace.Trace {
	var now int64
	r := trace.NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return now })
	main := r.AddTask(trace.KindTask, "Task-1", "main", -1, trace.Pos{Line: 20}, trace.Pos{Line: 14})
	r.SetState(main, trace.StateRunning, "", -1, r.Event(main, trace.EvStart, trace.Pos{}, "", -1))
	var kids []int
	for _, n := range []string{"Task-2", "Task-3", "Task-4"} {
		kids = append(kids, r.AddTask(trace.KindTask, n, "job", main, trace.Pos{Line: 15}, trace.Pos{Line: 4}))
	}
	r.SetState(main, trace.StateAwaiting, "gather", -1, r.Event(main, trace.EvAwait, trace.Pos{Line: 15}, "gather", -1))
	for _, k := range kids {
		r.SetState(k, trace.StateSleeping, "", -1, r.Event(k, trace.EvSleep, trace.Pos{Line: 5}, "", -1))
	}
	now = 1e9
	r.SetState(kids[0], trace.StateRunning, "", -1, r.Event(kids[0], trace.EvResume, trace.Pos{Line: 5}, "", -1))
	r.Print(kids[0], 1, "a finished\n", trace.Pos{Line: 10})
	r.EndTask(kids[0], trace.EndDone, "'a'")
	now = 2e9
	r.SetState(kids[1], trace.StateRunning, "", -1, r.Event(kids[1], trace.EvResume, trace.Pos{Line: 5}, "", -1))
	r.Event(kids[1], trace.EvCancelRequest, trace.Pos{Line: 8}, "", kids[1])
	r.Event(kids[1], trace.EvCancelDelivered, trace.Pos{Line: 9}, "", -1)
	r.EndTask(kids[1], trace.EndCancelled, "")
	r.Event(main, trace.EvCancelDelivered, trace.Pos{Line: 15}, "", -1)
	r.EndTask(main, trace.EndCancelled, "")
	r.Event(-1, trace.EvCancelRequest, trace.Pos{}, "", kids[2])
	r.Event(kids[2], trace.EvCancelDelivered, trace.Pos{Line: 5}, "", -1)
	r.EndTask(kids[2], trace.EndCancelled, "")
	t := r.Finish(trace.EndPending)
	t.Outcome.Kind, t.Outcome.ExitCode = trace.OutcomeException, 1
	t.Outcome.Error = &trace.Error{Type: "asyncio.exceptions.CancelledError", Line: "asyncio.exceptions.CancelledError", Task: main}
	return t
}

// goTrace: main starts worker goroutines that sleep; one is left blocked.
func goTrace() *trace.Trace {
	var now int64
	r := trace.NewRecorder("go", "go", "prog.go", func() int64 { return now })
	main := r.AddTask(trace.KindGoroutine, "main", "main.main", -1, trace.Pos{}, trace.Pos{})
	r.SetState(main, trace.StateRunning, "", -1, -1)
	w1 := r.AddTask(trace.KindGoroutine, "goroutine 2", "main.worker", main, trace.Pos{Line: 9}, trace.Pos{Line: 3})
	w2 := r.AddTask(trace.KindGoroutine, "goroutine 3", "main.worker", main, trace.Pos{Line: 9}, trace.Pos{Line: 3})
	r.SetState(w1, trace.StateSleeping, "", -1, -1)
	r.SetState(w2, trace.StateSleeping, "", -1, -1)
	r.Event(main, trace.EvCtxCancel, trace.Pos{Line: 12}, "context canceled", -1)
	now = 5e8
	r.SetState(w1, trace.StateRunning, "", -1, -1)
	r.Event(w1, trace.EvCtxObserved, trace.Pos{Line: 5}, "", -1)
	r.EndTask(w1, trace.EndDone, "")
	r.SetState(w2, trace.StateBlocked, "chan send", -1, -1)
	now = 1e9
	r.Print(main, 1, "done\n", trace.Pos{Line: 13})
	r.EndTask(main, trace.EndDone, "")
	t := r.Finish(trace.EndLeaked)
	t.Outcome.Kind = trace.OutcomeOK
	return t
}

// semaphoreTrace: two fetches sleep (working) while a third runs for `run`
// nanoseconds, then waits at the semaphore. CPU work takes virtual time
// (docs/COST.md), so its running span has width.
func semaphoreTrace(run int64) *trace.Trace {
	var now int64
	r := trace.NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return now })
	var ids []int
	for _, n := range []string{"Task-2", "Task-3", "Task-4"} {
		ids = append(ids, r.AddTask(trace.KindTask, n, "fetch", -1, trace.Pos{Line: 9}, trace.Pos{Line: 4}))
	}
	now = 1000
	r.SetState(ids[0], trace.StateSleeping, "", -1, r.Event(ids[0], trace.EvSleep, trace.Pos{Line: 6}, "", -1))
	r.SetState(ids[1], trace.StateSleeping, "", -1, r.Event(ids[1], trace.EvSleep, trace.Pos{Line: 6}, "", -1))
	r.SetState(ids[2], trace.StateRunning, "", -1, r.Event(ids[2], trace.EvStart, trace.Pos{Line: 4}, "", -1))
	now += run
	r.SetState(ids[2], trace.StateBlocked, "Semaphore", -1, r.Event(ids[2], trace.EvBlock, trace.Pos{Line: 5}, "", -1))
	now = 1e9
	for _, id := range ids {
		r.EndTask(id, trace.EndDone, "")
	}
	t := r.Finish(trace.EndPending)
	t.Outcome.Kind = trace.OutcomeOK
	return t
}

type evalCase struct {
	Name  string       `json:"name"`
	Trace *trace.Trace `json:"trace"`
	Check Check        `json:"check"`
	Pass  bool         `json:"pass"`
}

func mustParse(t *testing.T, line string) Check {
	cs, errs := ParseChecks(line, 1)
	if len(errs) > 0 || len(cs) != 1 {
		t.Fatalf("ParseChecks(%q): %v", line, errs)
	}
	checkJSON(t, cs[0])
	return cs[0]
}

func TestEval(t *testing.T) {
	py, golang := gatherTrace(), goTrace()
	table := []struct {
		tr   *trace.Trace
		line string
		pass bool
		msg  string // a substring of the detail, when failing
	}{
		{py, `stdout = "a finished\n"`, true, ""},
		{py, `stdout = "a finished\nc finished\n"`, false, `stdout was "a finished\n"`},
		{py, `stdout ~ ^a fin`, true, ""},
		{py, `stdout ~ ^c`, false, "does not match"},
		{py, `error CancelledError`, true, ""},
		{py, `error asyncio.exceptions.CancelledError`, true, ""},
		{py, `error ValueError`, false, "want ValueError"},
		{py, `error none`, false, "ended with asyncio.exceptions.CancelledError"},
		{py, `cancelled Task-3`, true, ""},
		{py, `cancelled job`, false, "Task-2 was not cancelled"},
		{py, `not cancelled Task-2`, true, ""},
		{py, `not cancelled main`, false, "Task-1 was cancelled"},
		{py, `cancelled nobody`, false, "no task or goroutine is named nobody"},
		{py, `finished Task-2 by 1s`, true, ""},
		{py, `finished Task-3 by 1s`, false, "finished at 2s, after 1s"},
		{py, `finished job by 2s`, true, ""},
		{py, `no pending`, true, ""},
		{py, `at most 3 running`, true, ""},
		{py, `at most 2 running job`, false, "3 were busy at once at 0s"},
		{py, `cancel of Task-3 requested by Task-3`, true, ""},
		{py, `cancel of Task-4 requested by main`, false, "no cancellation of Task-4 was requested by main"},
		{golang, `no leaked`, false, "goroutine 3 (leaked)"},
		{golang, `error none`, true, ""},
		{golang, `cancelled "goroutine 2"`, true, ""},
		{golang, `cancel of "goroutine 2" requested by main`, true, ""},
		{golang, `cancel of "goroutine 3" requested by main`, false, "no cancellation"},
		{golang, `finished main by 1s`, true, ""},
		{golang, `finished worker by 1s`, false, "goroutine 3 never finished (leaked)"},
		{golang, `at most 1 running worker`, false, "2 were busy at once"},
		// Running a few microseconds to reach a semaphore is not work; a
		// millisecond of CPU is (TimeSlack).
		{semaphoreTrace(5000), `at most 2 running fetch`, true, ""},
		{semaphoreTrace(2e6), `at most 2 running fetch`, false, "3 were busy at once at 1µs"},
	}
	var cases []evalCase
	for _, c := range table {
		chk := mustParse(t, c.line)
		r := chk.Eval(c.tr)
		if r.Pass != c.pass {
			t.Errorf("%s: pass = %v, want %v (%s)", c.line, r.Pass, c.pass, r.Detail)
		}
		if !c.pass && !strings.Contains(r.Detail, c.msg) {
			t.Errorf("%s: detail %q, want it to contain %q", c.line, r.Detail, c.msg)
		}
		cases = append(cases, evalCase{c.line, c.tr, chk, c.pass})
	}
	// testdata/cases.json carries the same table to the JavaScript
	// evaluator's test (web/embed/test/checks.test.js).
	b, _ := json.MarshalIndent(cases, "", " ")
	if *update {
		if err := os.WriteFile("testdata/cases.json", b, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if old, err := os.ReadFile("testdata/cases.json"); err != nil || string(old) != string(b) {
		t.Errorf("testdata/cases.json is stale (go test -update rewrites it)")
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"stdout == \"x\"", `1:8: expected "=" or "~" after stdout`},
		{"stdout = x", `1:10: stdout = wants a quoted string`},
		{"stdout = \"x", `1:10: unterminated or malformed quoted string`},
		{"stdout ~ (", `1:10: bad pattern`},
		{"error", `1:6: expected an error type or none, found end of line`},
		{"not canceled x", `1:5: expected "cancelled", found "canceled"`},
		{"finished main in 2s", `1:15: expected "by", found "in"`},
		{"finished main by soon", `1:18: bad duration "soon"`},
		{"at most two running", `1:9: expected a number, found "two"`},
		{"at most 2 runing", `1:11: expected "running", found "runing"`},
		{"cancel of a by b", `1:13: expected "requested", found "by"`},
		{"no leaks", `1:4: expected "pending" or "leaked" after no`},
		{"  indented first", `1:1: teaching message before any check`},
		{"cancelled a b", `1:13: unexpected "b" after the check`},
		{"explode", `1:1: unknown check "explode"`},
	} {
		_, errs := ParseChecks(c.src, 1)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), c.want) {
			t.Errorf("ParseChecks(%q) = %v, want one error starting %q", c.src, errs, c.want)
		}
	}
}

func TestMessages(t *testing.T) {
	cs, errs := ParseChecks("error none\n    first line\n    second line\n\n# comment\nno pending\n", 10)
	if len(errs) != 0 || len(cs) != 2 {
		t.Fatalf("got %v, %v", cs, errs)
	}
	if cs[0].Message != "first line second line" || cs[0].Line != 10 || cs[1].Line != 15 {
		t.Errorf("got %+v", cs)
	}
}

func TestPredict(t *testing.T) {
	p, errs := ParsePredict("What prints last?\n- [ ] a\n- [x] b\n", 3)
	if len(errs) != 0 || p.Answer != 1 || p.Question != "What prints last?" {
		t.Errorf("got %+v %v", p, errs)
	}
	if _, errs := ParsePredict("Q\n- [ ] a\n- [ ] b\n", 3); len(errs) != 1 {
		t.Errorf("no answer: got %v", errs)
	}
	g := Generate(gatherTrace(), goTrace())
	if g.Choices[g.Answer] != "ends with asyncio.exceptions.CancelledError" {
		t.Errorf("generated answer %q in %q", g.Choices[g.Answer], g.Choices)
	}
	if len(g.Choices) != 3 {
		t.Errorf("choices %q", g.Choices)
	}
}
