package golite

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

var update = flag.Bool("update", false, "rewrite testdata/*.trace from the current runs")

// dumpTrace prints a trace compactly: tasks, then spans (with their event
// extent #From-To), then events (numbered), one per line, goroutines by name.
func dumpTrace(tr *trace.Trace) string {
	var b strings.Builder
	name := func(id int) string {
		if id < 0 || id >= len(tr.Tasks) {
			return "-"
		}
		return tr.Tasks[id].Name
	}
	ms := func(ns int64) string { return fmt.Sprintf("%gms", float64(ns)/1e6) }
	for _, t := range tr.Tasks {
		fmt.Fprintf(&b, "task %s label=%q func=%s parent=%s at=%d:%d end=%s@%s\n", t.Name, t.Label, t.Func, name(t.Parent), t.Pos.Line, t.Pos.Col, t.End, ms(t.Ended))
	}
	for _, s := range tr.Spans() {
		fmt.Fprintf(&b, "span %s %s-%s #%d-%d %s %q onTask=%s event=%d\n", name(s.Task), ms(s.Start), ms(s.End), s.From, s.To, s.State, s.On, name(s.OnTask), s.Event)
	}
	for i, e := range tr.Events() {
		fmt.Fprintf(&b, "#%d %s %s %s %d:%d %q %s\n", i, ms(e.Time), name(e.Task), e.Kind, e.Pos.Line, e.Pos.Col, e.Detail, name(e.Related))
	}
	fmt.Fprintf(&b, "outcome %s exit=%d\n", tr.Outcome.Kind, tr.Outcome.ExitCode)
	return b.String()
}

// TestGoldenTraces compares the traces of some examples with
// testdata/NAME.trace; go test -run GoldenTraces -update rewrites them.
func TestGoldenTraces(t *testing.T) {
	for _, name := range []string{"01_errgroup_first_error", "04_leaked_goroutine", "06_self_cancel", "08_lock_order_deadlock"} {
		t.Run(name, func(t *testing.T) {
			tr := run(t, example(t, name), engine.Options{File: "prog.go"})
			got := dumpTrace(tr)
			file := filepath.Join("testdata", name+".trace")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("trace differs from %s (-update rewrites it):\n%s", file, diffLines(string(want), got))
			}
		})
	}
}

// diffLines shows the first differing lines.
func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d\nwant: %s\n got: %s", i+1, x, y)
		}
	}
	return ""
}
