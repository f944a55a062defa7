//go:build js && wasm

package host

import (
	"encoding/json"
	"syscall/js"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
	"taskline/engine/trace"
)

func decode(t *testing.T, s string) trace.Trace {
	t.Helper()
	var tr trace.Trace
	if err := json.Unmarshal([]byte(s), &tr); err != nil {
		t.Fatalf("runJSON returned bad JSON: %v\n%s", err, s)
	}
	return tr
}

func TestRunJSON(t *testing.T) {
	tr := decode(t, runJSON("print('hi')\n", engine.Options{Lang: "python"}))
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.Stdout != "hi\n" {
		t.Errorf("outcome = %+v", tr.Outcome)
	}
	tr = decode(t, runJSON("x", engine.Options{Lang: "cobol"}))
	if tr.Outcome.Kind != trace.OutcomeUnsupported {
		t.Errorf("unknown language: outcome %q", tr.Outcome.Kind)
	}
}

// TestStop runs a runaway loop with the page's stop flag already set, as
// after a click on Stop: the engine's Poll hook ends it as "stopped",
// keeping what it printed before.
func TestStop(t *testing.T) {
	stop := js.FuncOf(func(js.Value, []js.Value) any { return true })
	defer stop.Release()
	js.Global().Set("tasklineStopRequested", stop)
	defer js.Global().Delete("tasklineStopRequested")
	src := "print('starting')\nwhile True:\n    pass\n"
	tr := decode(t, runJSON(src, engine.Options{Lang: "python"}))
	if tr.Outcome.Kind != trace.OutcomeStopped || tr.Outcome.ExitCode != trace.ExitStopped {
		t.Errorf("outcome = %q, exit %d; want stopped, %d", tr.Outcome.Kind, tr.Outcome.ExitCode, trace.ExitStopped)
	}
	if tr.Outcome.Stdout != "starting\n" {
		t.Errorf("partial stdout = %q", tr.Outcome.Stdout)
	}
}

// TestRunJSONStory: the result carries the run's story beside the trace's
// own fields, as the page reads it (result.story).
func TestRunJSONStory(t *testing.T) {
	src := "import asyncio\n\nasync def main():\n    raise ValueError('boom')\n\nasyncio.run(main())\n"
	var r struct {
		Outcome trace.Outcome `json:"outcome"`
		Story   *struct {
			Summary string `json:"summary"`
			Steps   []struct {
				Kind string `json:"kind"`
				Line int    `json:"line"`
			} `json:"steps"`
		} `json:"story"`
	}
	if err := json.Unmarshal([]byte(runJSON(src, engine.Options{Lang: "python"})), &r); err != nil {
		t.Fatal(err)
	}
	if r.Outcome.Kind != trace.OutcomeException {
		t.Fatalf("outcome %q", r.Outcome.Kind)
	}
	if r.Story == nil || r.Story.Summary == "" || len(r.Story.Steps) == 0 {
		t.Fatalf("no story in the result: %+v", r.Story)
	}
	last := r.Story.Steps[len(r.Story.Steps)-1]
	if last.Kind != "uncaught" {
		t.Errorf("last step %+v, want the uncaught ValueError", last)
	}
}

// The result as encoding/json writes it: the trace's fields, then "story".
type result struct {
	*trace.Trace
	Story *explain.Story `json:"story,omitempty"`
}

// resultJSON writes the same bytes as encoding/json over the result, with
// and without a story.
func TestResultJSONMatchesEncodingJSON(t *testing.T) {
	for _, src := range []string{
		"import asyncio\n\nasync def main():\n    raise ValueError('<boom> & \\u2028')\n\nasyncio.run(main())\n",
		"import asyncio\n\nasync def f(i):\n    await asyncio.sleep(i)\n    print(i)\n\nasync def main():\n    await asyncio.gather(*(f(i) for i in range(3)))\n\nasyncio.run(main())\n",
	} {
		tr := engine.Run(src, engine.Options{Lang: "python"})
		st := explain.Explain(src, tr)
		for _, s := range []*explain.Story{st, nil} {
			want, err := json.Marshal(result{Trace: tr, Story: s})
			if err != nil {
				t.Fatal(err)
			}
			got := resultJSON(tr, s)
			if string(got) != string(want) {
				t.Errorf("story %v: got\n%s\nwant\n%s", s != nil, got, want)
			}
		}
	}
}
