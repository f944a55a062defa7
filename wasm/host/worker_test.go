//go:build js && wasm

package host

import (
	"encoding/binary"
	"encoding/json"
	"syscall/js"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
	"taskline/engine/trace"
)

// head is the JSON head of a result in the trace's binary form (its
// columns are tested in engine/trace and by the page's decoder).
func head(t *testing.T, b []byte) []byte {
	t.Helper()
	if len(b) < 32 || string(b[:4]) != trace.BinaryMagic {
		t.Fatalf("runBinary returned no binary trace: %q", b[:min(len(b), 64)])
	}
	n := int(binary.LittleEndian.Uint32(b[8:]))
	return b[32 : 32+n]
}

func decode(t *testing.T, b []byte) trace.Trace {
	t.Helper()
	var tr trace.Trace
	if err := json.Unmarshal(head(t, b), &tr); err != nil {
		t.Fatalf("runBinary's head is not JSON: %v\n%s", err, b)
	}
	return tr
}

func TestRunBinary(t *testing.T) {
	tr := decode(t, runBinary("print('hi')\n", engine.Options{Lang: "python"}))
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.Stdout != "hi\n" {
		t.Errorf("outcome = %+v", tr.Outcome)
	}
	tr = decode(t, runBinary("x", engine.Options{Lang: "cobol"}))
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
	tr := decode(t, runBinary(src, engine.Options{Lang: "python"}))
	if tr.Outcome.Kind != trace.OutcomeStopped || tr.Outcome.ExitCode != trace.ExitStopped {
		t.Errorf("outcome = %q, exit %d; want stopped, %d", tr.Outcome.Kind, tr.Outcome.ExitCode, trace.ExitStopped)
	}
	if tr.Outcome.Stdout != "starting\n" {
		t.Errorf("partial stdout = %q", tr.Outcome.Stdout)
	}
}

// TestRunBinaryStory: the result carries the run's story beside the trace's
// own fields, as the page reads it (result.story).
func TestRunBinaryStory(t *testing.T) {
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
	if err := json.Unmarshal(head(t, runBinary(src, engine.Options{Lang: "python"})), &r); err != nil {
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

// headForm is the head of a result as encoding/json writes it: the trace's
// fields in the order of its JSON form, with no events or spans, then the
// story.
type headForm struct {
	Version       int            `json:"version"`
	Lang          string         `json:"lang"`
	Runtime       string         `json:"runtime"`
	File          string         `json:"file"`
	Tasks         []trace.Task   `json:"tasks"`
	Spans         []trace.Span   `json:"spans"`
	Events        []trace.Event  `json:"events"`
	Dropped       int            `json:"dropped,omitempty"`
	DroppedTasks  int            `json:"droppedTasks,omitempty"`
	OutputDropped int64          `json:"outputDropped,omitempty"`
	Outcome       trace.Outcome  `json:"outcome"`
	Story         *explain.Story `json:"story,omitempty"`
}

// resultHead writes the same bytes as encoding/json over the result without
// its events and spans, with and without a story.
func TestResultHeadMatchesEncodingJSON(t *testing.T) {
	for _, src := range []string{
		"import asyncio\n\nasync def main():\n    raise ValueError('<boom> & \\u2028')\n\nasyncio.run(main())\n",
		"import asyncio\n\nasync def f(i):\n    await asyncio.sleep(i)\n    print(i)\n\nasync def main():\n    await asyncio.gather(*(f(i) for i in range(3)))\n\nasyncio.run(main())\n",
	} {
		tr := engine.Run(src, engine.Options{Lang: "python"})
		st := explain.Explain(src, tr)
		for _, s := range []*explain.Story{st, nil} {
			want, err := json.Marshal(headForm{tr.Version, tr.Lang, tr.Runtime, tr.File, tr.Tasks, []trace.Span{}, []trace.Event{},
				tr.Dropped, tr.DroppedTasks, tr.OutputDropped, tr.Outcome, s})
			if err != nil {
				t.Fatal(err)
			}
			got := resultHead(tr, s)
			if string(got) != string(want) {
				t.Errorf("story %v: got\n%s\nwant\n%s", s != nil, got, want)
			}
		}
	}
}
