package eval

import (
	"fmt"
	"sort"
	"strings"
)

// Honest limits: a program that uses something CPython has but Taskline
// does not model stops there with "… is not supported by Taskline", not
// with an AttributeError or ModuleNotFoundError that blames the program.
// Which names CPython has, per version, is recorded in cpython_names.go;
// a name no CPython has (a typo) keeps CPython's own error.

// cpythonHas reports whether the modelled CPython is among the versions
// whose bits are set in mask (bit m for 3.m).
func (in *Interp) cpythonHas(mask uint16) bool {
	return mask&(1<<uint(in.Minor())) != 0
}

// NotModelled stops the run at the current line: what (a module, a
// function, a method) exists in the modelled CPython but not in Taskline.
func (in *Interp) NotModelled(what string) error {
	return &UnsupportedError{File: in.File, Line: in.Line(),
		Msg: fmt.Sprintf("%s is not supported by Taskline (it models CPython 3.%d's asyncio)", what, in.Minor())}
}

// notModelledName is the error for module.name that Taskline's module
// lacks, if the modelled CPython's module has it; nil if it does not
// (then CPython's AttributeError or ImportError is right).
func (in *Interp) notModelledName(module, name string) error {
	if in.cpythonHas(moduleNames()[module][name]) {
		return in.NotModelled(module + "." + name)
	}
	return nil
}

// LoopAttrNotModelled is the error for loop.name that Taskline's event
// loop lacks, or nil if the modelled CPython's loop has no such attribute.
func (in *Interp) LoopAttrNotModelled(name string) error {
	if in.cpythonHas(loopNames()[name]) {
		return in.NotModelled("loop." + name)
	}
	return nil
}

// missingModule is the error for importing a module Taskline does not
// have: "not supported" for the standard library's, advice for packages
// people often paste, and CPython's ModuleNotFoundError for anything else
// (a misspelt name).
func (in *Interp) missingModule(name string) error {
	top, _, dotted := strings.Cut(name, ".")
	if _, shipped := moduleLoaders[top]; dotted && shipped {
		// A submodule of a module Taskline has: CPython's error stands
		// unless it is one CPython has (asyncio.subprocess).
		if in.cpythonHas(moduleNames()[top][name[len(top)+1:]]) {
			return in.NotModelled("module '" + name + "'")
		}
	} else if in.cpythonHas(stdlibModules()[top]) {
		return in.NotModelled("module '" + name + "'")
	}
	e := &Exception{Class: ModuleNotFoundErrorClass, Args: Tuple{Str(fmt.Sprintf("No module named '%s'", name))}}
	if advice, ok := pastedPackages[top]; ok {
		// CPython's own error, so that `try: import uvloop / except
		// ImportError:` takes its fallback as it does where the package is
		// not installed; the note, printed under the error when nobody
		// catches it, says it is Taskline that lacks the package.
		e.Notes = append(e.Notes, top+" is not available in Taskline: it runs programs on a virtual clock, without a network, files or other processes. "+advice)
	}
	return e
}

const (
	adviceHTTP = "Model a request's latency with `await asyncio.sleep(0.2)` and return a made-up response."
	adviceLoop = "Write the program with asyncio: Taskline runs asyncio's own event loop."
)

// pastedPackages are third-party packages often found in pasted programs,
// with what to do instead in Taskline.
var pastedPackages = map[string]string{
	"aiohttp":      adviceHTTP,
	"httpx":        adviceHTTP,
	"requests":     adviceHTTP + " In a coroutine, a blocking call like requests.get stalls the whole loop: model that with time.sleep.",
	"urllib3":      adviceHTTP,
	"websockets":   "Model a connection with an asyncio.Queue per direction and `await asyncio.sleep` for the network's delay.",
	"aiofiles":     "Model a file's latency with `await asyncio.sleep(0.01)` and keep its content in a string or list.",
	"aioredis":     "Model the store with a dict and its latency with `await asyncio.sleep(0.001)`.",
	"redis":        "Model the store with a dict and its latency with `await asyncio.sleep(0.001)`.",
	"asyncpg":      "Model a query's latency with `await asyncio.sleep(0.05)` and return made-up rows.",
	"aiosqlite":    "Model a query's latency with `await asyncio.sleep(0.05)` and return made-up rows.",
	"trio":         adviceLoop,
	"anyio":        adviceLoop,
	"curio":        adviceLoop,
	"uvloop":       "Leave it out: Taskline's loop is asyncio's own, so `asyncio.run(main())` is all a program needs.",
	"nest_asyncio": "Leave it out: run the program's top coroutine with one `asyncio.run(main())`.",
	"numpy":        "Use lists and the math module for the numbers, or leave the computation out: Taskline shows when tasks run, not what they compute.",
	"pandas":       "Use lists and dicts for the data, or leave the computation out: Taskline shows when tasks run, not what they compute.",
	"fastapi":      "Call the handler coroutines directly from main() and model each client with a task.",
	"starlette":    "Call the handler coroutines directly from main() and model each client with a task.",
	"flask":        "Call the handler functions directly and model each client with a task.",
	"django":       "Call the handler functions directly and model each client with a task.",
	"tqdm":         "Print progress with print() instead.",
	"rich":         "Print with print() instead.",
	"pytest":       "Run the checks from main() with assert statements.",
	"attr":         "Use dataclasses, which Taskline has.",
	"attrs":        "Use dataclasses, which Taskline has.",
	"pydantic":     "Use dataclasses, which Taskline has.",
}

// ClassAttrNotModelled is the error for an attribute that instances of an
// asyncio class lack in Taskline (class is "asyncio.Queue"), or nil if the
// modelled CPython's class has no such attribute either.
func (in *Interp) ClassAttrNotModelled(class, name string) error {
	return in.notModelledName(class, name)
}

// forgotImport is what CPython 3.12+ adds to a NameError for a name that
// is a standard library module: ". Did you forget to import 'time'?", or
// " Or did you forget ..." after a "Did you mean" suggestion.
func (in *Interp) forgotImport(e *Exception, suggested bool) string {
	if in.Minor() < 12 || e.Class != NameErrorClass || len(e.Args) != 1 {
		return ""
	}
	msg, _ := e.Args[0].(Str)
	name, ok := strings.CutPrefix(string(msg), "name '")
	if !ok {
		return ""
	}
	name, ok = strings.CutSuffix(name, "' is not defined")
	if !ok || !in.cpythonHas(stdlibModules()[name]) {
		return ""
	}
	if suggested {
		return " Or did you forget to import '" + name + "'?"
	}
	return ". Did you forget to import '" + name + "'?"
}

// suggestImportName gives `from module import name`'s ImportError CPython
// 3.12's "Did you mean" suggestion, among the public names of the module
// as the modelled CPython has it and as Taskline has it.
func (in *Interp) suggestImportName(e *Exception, m *Module, module, name string) {
	if in.Minor() < 12 {
		return
	}
	e.suggest = func() string {
		seen := map[string]bool{}
		var cands []string
		add := func(n string) {
			if !seen[n] && (strings.HasPrefix(name, "_") || !strings.HasPrefix(n, "_")) {
				seen[n] = true
				cands = append(cands, n)
			}
		}
		for n, mask := range moduleNames()[module] {
			if in.cpythonHas(mask) {
				add(n)
			}
		}
		for n := range m.Dict {
			add(n)
		}
		sort.Strings(cands)
		return suggest(name, cands)
	}
}
