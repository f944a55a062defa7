package golite

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"taskline/engine"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

func run(t testing.TB, src string, o engine.Options) *trace.Trace {
	t.Helper()
	o.Lang = "go"
	tr := Run(src, o)
	if tr.Outcome.Kind == trace.OutcomeInternal {
		t.Fatalf("internal error: %s", tr.Outcome.Stderr)
	}
	return tr
}

func example(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../examples/go/" + name + ".go")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const racy = `package main

import "fmt"

func main() {
	ch := make(chan string)
	for _, s := range []string{"a", "b", "c"} {
		go func() { ch <- s }()
	}
	fmt.Println(<-ch, <-ch, <-ch)
}
`

// Different seeds choose different legal interleavings; the default
// schedule is reproducible.
func TestSeedsChooseInterleavings(t *testing.T) {
	seen := map[string]bool{}
	for seed := int64(1); seed <= 30; seed++ {
		seen[run(t, racy, engine.Options{Seed: seed}).Outcome.Stdout] = true
	}
	if len(seen) < 2 {
		t.Errorf("30 seeds gave one outcome: %v", seen)
	}
	for out := range seen {
		f := strings.Fields(out)
		if len(f) != 3 || !strings.Contains(out, "a") || !strings.Contains(out, "b") || !strings.Contains(out, "c") {
			t.Errorf("illegal outcome %q", out)
		}
	}
	a := run(t, racy, engine.Options{})
	b := run(t, racy, engine.Options{})
	if a.Outcome.Stdout != b.Outcome.Stdout || a.NumEvents() != b.NumEvents() {
		t.Errorf("seed 0 is not deterministic: %q vs %q", a.Outcome.Stdout, b.Outcome.Stdout)
	}
	// Go's runnext: the goroutine created last runs first.
	if got := a.Outcome.Stdout; got != "c a b\n" {
		t.Errorf("default schedule printed %q, want %q", got, "c a b\n")
	}
}

func TestMapOrderFollowsSeed(t *testing.T) {
	src := `package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := range 8 {
		m[i] = true
	}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println()
	fmt.Println(m)
}
`
	orders := map[string]bool{}
	for seed := int64(0); seed < 10; seed++ {
		out := run(t, src, engine.Options{Seed: seed}).Outcome.Stdout
		first, second, _ := strings.Cut(out, "\n")
		orders[first] = true
		if second != "map[0:true 1:true 2:true 3:true 4:true 5:true 6:true 7:true]\n" {
			t.Errorf("fmt must print maps sorted, got %q", second)
		}
	}
	if len(orders) < 2 {
		t.Errorf("map iteration order never changed: %v", orders)
	}
}

func TestTraceOfSelfCancel(t *testing.T) {
	tr := run(t, example(t, "06_self_cancel"), engine.Options{File: "prog.go"})
	if tr.Lang != "go" || tr.Runtime != "go" || tr.Tasks[0].Name != "main" || tr.Tasks[0].Kind != trace.KindGoroutine {
		t.Fatalf("bad trace header or first task: %+v", tr.Tasks[0])
	}
	names := map[string]bool{}
	for _, tk := range tr.Tasks {
		names[tk.Name] = true
	}
	if !names["goroutine 19"] || !names["goroutine 20"] {
		t.Errorf("goroutines not numbered like Go's runtime: %v", names)
	}
	var cancels, observed []trace.Event
	for _, e := range tr.Events() {
		switch e.Kind {
		case trace.EvCtxCancel:
			cancels = append(cancels, e)
		case trace.EvCtxObserved:
			observed = append(observed, e)
		}
	}
	if len(cancels) == 0 {
		t.Fatal("no ctx-cancel event")
	}
	c := cancels[0]
	if c.Pos != (trace.Pos{Line: 24, Col: 3}) || c.Detail != "context canceled" || tr.Tasks[c.Task].Name != "goroutine 19" {
		t.Errorf("first ctx-cancel = %+v (task %s), want 24:3 by goroutine 19 with cause", c, tr.Tasks[c.Task].Name)
	}
	if len(observed) == 0 || tr.Tasks[observed[0].Task].Name != "goroutine 20" || observed[0].Related != c.Task {
		t.Errorf("ctx-observed = %+v, want goroutine 20 observing goroutine 19's cancel", observed)
	}
}

func TestTraceGroupErrorAndLeaks(t *testing.T) {
	tr := run(t, example(t, "01_errgroup_first_error"), engine.Options{})
	found := false
	for _, e := range tr.Events() {
		if e.Kind == trace.EvGroupError {
			found = true
			if e.Detail != "orders: connection refused" {
				t.Errorf("group-error detail %q", e.Detail)
			}
		}
	}
	if !found {
		t.Error("no group-error event")
	}
	tr = run(t, example(t, "04_leaked_goroutine"), engine.Options{})
	leaked := 0
	for _, tk := range tr.Tasks {
		if tk.End == trace.EndLeaked {
			leaked++
			var last trace.Span
			for _, s := range tr.Spans() {
				if s.Task == tk.ID {
					last = s
				}
			}
			if last.State != trace.StateBlocked || last.On != "chan send" {
				t.Errorf("leaked %s ends in %+v, want blocked on chan send", tk.Name, last)
			}
		}
	}
	if leaked != 2 || tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.ExitCode != 0 {
		t.Errorf("leaked = %d, outcome %+v", leaked, tr.Outcome)
	}
	var sends int
	for _, e := range tr.Events() {
		if e.Kind == trace.EvRecv && e.Related >= 0 && tr.Tasks[e.Related].Name == "goroutine 20" {
			sends++
		}
	}
	if sends != 1 {
		t.Errorf("main's receive should name goroutine 20 as partner, found %d", sends)
	}
}

var outcomeTests = []struct {
	name, src    string
	opts         engine.Options
	kind         string
	exit         int
	stdout       string
	stderrPrefix string
}{
	{"deadlock", "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n", engine.Options{},
		trace.OutcomeDeadlock, 2, "", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"},
	{"panic", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\")\n\tpanic(fmt.Sprint(\"b\", 1))\n}\n", engine.Options{},
		trace.OutcomePanic, 2, "a\n", "panic: b1\n\ngoroutine 1 [running]:\nmain.main(...)\n\t./prog.go:7\n"},
	{"exit", "package main\n\nimport \"os\"\n\nfunc main() {\n\tdefer println(\"no\")\n\tos.Exit(7)\n}\n", engine.Options{},
		trace.OutcomeExit, 7, "", ""},
	{"compile", "package main\n\nfunc main() {\n\tx := 1\n}\n", engine.Options{},
		trace.OutcomeSyntaxError, 1, "", "# command-line-arguments\n./prog.go:4:2: declared and not used: x\n"},
	{"import", "package main\n\nimport \"net/http\"\n\nfunc main() { _ = http.Get }\n", engine.Options{},
		trace.OutcomeSyntaxError, 1, "", "# command-line-arguments\n./prog.go:3:8: package net/http is not supported by Taskline's Go mode (supported: "},
	{"goto", "package main\n\nfunc main() {\nL:\n\tgoto L\n}\n", engine.Options{},
		trace.OutcomeUnsupported, 1, "", "taskline: ./prog.go:5:2: goto is not supported\n"},
	{"steps", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"start\")\n\tfor {\n\t}\n}\n", engine.Options{MaxSteps: 10000},
		trace.OutcomeStepLimit, trace.ExitStepLimit, "start\n", "taskline: step limit exceeded (10000 steps)\n"},
	{"stop", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", engine.Options{Poll: func() bool { return false }},
		trace.OutcomeStopped, trace.ExitStopped, "", ""},
	{"stack", "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n", engine.Options{},
		trace.OutcomePanic, 2, "", "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"},
}

func TestOutcomes(t *testing.T) {
	for _, tc := range outcomeTests {
		t.Run(tc.name, func(t *testing.T) {
			tr := run(t, tc.src, tc.opts)
			o := tr.Outcome
			if o.Kind != tc.kind || o.ExitCode != tc.exit || o.Stdout != tc.stdout || !strings.HasPrefix(o.Stderr, tc.stderrPrefix) {
				t.Errorf("got kind %s exit %d stdout %q stderr %q\nwant kind %s exit %d stdout %q stderr prefix %q",
					o.Kind, o.ExitCode, o.Stdout, o.Stderr, tc.kind, tc.exit, tc.stdout, tc.stderrPrefix)
			}
			if o.Kind != trace.OutcomeOK && o.Error == nil {
				t.Errorf("outcome %s without Error", o.Kind)
			}
		})
	}
}

// The virtual clock starts at the playground's epoch and jumps when every
// goroutine waits; between jumps it moves by the CPU cost of the steps run
// (docs/COST.md), so an hour's sleep takes an hour and a few nanoseconds, as
// in a Go binary (where it takes an hour and some microseconds).
func TestVirtualClock(t *testing.T) {
	src := `package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	fmt.Println(t0.UTC().Format(time.RFC3339))
	time.Sleep(time.Hour)
	d := time.Since(t0)
	fmt.Println(d.Round(time.Millisecond), d > time.Hour)
}
`
	tr := run(t, src, engine.Options{})
	if tr.Outcome.Stdout != "2009-11-10T23:00:00Z\n1h0m0s true\n" {
		t.Errorf("stdout %q", tr.Outcome.Stdout)
	}
	if end := tr.Tasks[0].Ended; end <= 3600e9 || end > 3600e9+1000 {
		t.Errorf("main ended at %d ns, want one hour and a few nanoseconds", end)
	}
}

func ExampleRun() {
	tr := Run(`package main

