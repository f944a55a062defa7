package explain_test

import (
	"fmt"
	"strings"

	"taskline/engine"
	_ "taskline/engine/all"
	"taskline/engine/explain"
)

// The case that started Taskline: a gather() child cancels itself, and the
// program dies with a bare CancelledError. The story says how, and the
// finding says what to change.
func Example() {
	src := `import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("a", 0.1), worker("b", 0.2))


asyncio.run(main())
`
	st := explain.Explain(src, engine.Run(src, engine.Options{File: "seed.py"}))
	for _, s := range st.Steps {
		fmt.Printf("line %-2d %-16s task %d\n", s.Line, s.Kind, s.Task)
	}
	for _, f := range st.Findings {
		fmt.Println(f.ID, "on line", f.Line)
		for _, l := range strings.Split(f.Fix, "\n") {
			if strings.HasPrefix(l, "-    ") || strings.HasPrefix(l, "+    ") {
				fmt.Println(l) // the changed lines
			}
		}
	}
	// Output:
	// line 6  cancel-request   task 1
	// line 7  cancel-delivered task 1
	// line 11 propagate        task 0
	// line 5  left-running     task 2
	// line 5  shutdown-cancel  task 2
	// line 14 uncaught         task 0
	// self-cancel-in-gather on line 11
	// -    await asyncio.gather(worker("a", 0.1), worker("b", 0.2))
	// +    await asyncio.gather(worker("a", 0.1), worker("b", 0.2), return_exceptions=True)
}
