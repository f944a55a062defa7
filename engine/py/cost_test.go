package py_test

import (
	"testing"

	"taskline/engine"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

// TestCPUWorkHasWidth: under the CPU cost model (docs/COST.md) a coroutine
// that computes without awaiting holds the loop for the virtual time its
// steps cost: its running span on the timeline is that wide, and a timer that
// came due meanwhile fires late, when the loop gets control back, as in
// CPython.
func TestCPUWorkHasWidth(t *testing.T) {
	src := `import asyncio

async def sleeper():
    await asyncio.sleep(0.001)
    print("sleeper woke")

async def crunch():
    total = 0
    for i in range(200000):
        total += i
    print("crunched", total)

async def main():
    s = asyncio.create_task(sleeper())
    c = asyncio.create_task(crunch())
    await asyncio.gather(s, c)

asyncio.run(main())
`
	tr := engine.Run(src, engine.Options{Lang: "python"})
	if o := tr.Outcome; o.Kind != trace.OutcomeOK || o.Stdout != "crunched 19999900000\nsleeper woke\n" {
		t.Fatalf("outcome %s %q %q", o.Kind, o.Stdout, o.Stderr)
	}
	crunch := -1
	for _, tk := range tr.Tasks {
		if tk.Func == "crunch" {
			crunch = tk.ID
		}
	}
	// 200,000 iterations of two steps or more each.
	min := int64(2 * 200000 * sched.PyStepCost)
	var widest int64
	for _, s := range tr.Spans() {
		if s.Task == crunch && s.State == trace.StateRunning && s.End-s.Start > widest {
			widest = s.End - s.Start
		}
	}
	if widest < min {
		t.Errorf("crunch's widest running span is %d ns, want at least %d (CPU work takes virtual time)", widest, min)
	}
	woke := int64(-1)
	for _, e := range tr.Events() {
		if e.Kind == trace.EvPrint && e.Detail == "sleeper woke\n" {
			woke = e.Time
		}
	}
	if woke < min { // -1 also fails: the print must be in the trace
		t.Errorf("the sleeper woke at %d ns (-1: no print event), want it late, after the CPU work that held the loop", woke)
	}
}
