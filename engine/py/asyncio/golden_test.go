package asyncio_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	_ "taskline/engine/py"
	"taskline/engine/trace"
)

var update = flag.Bool("update", false, "rewrite testdata/*.trace")

// dumpTrace prints a trace compactly: tasks, then one line per event, then
// the outcome. Times are virtual nanoseconds.
func dumpTrace(tr *trace.Trace) string {
	var b strings.Builder
	name := func(id int) string {
		if id < 0 || id >= len(tr.Tasks) {
			return "loop"
		}
		return tr.Tasks[id].Name
	}
	for _, t := range tr.Tasks {
		fmt.Fprintf(&b, "task %s label=%q func=%s parent=%s pos=%d def=%d end=%s result=%q\n",
			t.Name, t.Label, t.Func, name(t.Parent), t.Pos.Line, t.DefPos.Line, t.End, t.Result)
	}
	for _, e := range tr.Events() {
		fmt.Fprintf(&b, "%12d %-7s %-16s", e.Time, name(e.Task), e.Kind)
		if e.Related >= 0 {
			fmt.Fprintf(&b, " -> %s", name(e.Related))
		}
		if e.Pos.Line > 0 {
			fmt.Fprintf(&b, " @%d", e.Pos.Line)
		}
		if e.Detail != "" {
			fmt.Fprintf(&b, " %q", e.Detail)
		}
		b.WriteString("\n")
	}
	for _, s := range tr.Spans() {
		fmt.Fprintf(&b, "span %-7s %12d..%-12d %s", name(s.Task), s.Start, s.End, s.State)
		if s.On != "" {
			fmt.Fprintf(&b, " on=%q", s.On)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "outcome %s exit=%d\n", tr.Outcome.Kind, tr.Outcome.ExitCode)
	if e := tr.Outcome.Error; e != nil {
		fmt.Fprintf(&b, "error %s\n", e.Line)
	}
	return b.String()
}

// TestGolden runs each testdata/*.py and compares its trace with
// testdata/*.trace; -update rewrites the files.
func TestGolden(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			tr := engine.Run(string(src), engine.Options{Lang: "python", File: filepath.Base(file)})
			got := dumpTrace(tr)
			golden := strings.TrimSuffix(file, ".py") + ".trace"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("trace differs from %s (run with -update to rewrite it)\n--- got:\n%s", golden, got)
			}
		})
	}
}

func hasPython() bool {
	for _, l := range engine.Languages() {
		if l == "python" {
			return true
		}
	}
	return false
}

// TestSeedTrace checks what a viewer must be able to read off the seed
// case's trace: Task-2 cancelled itself at line 10, the CancelledError was
// delivered at its await on line 11, reached main (Task-1) through the
// gather, and came out of asyncio.run.
func TestSeedTrace(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	src, err := os.ReadFile("testdata/seed.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", File: "seed.py"})
	id := map[string]int{}
	for _, tk := range tr.Tasks {
		id[tk.Name] = tk.ID
	}
	find := func(kind string, task, related, line int) bool {
		for _, e := range tr.Events() {
			if e.Kind == kind && e.Task == task && e.Related == related && e.Pos.Line == line {
				return true
			}
		}
		return false
	}
	if !find(trace.EvCancelRequest, id["Task-2"], id["Task-2"], 10) {
		t.Errorf("no cancel-request by Task-2 of Task-2 at line 10")
	}
	if !find(trace.EvCancelDelivered, id["Task-2"], -1, 11) {
		t.Errorf("no cancel-delivered to Task-2 at line 11")
	}
	if !find(trace.EvCancelDelivered, id["Task-1"], id["Task-2"], 16) {
		t.Errorf("no cancel-delivered to Task-1 at line 16 coming from Task-2")
	}
	for name, end := range map[string]string{"Task-1": trace.EndCancelled, "Task-2": trace.EndCancelled, "Task-3": trace.EndCancelled} {
		if got := tr.Tasks[id[name]].End; got != end {
			t.Errorf("%s ended %s, want %s", name, got, end)
		}
	}
	if tr.Outcome.ExitCode != 1 || tr.Outcome.Error == nil || tr.Outcome.Error.Line != "asyncio.exceptions.CancelledError" {
		t.Errorf("outcome %+v, want exit 1 with asyncio.exceptions.CancelledError", tr.Outcome)
	}
	if tr.Outcome.Stdout != "a: cancelling myself\n" {
		t.Errorf("stdout %q", tr.Outcome.Stdout)
	}
}
