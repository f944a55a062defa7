package py_test

import (
	"strings"
	"testing"

	"taskline/engine"
)

// TestTaskSetOrder checks that sets of tasks iterate in creation order
// (a future's hash is its creation number), the same on every run, where
// CPython's order depends on addresses.
func TestTaskSetOrder(t *testing.T) {
	src := `import asyncio

async def work():
    await asyncio.sleep(0)

async def main():
    tasks = [asyncio.create_task(work()) for _ in range(40)]
    s = set(reversed(tasks))
    print(" ".join(x.get_name() for x in s))
    print(hash(tasks[0]) == hash(tasks[0]), hash(tasks[0]) != hash(tasks[1]))
    await asyncio.gather(*tasks)

asyncio.run(main())
`
	var names []string
	for i := 2; i <= 41; i++ {
		names = append(names, "Task-"+itoa(i))
	}
	want := strings.Join(names, " ") + "\nTrue True\n"
	for run := 0; run < 3; run++ {
		tr := engine.Run(src, engine.Options{Lang: "python"})
		if tr.Outcome.Stdout != want {
			t.Fatalf("run %d: stdout\n%s\nwant\n%s\nstderr %s", run, tr.Outcome.Stdout, want, tr.Outcome.Stderr)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
