package lesson

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// The lessons' programs are checked against the real runtimes too: every
// run block must meet its expect, and every reference solution and starter
// must give the stdout and error its checks say, when run by python3 and by
// the Go toolchain. Timeline checks (cancelled, finished by...) need the
// engine's trace and are left to taskline check; this test keeps the content
// honest about what the real runtimes print.

var (
	pyErrLine    = regexp.MustCompile(`^([A-Za-z_][\w.]*)(: .*)?$`)
	pyGroupLine  = regexp.MustCompile(`^\s*\| (\w*ExceptionGroup)(: .*)?$`)
	goFatalError = regexp.MustCompile(`^fatal error: all goroutines are asleep`)
)

// realRunner runs a program with python3 or go and returns a trace holding
// only the outcome.
func realRunner(t *testing.T, goDir string) Runner {
	return func(src string, o engine.Options) *trace.Trace {
		tr := &trace.Trace{Version: trace.Version, Lang: o.Lang, Tasks: []trace.Task{}}
		var cmd *exec.Cmd
		switch {
		case o.Lang == "python" && o.Python == "3.7":
			// No CPython 3.7 here: trust the engine's 3.7 mode for these.
			tr.Outcome.Kind = "skipped"
			return tr
		case o.Lang == "python":
			cmd = exec.Command("python3", "-c", src)
		case o.Lang == "go":
			if err := os.WriteFile(filepath.Join(goDir, "main.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd = exec.Command("go", "run", ".")
			cmd.Dir = goDir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		}
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		o2 := &tr.Outcome
		o2.Stdout, o2.Stderr, o2.Kind = stdout.String(), stderr.String(), trace.OutcomeOK
		if err == nil {
			return tr
		}
		o2.ExitCode = 1
		lines := strings.Split(strings.TrimRight(o2.Stderr, "\n"), "\n")
		switch {
		case o.Lang == "go" && goFatalError.MatchString(lines[0]):
			o2.Kind, o2.ExitCode = trace.OutcomeDeadlock, 2
			o2.Error = &trace.Error{Type: "deadlock", Line: lines[0]}
		case o.Lang == "go" && strings.HasPrefix(lines[0], "panic: "):
			o2.Kind, o2.ExitCode = trace.OutcomePanic, 2
			o2.Error = &trace.Error{Type: "panic", Line: lines[0]}
		case o.Lang == "go":
			t.Errorf("go run failed: %s", o2.Stderr)
			o2.Kind = trace.OutcomeInternal
		default:
			o2.Kind = trace.OutcomeException
			for _, l := range lines {
				if m := pyGroupLine.FindStringSubmatch(l); m != nil {
					o2.Error = &trace.Error{Type: m[1], Line: strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "|"))}
					return tr
				}
			}
			for i := len(lines) - 1; i >= 0; i-- {
				if m := pyErrLine.FindStringSubmatch(lines[i]); m != nil {
					o2.Error = &trace.Error{Type: m[1], Line: lines[i]}
					break
				}
			}
		}
		return tr
	}
}

func TestLessonsOnRealRuntimes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3 and go on every lesson program")
	}
	files, _ := filepath.Glob("../lessons/*.md")
	if len(files) == 0 {
		t.Fatal("no lessons in ../lessons")
	}
	_, pyErr := exec.LookPath("python3")
	_, goErr := exec.LookPath("go")
	sum, _ := os.ReadFile("../go.sum")
	var xsync []string
	for _, l := range strings.Split(string(sum), "\n") {
		if strings.HasPrefix(l, "golang.org/x/sync ") {
			xsync = append(xsync, l)
		}
	}
	// Each file gets its own module directory, so files run in parallel:
	// the programs mostly sleep, on the real clock.
	newGoDir := func(t *testing.T) string {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module prog\n\ngo 1.26.0\n\nrequire golang.org/x/sync v0.25.0\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "go.sum"), []byte(strings.Join(xsync, "\n")+"\n"), 0o644)
		return dir
	}

	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := "python"
		if strings.Contains(string(src), "```go {") {
			lang = "go"
		}
		if (lang == "python" && pyErr != nil) || (lang == "go" && goErr != nil) {
			t.Logf("%s: skipped, no %s here", f, lang)
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			p, err := Convert(filepath.Base(f), src, WithRunner(realRunner(t, newGoDir(t))))
			if err != nil {
				t.Fatal(err)
			}
			outcomeOnly := map[string]bool{exercise.StdoutExact: true, exercise.StdoutMatch: true, exercise.ErrorIs: true}
			for _, d := range p.Diagnostics {
				// Diagnostics about timeline checks cannot be judged from
				// an outcome alone.
				if strings.Contains(d.Msg, "fails check") || strings.Contains(d.Msg, "passes every check") || strings.HasSuffix(d.Msg, "ended with skipped") {
					continue
				}
				t.Errorf("%v", d)
			}
			if ex := p.Exercise; ex != nil {
				starterFails := false
				for _, c := range ex.Checks {
					if !outcomeOnly[c.Kind] {
						continue
					}
					if r := c.Eval(ex.Solution.Trace); !r.Pass {
						t.Errorf("%s:%d: the real runtime fails the reference on %q: %s", f, c.Line, c.Text, r.Detail)
					}
					if !c.Eval(ex.Starter.Trace).Pass {
						starterFails = true
					}
				}
				hasTimeline := false
				for _, c := range ex.Checks {
					hasTimeline = hasTimeline || !outcomeOnly[c.Kind]
				}
				if !starterFails && !hasTimeline {
					t.Errorf("%s: the starter passes every output check on the real runtime", f)
				}
			}
		})
	}
}
