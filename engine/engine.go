// Package engine is the one entry point to run a program in any supported
// language: the command line, the wasm module, the lesson renderer and the
// server all call Run. Languages register themselves (engine/py, engine/golite)
// so that this package imports none of them; import taskline/engine/all to get
// every language.
package engine

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"taskline/engine/trace"
)

// Options configure one run. The zero value runs Python 3.11 with the default
// step budget.
type Options struct {
	Lang     string // "python" (default) or "go"
	File     string // file name shown in messages; default main.py / prog.go
	Python   string // one of PythonVersions; "" means "3.11"
	MaxSteps int64  // step budget; 0 means sched.DefaultMaxSteps
	// MaxMemory is the run's memory budget in bytes; 0 means
	// sched.DefaultMaxMemory.
	MaxMemory int64
	// TraceLimit caps the events (and spans) the trace keeps; 0 means the
	// engine's own default (trace.DefaultLimit for Python, 50,000 for Go,
	// whose runs exchange messages at a rate no lane shows). The command
	// line keeps the defaults; the page asks for more (wasm/host).
	TraceLimit int
	// Output, if set, receives the program's output as it is produced
	// (stream 1 stdout, 2 stderr), so that a host can show or write it before
	// the run ends; the trace's outcome still holds all of it.
	Output func(stream int, text string)
	Seed   int64 // Go: 0 is the deterministic default schedule
	// Poll is called regularly during the run; returning false stops it with
	// outcome "stopped", keeping partial output and trace. A browser host
	// uses it to yield and to implement the Stop button.
	Poll func() bool
}

// PythonVersions are the CPython versions the Python engine models
// (Options.Python), oldest first; NewestPython is the last of them, the
// version the command line and the page offer by default.
var PythonVersions = []string{"3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"}

// NewestPython is the newest modelled CPython version.
var NewestPython = PythonVersions[len(PythonVersions)-1]

// KnownPython reports whether v is one of PythonVersions.
func KnownPython(v string) bool {
	for _, p := range PythonVersions {
		if p == v {
			return true
		}
	}
	return false
}

// PythonMinor is the minor number of a "3.X" version (7 for "3.7"); "" and
// anything unparsable are 3.11, the version a program that names none runs as.
func PythonMinor(version string) int {
	if version == "" {
		return 11
	}
	n, err := strconv.Atoi(strings.TrimPrefix(version, "3."))
	if err != nil {
		return 11
	}
	return n
}

// Runner runs one program and always returns a trace, whatever happened: a
// syntax error, an uncaught exception and an internal error are outcomes.
type Runner func(src string, o Options) *trace.Trace

var runners = map[string]Runner{}

// Register makes a language available to Run. It is called from the
// language package's init.
func Register(lang string, r Runner) { runners[lang] = r }

// Languages lists the registered languages.
func Languages() []string {
	var l []string
	for k := range runners {
		l = append(l, k)
	}
	sort.Strings(l)
	return l
}

// Run runs src and returns its trace.
func Run(src string, o Options) *trace.Trace {
	if o.Lang == "" {
		o.Lang = "python"
	}
	r, ok := runners[o.Lang]
	if !ok {
		msg := fmt.Sprintf("language %q is not supported", o.Lang)
		t := &trace.Trace{Version: trace.Version, Lang: o.Lang, File: o.File,
			Tasks: []trace.Task{},
			Outcome: trace.Outcome{Kind: trace.OutcomeUnsupported, ExitCode: 2, Stderr: "taskline: " + msg + "\n",
				Error: &trace.Error{Type: "UnsupportedLanguage", Message: msg, Line: msg, Task: -1}}}
		t.Outcome.Key = trace.OutcomeKey(t.Outcome.Stdout, t.Outcome.Stderr, t.Outcome.ExitCode)
		return t
	}
	t := r(src, o)
	t.Outcome.Key = trace.OutcomeKey(t.Outcome.Stdout, t.Outcome.Stderr, t.Outcome.ExitCode)
	return t
}
