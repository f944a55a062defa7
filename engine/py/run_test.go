package py_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	_ "taskline/engine/py"
	"taskline/engine/trace"
)

func run(src string, max int64) *trace.Trace {
	return engine.Run(src, engine.Options{Lang: "python", MaxSteps: max})
}

func TestStepLimit(t *testing.T) {
	tr := run("print('before')\nn = 0\nwhile True:\n    n += 1\n", 1000)
	o := tr.Outcome
	if o.Kind != trace.OutcomeStepLimit || o.ExitCode != trace.ExitStepLimit {
		t.Fatalf("outcome %s exit %d, want %s %d", o.Kind, o.ExitCode, trace.OutcomeStepLimit, trace.ExitStepLimit)
	}
	if o.Stdout != "before\n" {
		t.Errorf("partial output lost: %q", o.Stdout)
	}
	want := "taskline: step limit of 1000 steps exceeded at main.py:"
	if !strings.HasPrefix(o.Stderr, want) {
		t.Errorf("stderr %q, want prefix %q", o.Stderr, want)
	}
	if l := o.Error.Pos.Line; l != 3 && l != 4 {
		t.Errorf("step limit reported at line %d, want the loop (3 or 4)", l)
	}
}

func TestStepLimitNotCatchable(t *testing.T) {
	src := "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
	tr := run(src, 500)
	if tr.Outcome.Kind != trace.OutcomeStepLimit || strings.Contains(tr.Outcome.Stdout, "caught") {
		t.Fatalf("step limit was caught by Python code: %+v", tr.Outcome)
	}
}

func TestOutcomes(t *testing.T) {
	for _, c := range []struct {
		src, kind, last string
		exit            int
	}{
		{"print('hi')", trace.OutcomeOK, "", 0},
		{"import sys\nsys.exit(4)", trace.OutcomeExit, "", 4},
		{"import sys\nsys.exit()", trace.OutcomeOK, "", 0},
		{"import sys\nsys.exit('bye')", trace.OutcomeExit, "bye", 1},
		{"raise SystemExit(True)", trace.OutcomeExit, "", 1},
		{"1/0", trace.OutcomeException, "ZeroDivisionError: division by zero", 1},
		{"class E(Exception): pass\nraise E('x')", trace.OutcomeException, "E: x", 1},
		{"def f(:\n  pass", trace.OutcomeSyntaxError, "SyntaxError: invalid syntax", 1},
		{"type('X', (), {})", trace.OutcomeUnsupported, "main.py:1: type() with 3 arguments is not supported yet", 1},
		{"import nosuch", trace.OutcomeException, "ModuleNotFoundError: No module named 'nosuch'", 1},
		// CPython would hang in select() for ever; Taskline stops and says so.
		{"import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())", trace.OutcomeDeadlock,
			"taskline: the program would wait forever: every task is waiting and no timer is pending (CPython hangs here)", trace.ExitStepLimit},
	} {
		tr := run(c.src, 0)
		o := tr.Outcome
		lines := strings.Split(strings.TrimRight(o.Stderr, "\n"), "\n")
		last := lines[len(lines)-1]
		if c.kind == trace.OutcomeUnsupported {
			last = strings.TrimPrefix(last, "taskline: ")
		}
		if o.Kind != c.kind || o.ExitCode != c.exit || last != c.last {
			t.Errorf("%q: got %s exit %d last %q, want %s exit %d last %q", c.src, o.Kind, o.ExitCode, last, c.kind, c.exit, c.last)
		}
	}
}

// FuzzRun evaluates arbitrary programs with realistic budgets (5 million
// steps, 64 MiB): whatever the input, Run must return a trace without
// panicking or hanging, and never report an internal error.
func FuzzRun(f *testing.F) {
	for _, dir := range []string{"eval/testdata", "../../testdata/py"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 4000 {
				f.Add(string(b))
			}
		}
	}
	f.Add("x = [1, 2]\nx.append(x)\nprint(x)")
	f.Add("def f():\n    yield from f()\nlist(f())")
	// One seed per finding of issue 15, so that mutations start from
	// each: memory bombs, a lazy range, huge sleeps, deep values, task
	// bombs. The budgets are realistic (a 20,000-step budget ended these
	// programs before they could reach the bugs).
	for _, seed := range []string{
		"s = 'x'\nwhile True:\n    s += s\n",
		"a = [0] * 10**10\n",
		"s = 'x' * 10**12\n",
		"l = list(range(10**10))\n",
		"l = []\nwhile True:\n    l.append([1])\n",
		"print(max(range(10**7)), 10**18 - 1 in range(10**18))\n",
		"import asyncio\nasync def main():\n    await asyncio.sleep(1e308)\nasyncio.run(main())\n",
		"import asyncio\nasync def main():\n    await asyncio.sleep(float('inf'))\nasyncio.run(main())\n",
		"import asyncio\nasync def main():\n    await asyncio.wait_for(asyncio.Event().wait(), timeout=10**300)\nasyncio.run(main())\n",
		"import asyncio\nasync def main():\n    asyncio.get_running_loop().call_later(1e300, print)\n    await asyncio.sleep(10**400)\nasyncio.run(main())\n",
		"import time\ntime.sleep(1e308)\n",
		"t = ()\nfor i in range(1000000):\n    t = (t,)\nprint(hash(t))\n",
		"x = []\nfor i in range(100000):\n    x = [x]\nprint(repr(x))\n",
		"a, b = [], []\nfor i in range(100000):\n    a, b = [a], [b]\nprint(a == b)\n",
		"import copy, json\nx = []\nfor i in range(5000):\n    x = [x]\ncopy.deepcopy(x)\njson.dumps(x)\n",
		"def k(x):\n    return sorted([x], key=k)\nk(1)\n",
		"import asyncio\nasync def w():\n    await asyncio.sleep(0)\nasync def main():\n    await asyncio.gather(*(w() for _ in range(20000)))\nasyncio.run(main())\n",
		"print(str(10**5000))\n",
		"for i in range(10000):\n    print('x' * 99)\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		tr := engine.Run(src, engine.Options{Lang: "python", MaxSteps: 5_000_000, MaxMemory: 64 << 20})
		if tr == nil {
			t.Fatal("nil trace")
		}
		if tr.Outcome.Kind == trace.OutcomeInternal {
			t.Fatalf("internal error on %q:\n%s", src, tr.Outcome.Stderr)
		}
	})
}

// time.strftime formats the virtual clock (from the playground's epoch,
// 2023-11-14 22:13:20 UTC) as datetime does, and moves with asyncio.sleep.
func TestTimeStrftime(t *testing.T) {
	src := "import asyncio, time\n\nasync def main():\n    print(time.strftime('%X %F'))\n    await asyncio.sleep(2)\n    print(time.strftime('%c'))\n\nasyncio.run(main())\n"
	o := run(src, 0).Outcome
	if want := "22:13:20 2023-11-14\nTue Nov 14 22:13:22 2023\n"; o.Stdout != want || o.ExitCode != 0 {
		t.Errorf("stdout %q exit %d stderr %q, want %q", o.Stdout, o.ExitCode, o.Stderr, want)
	}
	o = run("import time\ntime.strftime('%X', (2024, 1, 1, 0, 0, 0, 0, 1, 0))\n", 0).Outcome
	if !strings.Contains(o.Stderr, "time.strftime with a time tuple is not supported by Taskline") {
		t.Errorf("a time tuple: stderr %q, want it not supported by Taskline", o.Stderr)
	}
}