import "fmt"

func main() {
	done := make(chan string)
	go func() { done <- "from goroutine 19" }()
	fmt.Println(<-done)
}
`, engine.Options{Lang: "go"})
	fmt.Print(tr.Outcome.Stdout)
	fmt.Println(tr.Outcome.Kind, tr.Outcome.ExitCode, tr.Tasks[1].Name)
	// Output:
	// from goroutine 19
	// ok 0 goroutine 19
}

// FuzzRun feeds arbitrary source to the front end and the evaluator: every
// input must come back as an outcome, never an internal error, a crash or
// a hang (the step budget bounds each run).
func FuzzRun(f *testing.F) {
	f.Add(racy)
	for _, tc := range outcomeTests {
		f.Add(tc.src)
	}
	for _, name := range []string{"basics_structs", "chan_pipeline", "ctx_tree", "fmt_verbs", "basics_generics"} {
		if b, err := os.ReadFile("../../testdata/go/" + name + ".go"); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		tr := Run(src, engine.Options{Lang: "go", MaxSteps: 20000})
		if tr.Outcome.Kind == trace.OutcomeInternal {
			t.Fatalf("internal error on:\n%s\n%s", src, tr.Outcome.Stderr)
		}
		if tr.Outcome.Kind == "" {
			t.Fatal("no outcome")
		}
	})
}

// An unsynchronised read-modify-write loses updates under some seeds, as
// it can under Go's preemptive scheduler; the default schedule does not
// switch goroutines there.
func TestSeedsExposeRaces(t *testing.T) {
	src := `package main

