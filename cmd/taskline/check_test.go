package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// capture runs f with os.Stdout and os.Stderr redirected, and returns what
// it wrote to each.
func capture(t *testing.T, f func() int) (code int, stdout, stderr string) {
	t.Helper()
	outR, outW, _ := os.Pipe()
	errR, errW, _ := os.Pipe()
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outW, errW
	done := make(chan [2]string)
	go func() {
		o, _ := io.ReadAll(outR)
		e, _ := io.ReadAll(errR)
		done <- [2]string{string(o), string(e)}
	}()
	code = f()
	outW.Close()
	errW.Close()
	os.Stdout, os.Stderr = oldOut, oldErr
	r := <-done
	return code, r[0], r[1]
}

func TestCheckReportsFileAndLine(t *testing.T) {
	dir := t.TempDir()
	md := "# x\n\n```python {run expect=\"ValueError\"}\nprint('fine')\n```\n\n```python {run hight=3}\nprint(1)\n```\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := capture(t, func() int { return checkCmd([]string{dir}) })
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	file := filepath.Join(dir, "bad.md")
	for _, want := range []string{
		file + `:3:1: expect="ValueError", but the run ended with no error`,
		file + `:7:16: unknown option "hight"`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "2 problem(s)") {
		t.Errorf("stdout: %s", out)
	}
}

func TestCheckAndRenderLessons(t *testing.T) {
	code, out, errs := capture(t, func() int { return checkCmd([]string{"../../lessons"}) })
	if code != 0 {
		t.Fatalf("taskline check lessons: exit %d\n%s%s", code, out, errs)
	}
	dir := t.TempDir()
	code, _, errs = capture(t, func() int { return renderCmd([]string{"../../lessons", "-o", dir}) })
	if code != 0 {
		t.Fatalf("render: exit %d\n%s", code, errs)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) < 8+12+1 {
		t.Errorf("%d pages, want at least 8 lessons, 12 exercises and the index", len(pages))
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if n := strings.Count(string(index), "data-exercise="); n < 12 {
		t.Errorf("index lists %d exercises", n)
	}
	// The reference solution is checked, never shipped.
	ex, _ := os.ReadFile(filepath.Join(dir, "ex06-wait-for.html"))
	if !strings.Contains(string(ex), "tl-exercise-data") || strings.Contains(string(ex), "wait_for(slow_query(), timeout=1)") {
		t.Errorf("ex06 page: exercise data missing, or the solution is in the page")
	}
	// An exercise's starter shows what happened, never the pitfalls found:
	// their fix is the exercise's answer.
	exPages, _ := filepath.Glob(filepath.Join(dir, "ex*.html"))
	for _, f := range exPages {
		b, _ := os.ReadFile(f)
		if strings.Contains(string(b), `class="finding"`) || strings.Contains(string(b), `"findings":[{`) {
			t.Errorf("%s shows the starter's findings", filepath.Base(f))
		}
		if !strings.Contains(string(b), `aria-label="What happened"`) {
			t.Errorf("%s lacks what happened", filepath.Base(f))
		}
	}
	one, _ := os.ReadFile(filepath.Join(dir, "01-gather-self-cancel.html"))
	for _, want := range []string{`class="taskline-result"`, `aria-label="Timeline"`, `aria-label="What happened"`, `class="story-steps"`, `data-id="self-cancel-in-gather"`, "asyncio.exceptions.CancelledError"} {
		if !strings.Contains(string(one), want) {
			t.Errorf("lesson 1 lacks %q", want)
		}
	}
}
