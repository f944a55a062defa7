package lesson

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

var update = flag.Bool("update", false, "rewrite the golden .html files")

// scriptRunner stands in for the engine in these tests, so that they test
// the extension and not the interpreter: it reads the program as a tiny
// script of its own, one statement per line, and records the trace a real
// run of such a program would record.
//
//	print("text")            main prints text
//	# task NAME              main creates a task running NAME
//	# sleep N                every live task sleeps N seconds
//	# cancel NAME            main cancels NAME, which ends cancelled
//	# done NAME              NAME returns
//	raise TYPE("msg")        the run ends with an uncaught TYPE
func scriptRunner(src string, o engine.Options) *trace.Trace {
	var now int64
	r := trace.NewRecorder(o.Lang, "script", "main.py", func() int64 { return now })
	main := r.AddTask(trace.KindTask, "Task-1", "main", -1, trace.Pos{Line: 1}, trace.Pos{Line: 1})
	r.SetState(main, trace.StateRunning, "", -1, r.Event(main, trace.EvStart, trace.Pos{Line: 1}, "", -1))
	byName := map[string]int{"main": main}
	live := func() []int { // tasks not ended, in creation order
		var ids []int
		for id := range r.T.Tasks {
			if r.T.Tasks[id].Ended < 0 {
				ids = append(ids, id)
			}
		}
		return ids
	}
	printRE := regexp.MustCompile(`^print\("(.*)"\)$`)
	raiseRE := regexp.MustCompile(`^raise (\w+)\("(.*)"\)$`)
	for i, line := range strings.Split(src, "\n") {
		pos := trace.Pos{Line: i + 1}
		line = strings.TrimSpace(line)
		f := strings.Fields(strings.TrimPrefix(line, "# "))
		switch {
		case printRE.MatchString(line):
			r.Print(main, 1, printRE.FindStringSubmatch(line)[1]+"\n", pos)
		case raiseRE.MatchString(line):
			m := raiseRE.FindStringSubmatch(line)
			r.Event(main, trace.EvRaise, pos, m[1]+": "+m[2], -1)
			r.EndTask(main, trace.EndFailed, m[1]+": "+m[2])
			t := r.Finish(trace.EndPending)
			t.Outcome = trace.Outcome{Kind: trace.OutcomeException, ExitCode: 1, Stdout: r.Stdout(),
				Stderr: "Traceback (most recent call last):\n  File \"main.py\", line " + strconv.Itoa(i+1) + ", in <module>\n" + m[1] + ": " + m[2] + "\n",
				Error:  &trace.Error{Type: m[1], Message: m[2], Line: m[1] + ": " + m[2], Pos: pos, Task: main}}
			return t
		case len(f) == 2 && f[0] == "task":
			id := r.AddTask(trace.KindTask, "Task-"+strconv.Itoa(len(byName)+1), f[1], main, pos, pos)
			byName[f[1]] = id
			r.SetState(id, trace.StateRunning, "", -1, r.Event(id, trace.EvStart, pos, "", -1))
		case len(f) == 2 && f[0] == "sleep":
			n, _ := strconv.Atoi(f[1])
			for _, id := range live() {
				r.SetState(id, trace.StateSleeping, "", -1, r.Event(id, trace.EvSleep, pos, f[1], -1))
			}
			now += int64(n) * 1e9
			for _, id := range live() {
				r.SetState(id, trace.StateRunning, "", -1, r.Event(id, trace.EvResume, pos, "", -1))
			}
		case len(f) == 2 && f[0] == "cancel":
			id := byName[f[1]]
			r.Event(main, trace.EvCancelRequest, pos, "", id)
			r.Event(id, trace.EvCancelDelivered, pos, "CancelledError", -1)
			r.EndTask(id, trace.EndCancelled, "")
		case len(f) == 2 && f[0] == "done":
			id := byName[f[1]]
			r.Event(id, trace.EvReturn, pos, "None", -1)
			r.EndTask(id, trace.EndDone, "None")
		}
	}
	r.EndTask(main, trace.EndDone, "None")
	t := r.Finish(trace.EndPending)
	t.Outcome.Kind = trace.OutcomeOK
	return t
}

// TestGolden converts each testdata/*.md and compares the HTML with the
// .html file next to it; -update rewrites them. Diagnostics are part of the
// golden output, so a file can show an error as well as a page.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	if len(files) == 0 {
		t.Fatal("no testdata/*.md")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var opts []Option
			opts = append(opts, WithRunner(scriptRunner))
			if strings.Contains(file, "rawhtml-on") {
				opts = append(opts, WithRawHTML())
			}
			p, err := Convert(filepath.Base(file), src, opts...)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			for _, d := range p.Diagnostics {
				got.WriteString("<!-- " + d.Error() + " -->\n")
			}
			got.WriteString(string(p.Body))
			golden := strings.TrimSuffix(file, ".md") + ".html"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got.String() != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it); got:\n%s", file, golden, got.String())
			}
		})
	}
}
