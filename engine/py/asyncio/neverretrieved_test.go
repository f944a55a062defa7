package asyncio_test

import (
	"strings"
	"testing"

	"taskline/engine"
)

// TestNeverRetrievedTiming checks that "Task exception was never
// retrieved" is logged where CPython's reference counting logs it: right
// after the failing step for a task nobody holds, when main returns for a
// task held in main's variables, and not at all once exception() was
// called. The order is read from the trace's print events (stdout and
// stderr interleaved as they happened).
func TestNeverRetrievedTiming(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	cases := []struct{ name, src, want string }{
		{"fire-and-forget", `
import asyncio
async def boom():
    raise ValueError("x")
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main end")
asyncio.run(main())
print("after")
`, "LOG|main end|after"},
		{"held by main", `
import asyncio
async def boom():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main end")
asyncio.run(main())
print("after")
`, "main end|LOG|after"},
		{"retrieved", `
import asyncio
async def boom():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    t.exception()
    print("main end")
asyncio.run(main())
print("after")
`, "main end|after"},
		{"held in a list until del", `
import asyncio
async def boom():
    raise ValueError("x")
async def main():
    ts = [asyncio.create_task(boom())]
    await asyncio.sleep(0.1)
    print("dropping")
    del ts
    await asyncio.sleep(0.1)
    print("main end")
asyncio.run(main())
`, "dropping|LOG|main end"},
	}
	for _, c := range cases {
		tr := engine.Run(c.src, engine.Options{Lang: "python", File: "main.py"})
		var got []string
		for _, e := range tr.Events() {
			if e.Kind != "print" {
				continue
			}
			if strings.HasPrefix(e.Detail, "Task exception was never retrieved") {
				got = append(got, "LOG")
			} else {
				got = append(got, strings.TrimSuffix(e.Detail, "\n"))
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: prints %q, want %q", c.name, g, c.want)
		}
	}
}
