// Package examples holds the playground's curated programs (python/, go/)
// and checks that Taskline runs each Python one as CPython does: every
// python/NAME.py is run through engine.Run and compared with NAME.json,
// recorded from python3 by record.py (stdout byte for byte, the last line of
// stderr, the exit status).
package examples

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	_ "taskline/engine/all"
	"taskline/engine/trace"
)

type recording struct {
	Python     string `json:"python"`
	Stdout     string `json:"stdout"`
	StderrLast string `json:"stderr_last"`
	Exit       int    `json:"exit"`
}

// minExamples is how many Python examples the menu must offer.
const minExamples = 12

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

func TestPythonExamples(t *testing.T) {
	files, err := filepath.Glob("python/*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < minExamples {
		t.Fatalf("%d Python examples, want at least %d", len(files), minExamples)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			src := string(b)
			if !strings.HasPrefix(src, "# Title: ") {
				t.Fatalf("%s:1:1: first line must be \"# Title: ...\"", f)
			}
			if strings.Contains(src, "# Record: no") {
				return // the runaway loop: TestRunaway
			}
			jb, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".json")
			if err != nil {
				t.Fatalf("no recording (run python3 examples/record.py): %v", err)
			}
			var want recording
			if err := json.Unmarshal(jb, &want); err != nil {
				t.Fatal(err)
			}
			tr := engine.Run(src, engine.Options{Lang: "python", File: filepath.Base(f)})
			o := tr.Outcome
			if o.Stdout != want.Stdout {
				t.Errorf("stdout:\ngot  %q\nwant %q", o.Stdout, want.Stdout)
			}
			if got := lastLine(o.Stderr); got != want.StderrLast {
				t.Errorf("last stderr line: got %q, want %q", got, want.StderrLast)
			}
			if o.ExitCode != want.Exit {
				t.Errorf("exit status %d, want %d (outcome %s)", o.ExitCode, want.Exit, o.Kind)
			}
		})
	}
}

// TestSeed checks what the playground shows for the first example: three
// tasks, a cancel request delivered, and the CancelledError from gather()
// escaping asyncio.run().
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("python/01_gather_self_cancel.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(b), engine.Options{Lang: "python"})
	if len(tr.Tasks) < 3 || tr.Tasks[0].Name != "Task-1" {
		t.Errorf("tasks = %+v", tr.Tasks)
	}
	kinds := map[string]int{}
	for _, e := range tr.Events() {
		kinds[e.Kind]++
	}
	if kinds[trace.EvCancelRequest] == 0 || kinds[trace.EvCancelDelivered] == 0 || kinds[trace.EvGather] == 0 {
		t.Errorf("event kinds = %v", kinds)
	}
	if e := tr.Outcome.Error; e == nil || e.Line != "asyncio.exceptions.CancelledError" {
		t.Errorf("error = %+v", tr.Outcome.Error)
	}
}

// TestRunaway checks that the runaway example ends on the step budget with
// the output it printed before.
func TestRunaway(t *testing.T) {
	b, err := os.ReadFile("python/14_runaway.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(b), engine.Options{Lang: "python", MaxSteps: 3_000_000})
	if tr.Outcome.Kind != trace.OutcomeStepLimit {
		t.Errorf("outcome %q, want %q", tr.Outcome.Kind, trace.OutcomeStepLimit)
	}
	if !strings.HasPrefix(tr.Outcome.Stdout, "starting\n") {
		t.Errorf("stdout = %q", tr.Outcome.Stdout)
	}
}
