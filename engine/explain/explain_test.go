package explain_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
	"taskline/engine/trace"
)

// The seed's finding carries everything the page needs: its fix as a diff
// of one changed line, the fixed program — which runs clean — and the lesson.
func TestSeedFinding(t *testing.T) {
	b, err := os.ReadFile("../../examples/python/01_gather_self_cancel.py")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	st := explain.Explain(src, engine.Run(src, engine.Options{File: "01_gather_self_cancel.py"}))
	if len(st.Findings) != 1 {
		t.Fatalf("findings: %+v", st.Findings)
	}
	f := st.Findings[0]
	if f.ID != "self-cancel-in-gather" || f.Line != 17 || f.Lesson != "/lessons/01-gather-self-cancel.html" || f.Title == "" || f.Task != 1 {
		t.Errorf("finding: %+v", f)
	}
	want := "-    results = await asyncio.gather(worker(\"a\", 0.1), worker(\"b\", 0.2))\n" +
		"+    results = await asyncio.gather(worker(\"a\", 0.1), worker(\"b\", 0.2), return_exceptions=True)\n"
	if !strings.Contains(f.Fix, want) || strings.Count(f.Fix, "\n-") != 1 || strings.Count(f.Fix, "\n+") != 2 {
		t.Errorf("fix:\n%s", f.Fix)
	}
	tr := engine.Run(f.Program, engine.Options{})
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.ExitCode != 0 {
		t.Errorf("the fixed program ends %s (%d):\n%s", tr.Outcome.Kind, tr.Outcome.ExitCode, tr.Outcome.Stderr)
	}
	if !strings.HasPrefix(st.Summary, "The program ended with CancelledError") || !strings.Contains(st.Summary, "line 11") {
		t.Errorf("summary: %s", st.Summary)
	}
}

// The JSON is a contract with the page: field names, and arrays (never
// null) for a run with nothing to tell.
func TestJSONShape(t *testing.T) {
	src := "print('hi')\n"
	st := explain.Explain(src, engine.Run(src, engine.Options{}))
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); !strings.Contains(got, `"steps":[]`) || !strings.Contains(got, `"findings":[]`) || !strings.Contains(got, `"summary":"The program ended normally`) {
		t.Errorf("json: %s", got)
	}
	b, _ = json.Marshal(explain.Step{Kind: "raise", Task: 1, Label: "f()", Line: 3, Event: 7, Text: "x"})
	if string(b) != `{"kind":"raise","task":1,"label":"f()","line":3,"event":7,"text":"x"}` {
		t.Errorf("step json: %s", b)
	}
	b, _ = json.Marshal(explain.Finding{ID: "deadlock", Line: 2, Text: "t", Title: "T", Task: -1})
	if string(b) != `{"id":"deadlock","line":2,"text":"t","fix":"","title":"T","task":-1}` {
		t.Errorf("finding json: %s", b)
	}
}

// A program that does not compile has a summary and nothing else.
func TestSyntaxError(t *testing.T) {
	src := "def f(:\n"
	st := explain.Explain(src, engine.Run(src, engine.Options{}))
	if len(st.Steps) != 0 || len(st.Findings) != 0 || !strings.Contains(st.Summary, "did not run") || !strings.Contains(st.Summary, "line 1") {
		t.Errorf("%+v", st)
	}
	if st := explain.Explain("", nil); st.Summary == "" || st.Steps == nil {
		t.Errorf("nil trace: %+v", st)
	}
}

// A run with thousands of cancellations keeps its story readable.
func TestLongStoryIsCut(t *testing.T) {
	src := `import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(200)]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
`
	st := explain.Explain(src, engine.Run(src, engine.Options{}))
	if n := len(st.Steps); n > 70 {
		t.Errorf("%d steps", n)
	}
	last := st.Steps[len(st.Steps)-1]
	if last.Kind != "more" || !strings.Contains(last.Text, "340 more steps") {
		t.Errorf("last step: %+v", last)
	}
	if !strings.Contains(st.Summary, "200 cancellations") {
		t.Errorf("summary: %s", st.Summary)
	}
}

// FuzzExplain: whatever the program, Explain tells a story and does not
// fail (the engine runs every input; Explain must cope with every trace).
func FuzzExplain(f *testing.F) {
	f.Add("import asyncio\nasync def main():\n    asyncio.current_task().cancel()\n    await asyncio.sleep(0)\nasyncio.run(main())\n", false)
	f.Add("package main\nfunc main() { ch := make(chan int); ch <- 1 }\n", true)
	f.Fuzz(func(t *testing.T, src string, golang bool) {
		o := engine.Options{MaxSteps: 20000}
		if golang {
			o.Lang = "go"
		}
		st := explain.Explain(src, engine.Run(src, o))
		if st.Summary == "" || strings.HasPrefix(st.Summary, "Taskline could not explain") || st.Steps == nil || st.Findings == nil {
			t.Errorf("%q: %+v", src, st)
		}
	})
}

