package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"taskline/engine"
	_ "taskline/engine/golite"
	"taskline/engine/trace"
)

// goRecording is the NAME.json that testdata/record_go.go writes next to
// NAME.go, from a binary built by `go build`.
type goRecording struct {
	Stdout      string `json:"stdout"`
	Stderr      string `json:"stderr"`
	StderrFirst string `json:"stderr_first"`
	Exit        int    `json:"exit"`
}

// minGoCorpus is the least number of recorded programs the corpus must hold.
var minGoCorpus = 300

// TestGoCorpus runs every recorded Go program through engine.Run with the
// default schedule and compares stdout byte for byte, the first line of
// stderr and the exit status with what the real binary did.
func TestGoCorpus(t *testing.T) {
	files, err := filepath.Glob("../../testdata/go/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < minGoCorpus {
		t.Fatalf("Go corpus has %d recorded programs, want at least %d", len(files), minGoCorpus)
	}
	for _, jf := range files {
		name := strings.TrimSuffix(filepath.Base(jf), ".json")
		t.Run(name, func(t *testing.T) {
			var rec goRecording
			data, err := os.ReadFile(jf)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(strings.TrimSuffix(jf, ".json") + ".go")
			if os.IsNotExist(err) {
				// A program that must not parse, kept out of gofmt's way.
				src, err = os.ReadFile(strings.TrimSuffix(jf, ".json") + ".go.txt")
			}
			if err != nil {
				t.Fatal(err)
			}
			tr := engine.Run(string(src), engine.Options{Lang: "go", File: "prog.go"})
			o := tr.Outcome
			if o.Stdout != rec.Stdout {
				t.Errorf("stdout differs\n got: %q\nwant: %q", o.Stdout, rec.Stdout)
			}
			if isCompileError(rec) {
				// A compile error is the toolchain's whole report: every
				// line and column must be go build's.
				if o.Stderr != rec.Stderr {
					t.Errorf("compile error differs\n got: %q\nwant: %q", o.Stderr, rec.Stderr)
				}
			} else if got := goFirstLine(o.Stderr); got != rec.StderrFirst {
				t.Errorf("first stderr line\n got: %q\nwant: %q\nfull stderr:\n%s", got, rec.StderrFirst, o.Stderr)
			} else if got, want := panicHeader(o.Stderr), panicHeader(rec.Stderr); got != want {
				// The chain of panics (recovered, repanicked, nested)
				// Go prints before the goroutine trace.
				t.Errorf("panic lines differ\n got: %q\nwant: %q", got, want)
			}
			if o.ExitCode != rec.Exit {
				t.Errorf("exit status %d, want %d (outcome %s)", o.ExitCode, rec.Exit, o.Kind)
			}
			checkGoTrace(t, tr)
		})
	}
}

// TestGoExamples runs the playground's Go examples: each must open with a
// "// Title: " line, run without an internal error or unsupported construct,
// and, where examples/go/NAME.json was recorded (output not dependent on
// scheduling), match the real binary like the corpus does.
func TestGoExamples(t *testing.T) {
	files, err := filepath.Glob("../../examples/go/*.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("%d Go examples, want at least 10", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(src), "// Title: ") {
				t.Errorf("example does not start with a // Title: line")
			}
			tr := engine.Run(string(src), engine.Options{Lang: "go", File: "prog.go"})
			switch tr.Outcome.Kind {
			case trace.OutcomeInternal, trace.OutcomeUnsupported, trace.OutcomeSyntaxError, trace.OutcomeStepLimit:
				t.Fatalf("outcome %s: %s", tr.Outcome.Kind, tr.Outcome.Stderr)
			}
			checkGoTrace(t, tr)
			data, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".json")
			if os.IsNotExist(err) {
				return
			}
			var rec goRecording
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatal(err)
			}
			if tr.Outcome.Stdout != rec.Stdout {
				t.Errorf("stdout differs\n got: %q\nwant: %q", tr.Outcome.Stdout, rec.Stdout)
			}
			if got := goFirstLine(tr.Outcome.Stderr); got != rec.StderrFirst {
				t.Errorf("first stderr line %q, want %q", got, rec.StderrFirst)
			}
			if tr.Outcome.ExitCode != rec.Exit {
				t.Errorf("exit status %d, want %d", tr.Outcome.ExitCode, rec.Exit)
			}
		})
	}
}

// checkGoTrace checks the invariants every Go trace keeps.
func checkGoTrace(t *testing.T, tr *trace.Trace) {
	t.Helper()
	if tr.Lang != "go" || tr.Runtime != "go" {
		t.Errorf("trace lang/runtime = %q/%q", tr.Lang, tr.Runtime)
	}
	if tr.Outcome.Kind == trace.OutcomeSyntaxError {
		return
	}
	if len(tr.Tasks) == 0 || tr.Tasks[0].Name != "main" {
		t.Fatalf("first task is not main: %+v", tr.Tasks)
	}
	for _, tk := range tr.Tasks {
		if tk.Kind != trace.KindGoroutine {
			t.Errorf("task %d kind %q", tk.ID, tk.Kind)
		}
	}
	last := map[int]int64{}
	for _, s := range tr.Spans() {
		if s.End < s.Start {
			t.Errorf("span %+v ends before it starts", s)
		}
		if s.Start < last[s.Task] {
			t.Errorf("spans of task %d overlap at %d", s.Task, s.Start)
		}
		last[s.Task] = s.End
	}
}

// isCompileError reports whether a recording is go build's refusal to
// compile the program rather than the program's own run.
func isCompileError(rec goRecording) bool {
	return rec.Exit == 1 && rec.Stdout == "" && strings.HasPrefix(rec.Stderr, "# command-line-arguments\n")
}

// panicHeader is what an unrecovered panic prints before its goroutine
// trace (every panic of the chain, the signal line), or "" for other
// stderr.
func panicHeader(s string) string {
	if !strings.HasPrefix(s, "panic: ") {
		return ""
	}
	head, _, _ := strings.Cut(s, "\n\n")
	// The faulting address and pc of a signal are the binary's.
	return signalAddrs.ReplaceAllString(head, "${1}0x?")
}

var signalAddrs = regexp.MustCompile(`((?:addr|pc)=)0x[0-9a-f]+`)

func goFirstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestGoStdExamplesOutput checks the standard library's Example functions
// that testdata/examples2main.go turned into corpus programs against
// their own "// Output:" comments, as `go test` does (surrounding space
// trimmed), so that a recording is also checked against what the Go
// authors wrote down. It needs at least 300 of them.
func TestGoStdExamplesOutput(t *testing.T) {
	files, err := filepath.Glob("../../testdata/go/ex_*.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 300 {
		t.Fatalf("%d standard library examples in the corpus, want at least 300", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, out, ok := strings.Cut(string(src), "\n// Output:\n")
			if !ok || !strings.Contains(string(src), "testdata/examples2main.go") {
				t.Fatal("not written by examples2main: no // Output: comment")
			}
			var want []string
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				l = strings.TrimPrefix(l, "//")
				want = append(want, strings.TrimPrefix(l, " "))
			}
			data, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var rec goRecording
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimSpace(rec.Stdout), "\n") {
				got = append(got, strings.TrimRight(l, " \t"))
			}
			if g, w := strings.Join(got, "\n"), strings.TrimSpace(strings.Join(want, "\n")); g != w {
				t.Errorf("recorded stdout differs from the example's Output comment\n got: %q\nwant: %q", g, w)
			}
		})
	}
}
