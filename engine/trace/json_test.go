package trace_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"taskline/engine"
	_ "taskline/engine/all"
	_ "taskline/engine/py"
	"taskline/engine/trace"
)

// corpusPrograms lists the programs whose traces the encoder is checked on:
// the recorded corpus of both languages and the examples.
func corpusPrograms(t testing.TB) []string {
	var files []string
	for _, glob := range []string{"../../testdata/py/*.py", "../../testdata/go/*.go", "../../examples/python/*.py", "../../examples/go/*.go"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 300 {
		t.Fatalf("found only %d corpus programs; has testdata moved?", len(files))
	}
	return files
}

func runFile(t testing.TB, path string) *trace.Trace {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o := engine.Options{File: filepath.Base(path)}
	if strings.HasSuffix(path, ".go") {
		o.Lang = "go"
	}
	return engine.Run(string(src), o)
}

// The hand-written encoder writes the same bytes as encoding/json for every
// trace of the corpus.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	for _, path := range corpusPrograms(t) {
		tr := runFile(t, path)
		want, err := json.Marshal(trace.Wire(tr))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if got, _ := tr.JSON(); !bytes.Equal(got, want) {
			t.Errorf("%s: JSON differs from encoding/json at byte %d", path, firstDiff(got, want))
		}
	}
}

// Strings that a program can put in a trace through its output, names and
// exception messages, including every escape encoding/json makes.
func TestAppendJSONStrings(t *testing.T) {
	odd := []string{"", "plain", "<script>&amp;</script>", "quote \" backslash \\", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"bad utf-8 \xff\xfe end", "cut \xe2\x82", "sep \u2028 \u2029 ok \u2027", "é 字 😀", "\xed\xa0\x80 surrogate"}
	for _, s := range odd {
		tr := &trace.Trace{Version: trace.Version, Lang: s, Runtime: s, File: s,
			Tasks:   []trace.Task{{ID: 1, Kind: s, Name: s, Label: s, Func: s, Parent: -1, Ended: -1, Pos: trace.Pos{Line: 3, Col: 4}, End: s, Result: s}, {}},
			Dropped: 1, DroppedTasks: 2, OutputDropped: 3,
			Outcome: trace.Outcome{Kind: s, Stdout: s, Stderr: s, Error: &trace.Error{Type: s, Message: s, Line: s, Task: -1,
				Frames: []trace.Frame{{File: s, Line: 1, Col: 2, Func: s, Text: s}, {}}}}}
		tr.AddSpan(trace.Span{Task: 1, Start: 1, End: 2, State: s, On: s, OnTask: -1, Event: -1})
		tr.AddSpan(trace.Span{})
		tr.AddEvent(trace.Event{Time: 5, Task: -1, Kind: s, Detail: s, Related: -1, Stream: 2})
		tr.AddEvent(trace.Event{})
		want, _ := json.Marshal(trace.Wire(tr))
		if got, _ := tr.JSON(); !bytes.Equal(got, want) {
			t.Errorf("%q: got\n%s\nwant\n%s", s, got, want)
		}
	}
	// A nil task list is null, as encoding/json writes it; spans and
	// events are always lists.
	var empty trace.Trace
	want, _ := json.Marshal(trace.Wire(&empty))
	if got, _ := empty.JSON(); !bytes.Equal(got, want) {
		t.Errorf("empty trace: got %s, want %s", got, want)
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// bigTrace is the trace of a run stopped with 100,000 tasks spinning, the
// case the page's Stop has to answer quickly.
var big struct {
	once sync.Once
	t    *trace.Trace
}

func bigTrace(b *testing.B) *trace.Trace {
	big.once.Do(func() { big.t = runBig() })
	return big.t
}

func runBig() *trace.Trace {
	src := "import asyncio\n\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\n\nasync def main():\n    tasks = [asyncio.create_task(spin()) for _ in range(100000)]\n    await asyncio.gather(*tasks)\n\nasyncio.run(main())\n"
	n := 0
	return engine.Run(src, engine.Options{Poll: func() bool { n++; return n < 2000 }})
}

func BenchmarkJSONStopped100k(b *testing.B) {
	tr := bigTrace(b)
	b.ResetTimer()
	for b.Loop() {
		out, _ := tr.JSON()
		b.SetBytes(int64(len(out)))
	}
}

func BenchmarkEncodingJSONStopped100k(b *testing.B) {
	tr := bigTrace(b)
	b.ResetTimer()
	for b.Loop() {
		out, _ := json.Marshal(trace.Wire(tr))
		b.SetBytes(int64(len(out)))
	}
}

// synthetic is a trace shaped like the stopped 100,000-task run's (10,000
// tasks kept, a span and two events per task), built without running it.
func synthetic() *trace.Trace {
	tr := &trace.Trace{Version: trace.Version, Lang: "python", Runtime: "cpython-3.11", File: "main.py",
		Tasks: []trace.Task{}}
	for i := range 10000 {
		name := "Task-" + strconv.Itoa(i+2)
		tr.Tasks = append(tr.Tasks, trace.Task{ID: i + 2, Kind: "task", Name: name, Func: "spin", Parent: 1, Created: 0, Ended: -1,
			Pos: trace.Pos{Line: 8, Col: 14}, DefPos: trace.Pos{Line: 3}, End: "running"})
		tr.AddSpan(trace.Span{Task: i + 2, Start: 0, End: 0, From: 8, To: 5, State: "ready", OnTask: -1, Event: 2 * i})
		tr.AddEvent(trace.Event{Time: 0, Task: 1, Kind: "create", Pos: trace.Pos{Line: 8, Col: 14}, Detail: name, Related: i + 2})
		tr.AddEvent(trace.Event{Time: 0, Task: i + 2, Kind: "start", Pos: trace.Pos{Line: 3}, Related: -1})
	}
	return tr
}

func BenchmarkJSONSynthetic(b *testing.B) {
	tr := synthetic()
	for b.Loop() {
		out, _ := tr.JSON()
		b.SetBytes(int64(len(out)))
	}
}

func BenchmarkEncodingJSONSynthetic(b *testing.B) {
	tr := synthetic()
	for b.Loop() {
		out, _ := json.Marshal(trace.Wire(tr))
		b.SetBytes(int64(len(out)))
	}
}
