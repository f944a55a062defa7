package engine

import (
	"strings"
	"testing"

	"taskline/engine/trace"
)

func TestUnknownLanguageIsAnOutcome(t *testing.T) {
	tr := Run("print(1)", Options{Lang: "cobol"})
	if tr.Outcome.Kind != trace.OutcomeUnsupported || tr.Outcome.ExitCode != 2 {
		t.Fatalf("outcome %+v", tr.Outcome)
	}
	if !strings.Contains(tr.Outcome.Stderr, `language "cobol" is not supported`) {
		t.Fatalf("stderr %q", tr.Outcome.Stderr)
	}
	if js, _ := tr.JSON(); !strings.Contains(string(js), `"tasks":[],"spans":[],"events":[]`) {
		t.Fatalf("want empty arrays, not null: %s", js)
	}
}

func TestRegisterAndDefaultLanguage(t *testing.T) {
	var got Options
	Register("python", func(src string, o Options) *trace.Trace {
		got = o
		return &trace.Trace{Outcome: trace.Outcome{Stdout: src}}
	})
	defer delete(runners, "python")
	tr := Run("x", Options{File: "a.py"})
	if tr.Outcome.Stdout != "x" || got.Lang != "python" || got.File != "a.py" {
		t.Fatalf("ran with %+v, got %+v", got, tr.Outcome)
	}
	if l := Languages(); len(l) != 1 || l[0] != "python" {
		t.Fatalf("languages %v", l)
	}
}
