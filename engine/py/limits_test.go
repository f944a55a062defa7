package py_test

import (
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestHonestLimits: what CPython has and Taskline does not model stops at
// its line with "not supported by Taskline", naming the modelled version;
// a name no CPython has (a typo) keeps CPython's error, which the corpus
// checks against the real interpreter (module_name_typo, asyncio_name_typo).
func TestHonestLimits(t *testing.T) {
	loop := "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    %s\nasyncio.run(main())\n"
	for _, c := range []struct {
		version, src, want string
	}{
		{"3.13", "import asyncio\n\nloop = asyncio.new_event_loop()\nasyncio.Handle(print, (), loop)", "main.py:4: asyncio.Handle() made by the program is not supported by Taskline (it models CPython 3.13's asyncio)"},
		{"3.11", "import sqlite3", "main.py:1: module 'sqlite3' is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.11", "print(1)\nimport os.path", "main.py:2: module 'os.path' is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.11", "import asyncio.subprocess", "main.py:1: module 'asyncio.subprocess' is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.11", "import asyncio\n\nasyncio.start_server", "main.py:3: asyncio.start_server is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.11", "from asyncio import open_connection", "main.py:1: asyncio.open_connection is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.7", "import asyncio\nasyncio.start_server", "main.py:2: asyncio.start_server is not supported by Taskline (it models CPython 3.7's asyncio)"},
		{"3.11", strings.Replace(loop, "%s", "await loop.sock_connect(None, None)", 1), "main.py:4: loop.sock_connect is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.11", strings.Replace(loop, "%s", "asyncio.current_task().get_stack()", 1), "main.py:4: asyncio.Task.get_stack is not supported by Taskline (it models CPython 3.11's asyncio)"},
		// Task factories: asyncio's eager ones are modelled (the corpus's
		// eager_task_factory), others are not.
		{"3.11", strings.Replace(loop, "%s", "loop.set_task_factory(lambda l, c: asyncio.Task(c, loop=l))", 1), "main.py:4: loop.set_task_factory with a task factory other than asyncio's eager ones is not supported by Taskline (it models CPython 3.11's asyncio)"},
		{"3.13", strings.Replace(loop, "%s", "f = asyncio.create_eager_task_factory(lambda *a, **k: None)", 1), "main.py:4: create_eager_task_factory with a task constructor other than asyncio.Task is not supported by Taskline (it models CPython 3.13's asyncio)"},
		{"3.12", strings.Replace(loop, "%s", "async def w(): pass\n    asyncio.Task(w(), eager_start=True)", 1), "main.py:5: Task(..., eager_start=True) without loop= is not supported by Taskline (it models CPython 3.12's asyncio)"},
	} {
		tr := engine.Run(c.src, engine.Options{Lang: "python", Python: c.version})
		o := tr.Outcome
		if o.Kind != trace.OutcomeUnsupported || o.ExitCode != 1 || o.Error == nil || o.Error.Message != c.want {
			t.Errorf("%s %q: got %s exit %d stderr %q, want unsupported %q", c.version, c.src, o.Kind, o.ExitCode, o.Stderr, c.want)
		}
	}
	// No factory is what Taskline's loop has, and says.
	for _, v := range []string{"3.11", "3.12"} {
		src := strings.Replace(loop, "%s", "loop.set_task_factory(None)\n    print(loop.get_task_factory())\n    async def w(): return 1\n    print(await asyncio.Task(w(), eager_start=False) if %s else 1)", 1)
		src = strings.Replace(src, "%s", map[string]string{"3.11": "False", "3.12": "True"}[v], 1)
		o := engine.Run(src, engine.Options{Lang: "python", Python: v}).Outcome
		if o.Kind != trace.OutcomeOK || o.Stdout != "None\n1\n" {
			t.Errorf("%s: no task factory: got %s %q %q, want ok \"None\\n1\\n\"", v, o.Kind, o.Stdout, o.Stderr)
		}
	}
	// What the modelled version does not have is CPython's own error.
	for _, c := range []struct{ version, src, want string }{
		{"3.7", "from asyncio import Runner", "ImportError"},
		{"3.7", "import asyncio\nasyncio.to_thread", "AttributeError"},
		{"3.11", "import asyncoi", "ModuleNotFoundError"},
		{"3.11", strings.Replace(loop, "%s", "asyncio.Queue().shutdown()", 1), "AttributeError"},           // 3.13's
		{"3.11", strings.Replace(loop, "%s", "asyncio.current_task().get_context()", 1), "AttributeError"}, // 3.12's
	} {
		tr := engine.Run(c.src, engine.Options{Lang: "python", Python: c.version})
		if tr.Outcome.Kind != trace.OutcomeException || tr.Outcome.Error.Type != c.want {
			t.Errorf("%s %q: got %s %q, want %s", c.version, c.src, tr.Outcome.Kind, tr.Outcome.Stderr, c.want)
		}
	}
}

// TestPastedPackages: importing a package people paste is CPython's
// ModuleNotFoundError, so a fallback (`except ImportError:`) runs as it does
// where the package is missing; uncaught, a note under the error says that
// Taskline lacks it and what to do instead.
func TestPastedPackages(t *testing.T) {
	tr := engine.Run("try:\n    import uvloop\nexcept ImportError:\n    uvloop = None\nprint(uvloop)\n", engine.Options{})
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.Stdout != "None\n" {
		t.Errorf("fallback: got %s %q %q, want ok \"None\\n\"", tr.Outcome.Kind, tr.Outcome.Stdout, tr.Outcome.Stderr)
	}
	for _, c := range []struct{ src, note string }{
		{"import aiohttp", "aiohttp is not available in Taskline: it runs programs on a virtual clock, without a network, files or other processes. Model a request's latency with `await asyncio.sleep(0.2)` and return a made-up response.\n"},
		{"import uvloop", "uvloop is not available in Taskline: it runs programs on a virtual clock, without a network, files or other processes. Leave it out: Taskline's loop is asyncio's own, so `asyncio.run(main())` is all a program needs.\n"},
	} {
		o := engine.Run(c.src, engine.Options{}).Outcome
		pkg := strings.Fields(c.src)[1]
		want := "ModuleNotFoundError: No module named '" + pkg + "'\n" + c.note
		if o.Kind != trace.OutcomeException || o.ExitCode != 1 || !strings.HasSuffix(o.Stderr, want) {
			t.Errorf("%q: got %s exit %d stderr %q, want it to end %q", c.src, o.Kind, o.ExitCode, o.Stderr, want)
		}
	}
}

// TestSuggestions312: the suggestions CPython 3.12 added, as python3.12
// and python3.13 print them (3.11 prints neither).
func TestSuggestions312(t *testing.T) {
	for _, c := range []struct{ version, src, want string }{
		{"3.12", "from asyncio import Queu", "ImportError: cannot import name 'Queu' from 'asyncio' (/usr/lib/python3.12/asyncio/__init__.py). Did you mean: 'Queue'?"},
		{"3.11", "from asyncio import Queu", "ImportError: cannot import name 'Queu' from 'asyncio' (/usr/lib/python3.11/asyncio/__init__.py)"},
		{"3.13", "def f():\n    asyncio.sleep(1)\nf()\n", "NameError: name 'asyncio' is not defined. Did you forget to import 'asyncio'?"},
		{"3.12", "def f():\n    tim = 1\n    return time\nf()\n", "NameError: name 'time' is not defined. Did you mean: 'tim'? Or did you forget to import 'time'?"},
		{"3.11", "def f():\n    asyncio.sleep(1)\nf()\n", "NameError: name 'asyncio' is not defined"},
	} {
		tr := engine.Run(c.src, engine.Options{Lang: "python", Python: c.version})
		if tr.Outcome.Error == nil || tr.Outcome.Error.Line != c.want {
			t.Errorf("%s %q: got %q, want %q", c.version, c.src, tr.Outcome.Stderr, c.want)
		}
	}
}
