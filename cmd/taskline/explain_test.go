package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestExplainPrintsTheSeedsStory(t *testing.T) {
	code, out, errs := capture(t, func() int { return explainCmd([]string{"../../examples/python/01_gather_self_cancel.py"}) })
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"The program ended with CancelledError",
		"line 11 ", "cancel-request", "line 12 ", "cancel-delivered", "line 17 ", "propagate", "line 21 ", "uncaught",
		"Pitfall: A task in gather() cancelled itself (self-cancel-in-gather, line 17)",
		"+    results = await asyncio.gather(worker(\"a\", 0.1), worker(\"b\", 0.2), return_exceptions=True)",
		"Lesson: /lessons/01-gather-self-cancel.html",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// the program's own output is not printed
	if strings.Contains(out, "a: done, cancelling my own task") {
		t.Errorf("the program's stdout leaked into the story:\n%s", out)
	}
}

func TestExplainJSON(t *testing.T) {
	code, out, _ := capture(t, func() int {
		return explainCmd([]string{"--json", "--seed", "3", "../../examples/go/04_leaked_goroutine.go"})
	})
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var st struct {
		Summary string
		Steps   []struct {
			Kind, Label, Text string
			Task, Line        int
		}
		Findings []struct {
			ID, Text, Fix string
			Line          int
		}
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if st.Summary == "" || len(st.Steps) == 0 || len(st.Findings) != 1 || st.Findings[0].ID != "goroutine-leak" || st.Findings[0].Line != 17 {
		t.Errorf("%+v", st)
	}
	for _, s := range st.Steps {
		if s.Kind != "leaked" || s.Line != 17 || s.Label == "" {
			t.Errorf("step %+v", s)
		}
	}
}

func TestExplainUsage(t *testing.T) {
	code, _, errs := capture(t, func() int { return explainCmd([]string{"--python", "2.7", "x.py"}) })
	if code != 2 || !strings.Contains(errs, "taskline explain:") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
