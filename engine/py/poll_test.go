package py_test

import (
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestPollReachedByLoopWork checks that the event loop's own work reaches
// the budget's Poll (how a browser stops a run): 20,000 tasks that each
// run only asyncio's native sleep spend few Python steps, but the loop
// runs some 80,000 callbacks for them, one step each. The engine polls
// every 16,384 steps, so that is at least 5 polls; counting Python steps
// alone gives 2.
func TestPollReachedByLoopWork(t *testing.T) {
	src := `import asyncio
async def main():
    await asyncio.gather(*[asyncio.sleep(1) for _ in range(20000)])
asyncio.run(main())
`
	polls := 0
	tr := engine.Run(src, engine.Options{Poll: func() bool { polls++; return true }})
	if tr.Outcome.Kind != trace.OutcomeOK {
		t.Fatalf("outcome %s: %s", tr.Outcome.Kind, tr.Outcome.Stderr)
	}
	if polls < 5 {
		t.Errorf("Poll called %d times, want at least 5", polls)
	}

	// And Stop works from inside such a loop: the first Poll stops the run.
	tr = engine.Run(src, engine.Options{Poll: func() bool { return false }})
	if tr.Outcome.Kind != trace.OutcomeStopped {
		t.Errorf("outcome %s, want %s", tr.Outcome.Kind, trace.OutcomeStopped)
	}
}

// TestTraceCapsTasks checks that a program with more tasks than the
// trace keeps still runs to the end, with the tasks past the cap counted.
func TestTraceCapsTasks(t *testing.T) {
	src := `import asyncio
async def w(i):
    await asyncio.sleep(0)
    return i
async def main():
    print(sum(await asyncio.gather(*(w(i) for i in range(12000)))))
asyncio.run(main())
`
	tr := engine.Run(src, engine.Options{})
	if tr.Outcome.Stdout != "71994000\n" {
		t.Fatalf("stdout %q, stderr %q", tr.Outcome.Stdout, tr.Outcome.Stderr)
	}
	if len(tr.Tasks) != trace.DefaultTaskLimit || tr.DroppedTasks != 12001-trace.DefaultTaskLimit {
		t.Errorf("%d tasks kept, %d dropped; want %d kept, %d dropped", len(tr.Tasks), tr.DroppedTasks,
			trace.DefaultTaskLimit, 12001-trace.DefaultTaskLimit)
	}
	for _, e := range tr.Events() {
		if e.Task >= len(tr.Tasks) || e.Task < -1 || e.Related >= len(tr.Tasks) || e.Related < -1 {
			t.Fatalf("event refers to a task not in the trace: %+v", e)
		}
	}
}