// AppendJSON writes what encoding/json writes, also for the shapes the
// golden programs may not reach: a nil story, nil lists, a finding with
// and without its program and lesson, strings that need escaping.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	odd := "tab\there \"quoted\" <b>&</b> \\ \u2028 bad:\xff é 𝄞 \x01"
	for i, st := range []*explain.Story{
		nil,
		{},
		{Summary: odd, Steps: []explain.Step{}, Findings: []explain.Finding{}},
		{Summary: "s", Steps: []explain.Step{{Kind: "raise", Task: -1, Label: odd, Line: 0, Event: -1, Text: "x"}, {Kind: "k", Task: 3, Line: 12, Event: 40}}},
		{Findings: []explain.Finding{
			{ID: "a", Line: 2, Text: odd, Fix: "-x\n+y\n", Title: "T", Task: -1},
			{ID: "b", Line: 1, Program: "print(1)\n", Lesson: "/lessons/x.html", Task: 4},
			{ID: "c", Lesson: "/l"},
		}},
	} {
		want, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.AppendJSON([]byte("prefix")); string(got) != "prefix"+string(want) {
			t.Errorf("story %d:\n got: %s\nwant: prefix%s", i, got, want)
		}
	}
}

// A task cancelled before its first step raises at the top of its
// coroutine: the story says so instead of naming an await that is not there.
func TestCancelledBeforeItStarted(t *testing.T) {
	src := `import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(work())
    t.cancel()
    await t

asyncio.run(main())
`
	st := explain.Explain(src, engine.Run(src, engine.Options{}))
	var got string
	for _, s := range st.Steps {
		if s.Kind == "cancel-delivered" {
			got = s.Text
		}
	}
	if want := "The CancelledError was delivered to work() as it started, before any of its code ran (line 3)."; got != want {
		t.Errorf("cancel-delivered step: %q, want %q", got, want)
	}
	// Once it has run, the delivery is at its await.
	src2 := strings.Replace(src, "    t.cancel()\n", "    await asyncio.sleep(0)\n    t.cancel()\n", 1)
	got = ""
	for _, s := range explain.Explain(src2, engine.Run(src2, engine.Options{})).Steps {
		if s.Kind == "cancel-delivered" {
			got = s.Text
		}
	}
	if want := "The CancelledError was delivered to work() at its await on line 4."; got != want {
		t.Errorf("after a step: %q, want %q", got, want)
	}
}

// A TaskGroup whose children all fail holds their errors in the order they
// came, and the ExceptionGroup began with the first: here both children
// reach the misspelt sleeep at once, 'hello' first (it was created first),
// as CPython's traceback numbers them.
func TestTaskGroupBeganWithItsFirstError(t *testing.T) {
	src := `import asyncio

async def say_after(delay, what):
    await asyncio.sleeep(delay)
    print(what)

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(1, 'hello'))
        task2 = tg.create_task(say_after(2, 'world'))

asyncio.run(main())
`
	for _, v := range []string{"3.11", "3.12", "3.13"} {
		tr := engine.Run(src, engine.Options{Python: v})
		if !strings.Contains(tr.Outcome.Stderr, "unhandled errors in a TaskGroup (2 sub-exceptions)") {
			t.Fatalf("%s: unexpected stderr:\n%s", v, tr.Outcome.Stderr)
		}
		st := explain.Explain(src, tr)
		if want := "The program ended with ExceptionGroup, which began when say_after(1, 'hello') raised AttributeError: module 'asyncio' has no attribute 'sleeep' at line 4."; st.Summary != want {
			t.Errorf("%s: summary %q, want %q", v, st.Summary, want)
		}
	}
}

// An error the program caught is not where a later, different error began:
// main() handles wait_for's TimeoutError, then its TaskGroup fails because
// a child raised. The summary traces the ExceptionGroup to that child, and
// the handled timeout is told as caught, in each version's wait_for (a task
// of its own before 3.12, a timeout around the await from 3.12).
func TestCaughtErrorIsNotALaterOrigin(t *testing.T) {
	src := `import asyncio

async def eternity():
    await asyncio.sleep(3600)

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        tg.create_task(boom())

async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

asyncio.run(main())
`
	for _, v := range []string{"3.11", "3.12", "3.13"} {
		st := explain.Explain(src, engine.Run(src, engine.Options{Python: v}))
		if want := "The program ended with ExceptionGroup, which began when boom() raised ValueError: boom at line 17."; st.Summary != want {
			t.Errorf("%s: summary %q, want %q", v, st.Summary, want)
		}
		var caught, waitFor bool
		for _, s := range st.Steps {
			caught = caught || s.Kind == explain.StepCaught && s.Line == 9
			waitFor = waitFor || strings.HasPrefix(s.Text, "wait_for() on line 8")
			if strings.Contains(s.Text, "asyncio.timeout()") || strings.HasPrefix(s.Text, "event loop cancelled") {
				t.Errorf("%s: step names what the program did not write: %s", v, s.Text)
			}
		}
		if !caught || !waitFor {
			t.Errorf("%s: want wait_for's steps and the catch at line 9, got %+v", v, st.Steps)
		}
	}
}