import (
	"fmt"
	"sync"
)

var counter int

func step() {}

func incr() {
	v := counter
	step()
	counter = v + 1
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				incr()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
`
	if got := run(t, src, engine.Options{}).Outcome.Stdout; got != "100\n" {
		t.Errorf("default schedule: %q, want 100", got)
	}
	lost := false
	for seed := int64(1); seed <= 10 && !lost; seed++ {
		lost = run(t, src, engine.Options{Seed: seed}).Outcome.Stdout != "100\n"
	}
	if !lost {
		t.Error("no seed in 1..10 lost an update")
	}
}

// Every fiber ends with its run, whatever the outcome: a page that runs
// programs again and again must not accumulate goroutines. The coroutines
// parked in sched's pool, waiting to run the next fibers, are not leaked.
func TestNoFiberLeak(t *testing.T) {
	before := runtime.NumGoroutine() - sched.IdleCoroutines()
	for _, name := range []string{"01_errgroup_first_error", "04_leaked_goroutine", "08_lock_order_deadlock", "10_panic_in_goroutine"} {
		src := example(t, name)
		for range 5 {
			run(t, src, engine.Options{})
		}
	}
	if after := runtime.NumGoroutine() - sched.IdleCoroutines(); after > before {
		t.Errorf("%d goroutines before the runs, %d after", before, after)
	}
}

const sleepThenReceive = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("got", <-ch)
		done <- true
	}()
	time.Sleep(200 * time.Millisecond)
	ch <- 1
	<-done
}
`

// TestTraceStateChanges checks that every state change of a goroutine is a
// span, zero-wide in time or not: the goroutine runs, sleeps, runs, blocks
// on its receive until main sends, and runs again.
func TestTraceStateChanges(t *testing.T) {
	tr := run(t, sleepThenReceive, engine.Options{File: "prog.go"})
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.Stdout != "got 1\n" {
		t.Fatalf("outcome %+v", tr.Outcome)
	}
	ms := int64(time.Millisecond)
	var g []trace.Span
	for _, s := range tr.Spans() {
		if s.Task == 1 && s.State != trace.StateReady {
			g = append(g, s)
		}
	}
	var states []string
	for _, s := range g {
		states = append(states, s.State)
	}
	want := []string{"running", "sleeping", "running", "blocked", "running"}
	if !slices.Equal(states, want) {
		t.Fatalf("goroutine 19's states %v, want %v (ready spans left out)", states, want)
	}
	// The clock moves by the steps' CPU cost too (docs/COST.md): each
	// instant is the one the program waited for plus a few nanoseconds.
	near := func(got, want int64) bool { return got >= want && got < want+1000 }
	if s := g[1]; s.On != "time.Sleep 100ms" || !near(s.Start, 0) || !near(s.End, 100*ms) || tr.Event(s.Event).Kind != trace.EvSleep {
		t.Errorf("sleeping span %+v", s)
	}
	if s := g[3]; s.On != "chan receive" || !near(s.Start, 100*ms) || !near(s.End, 200*ms) ||
		tr.Event(s.Event).Kind != trace.EvBlock || tr.Event(s.Event).Pos != (trace.Pos{Line: 13, Col: 22}) {
		t.Errorf("blocked span %+v", s)
	}
	// It was made ready by main's send, which names it as the partner.
	var ready trace.Span
	for _, s := range tr.Spans() {
		if s.Task == 1 && s.State == trace.StateReady && near(s.Start, 200*ms) {
			ready = s
		}
	}
	if ready.Event < 0 || tr.Event(ready.Event).Kind != trace.EvSend || tr.Event(ready.Event).Task != 0 || tr.Event(ready.Event).Related != 1 {
		t.Errorf("ready span at 200ms %+v not begun by main's send", ready)
	}
	// Every task's spans tile its life, in time and in events.
	for _, tk := range tr.Tasks {
		var prev *trace.Span
		for _, sp := range tr.Spans() {
			s := &sp
			if s.Task != tk.ID {
				continue
			}
			if s.End < s.Start || s.To < s.From || prev != nil && (s.Start != prev.End || s.From != prev.To) {
				t.Errorf("%s: span %+v does not follow %+v", tk.Name, *s, prev)
			}
			prev = s
		}
	}
}

// progLines matches the file:line lines of a Go traceback for the program.
var progLines = regexp.MustCompile(`(?m)^\t\./prog\.go:\d+`)

// TestCorpusTracebackLines compares the program's lines in the traceback
// of every recorded corpus program that panics with the real binary's
// (the corpus test compares only the first line of stderr): the innermost
// frame is where the panic happened, however many deferred calls ran while
// it unwound.
func TestCorpusTracebackLines(t *testing.T) {
	files, err := filepath.Glob("../../testdata/go/*.json")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, jf := range files {
		var rec struct{ Stderr string }
		data, err := os.ReadFile(jf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(rec.Stderr, "panic: ") {
			continue
		}
		src, err := os.ReadFile(strings.TrimSuffix(jf, ".json") + ".go")
		if err != nil {
			t.Fatal(err)
		}
		n++
		name := strings.TrimSuffix(filepath.Base(jf), ".json")
		tr := run(t, string(src), engine.Options{File: "prog.go"})
		want := progLines.FindAllString(rec.Stderr, -1)
		got := progLines.FindAllString(tr.Outcome.Stderr, -1)
		if !slices.Equal(got, want) {
			t.Errorf("%s: traceback lines %q, want %q\nstderr:\n%s", name, got, want, tr.Outcome.Stderr)
		}
		// The trace's error gives the same innermost line of the program.
		e := tr.Outcome.Error
		if e == nil {
			t.Errorf("%s: no error in the trace", name)
			continue
		}
		var inner trace.Frame
		for _, f := range e.Frames {
			if f.File == "prog.go" {
				inner = f
			}
		}
		if at := fmt.Sprintf("\t./prog.go:%d", inner.Line); len(want) > 0 && (at != want[0] || e.Pos.Line != inner.Line) {
			t.Errorf("%s: error %+v, want innermost frame and position at %q", name, e, want[0])
		}
	}
	if n < 2 {
		t.Errorf("only %d panicking programs in the corpus", n)
	}
}

// TestTraceDropped checks the count of events past the trace's cap: a
// program that prints 60,000 lines has 60,003 events (create, start, the
// prints, done); the trace keeps the first traceLimit of them and the
// output in full.
func TestTraceDropped(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := range 60000 {\n\t\tfmt.Println(i)\n\t}\n}\n"
	tr := run(t, src, engine.Options{})
	if tr.Outcome.Kind != trace.OutcomeOK || !strings.HasSuffix(tr.Outcome.Stdout, "\n59999\n") {
		t.Fatalf("outcome %s, stdout ends %q", tr.Outcome.Kind, tr.Outcome.Stdout[max(0, len(tr.Outcome.Stdout)-20):])
	}
	if tr.NumEvents() != traceLimit || tr.Dropped != 60003-traceLimit {
		t.Errorf("%d events recorded, %d dropped; want %d and %d", tr.NumEvents(), tr.Dropped, traceLimit, 60003-traceLimit)
	}
	js, _ := tr.JSON()
	if !strings.Contains(string(js), fmt.Sprintf(`"dropped":%d`, tr.Dropped)) {
		t.Error("dropped missing from the JSON form")
	}
	tr = run(t, sleepThenReceive, engine.Options{})
	if js, _ := tr.JSON(); tr.Dropped != 0 || strings.Contains(string(js), `"dropped"`) {
		t.Errorf("a short run dropped %d events", tr.Dropped)
	}
}

// TestTraceTimerSleep checks that waiting on a timer's channel alone is
// sleeping, from the receive's line until the timer fires.
func TestTraceTimerSleep(t *testing.T) {
	src := "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.NewTicker(time.Second)\n\t<-time.After(50 * time.Millisecond)\n\t<-t.C\n}\n"
	tr := run(t, src, engine.Options{})
	var got []string
	for _, s := range tr.Spans() {
		if s.State == trace.StateSleeping {
			e := tr.Event(s.Event)
			got = append(got, fmt.Sprintf("%d-%d %s %s@%d:%d", s.Start/1e6, s.End/1e6, s.On, e.Kind, e.Pos.Line, e.Pos.Col))
		}
	}
	want := []string{"0-50 chan receive (timer) block@7:2", "50-1000 chan receive (timer) block@8:2"}
	if !slices.Equal(got, want) {
		t.Errorf("sleeping spans %q, want %q", got, want)
	}
}
