package eval_test

import (
	"runtime"
	"testing"
	"time"
	"weak"

	_ "taskline/engine/py/asyncio"
	"taskline/engine/py/eval"
	"taskline/engine/py/syntax"
	"taskline/engine/trace"
)

// A finished run is garbage once its caller lets go of it: a process that
// runs program after program (the page's engine, a server) must not keep
// every run's interpreter and trace. Each program runs a coroutine, which
// has a fiber and a finalizer that retires the fiber if the coroutine is
// abandoned; that finalizer once held the run alive through a cycle.
func TestFinishedRunsAreCollected(t *testing.T) {
	progs := []string{
		"import asyncio\n\nasync def main():\n    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n",
		"import asyncio\n\nasync def w():\n    await asyncio.sleep(1)\n\nasync def main():\n    asyncio.create_task(w())\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n",
		"def gen():\n    yield 1\n    yield 2\n\ng = gen()\nnext(g)\n",
	}
	var runs []weak.Pointer[eval.Interp]
	var recs []weak.Pointer[trace.Recorder]
	for _, src := range progs {
		f, err := syntax.ParseFile("main.py", []byte(src), "3.11")
		if err != nil {
			t.Fatal(err)
		}
		prog, err := eval.Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec := trace.NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return 0 })
		in := eval.NewInterp(rec, "main.py", src, "3.11")
		if err := in.Exec(prog); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		in.Finalize()
		in.RunAtExit()
		in.Shutdown()
		runs = append(runs, weak.Make(in))
		recs = append(recs, weak.Make(rec))
	}
	// An object with a finalizer takes two collections, the finalizer
	// running in between on a goroutine of its own.
	alive := func() (n int) {
		for i := range runs {
			if runs[i].Value() != nil || recs[i].Value() != nil {
				n++
			}
		}
		return n
	}
	for i := 0; i < 20 && alive() > 0; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if n := alive(); n > 0 {
		t.Errorf("%d of %d finished runs are still reachable", n, len(runs))
	}
}
