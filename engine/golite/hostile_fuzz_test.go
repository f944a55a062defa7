package golite

import (
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// FuzzRunHostile runs programs with the budgets a person's run gets
// (2 million steps, 64 MB: enough for every bomb to go off, and few
// enough that an input stays under go test's 10-second limit per input
// with coverage instrumentation), unlike FuzzRun's 20,000 steps,
// which end a run before any bomb goes off. Its seeds are the hostile
// corpus (testdata/hostile/go_*.go): one program for every finding of the
// robustness audit. Whatever the program, the run must end with an
// outcome, never an internal error, and must not have made the host hold
// much more than its memory budget.
func FuzzRunHostile(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/hostile/go_*.go")
	if len(files) == 0 {
		f.Fatal("no hostile programs found")
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	const budget = 64 << 20
	f.Fuzz(func(t *testing.T, src string) {
		if !fuzzing() {
			// Plain go test: engine/hostile runs the same programs
			// through the command line; the seeds are where fuzzing
			// starts.
			t.Skip("run with -fuzz FuzzRunHostile")
		}
		tr := Run(src, engine.Options{Lang: "go", MaxSteps: 2_000_000, MaxMemory: budget})
		if tr.Outcome.Kind == trace.OutcomeInternal || tr.Outcome.Kind == "" {
			t.Fatalf("outcome %q on:\n%s\n%s", tr.Outcome.Kind, src, tr.Outcome.Stderr)
		}
		if strings.Contains(tr.Outcome.Stderr, "fatal error: out of memory") && tr.Outcome.ExitCode != 2 {
			t.Fatalf("out of memory with exit status %d", tr.Outcome.ExitCode)
		}
		// What the run left live is bounded by the budget (plus the
		// trace and output, which are the host's to keep).
		tr = nil
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > 4*budget {
			t.Fatalf("the host holds %d MB after the run", ms.HeapAlloc>>20)
		}
	})
}

// fuzzing reports whether go test was asked to fuzz.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}
