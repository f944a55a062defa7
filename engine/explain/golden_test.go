package explain_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"taskline/engine"
	_ "taskline/engine/all"
	"taskline/engine/explain"
	"taskline/engine/trace"
)

// The golden tests compare a story's chain — each step as kind@line#task —
// and its findings (id@line) with what a person wrote down from reading
// the program. The expectations sit next to the programs: a header comment
// in testdata/explain/*, and testdata/expect.txt for the playground's
// examples and the lessons' run blocks, whose text readers see.

// chain renders the steps as "kind@line#task ...", "-" when there are none.
func chain(st *explain.Story) string {
	var out []string
	for _, s := range st.Steps {
		out = append(out, s.Kind+"@"+itoa(s.Line)+"#"+itoa(s.Task))
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, " ")
}

// findings renders the findings as "id@line ...", "-" when there are none.
func findings(st *explain.Story) string {
	var out []string
	for _, f := range st.Findings {
		out = append(out, f.ID+"@"+itoa(f.Line))
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, " ")
}

func itoa(n int) string { return strconv.Itoa(n) }

// normalize collapses white space so expectations may wrap over lines.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// expectation is what a person expects of one program.
type expectation struct {
	name     string
	src      string
	opts     engine.Options
	explain  string
	findings string
}

func (x expectation) check(t *testing.T) *explain.Story {
	t.Helper()
	tr := engine.Run(x.src, x.opts)
	st := explain.Explain(x.src, tr)
	if got, want := chain(st), normalize(x.explain); got != want {
		t.Errorf("%s: chain\n got: %s\nwant: %s\n%s", x.name, got, want, dump(st))
	}
	if got, want := findings(st), normalize(x.findings); got != want {
		t.Errorf("%s: findings\n got: %s\nwant: %s", x.name, got, want)
	}
	// The page reads the story as AppendJSON writes it, which must be
	// what encoding/json writes.
	if want, err := json.Marshal(st); err != nil {
		t.Errorf("%s: json.Marshal: %v", x.name, err)
	} else if got := st.AppendJSON(nil); string(got) != string(want) {
		t.Errorf("%s: AppendJSON\n got: %s\nwant: %s", x.name, got, want)
	}
	return st
}

func dump(st *explain.Story) string {
	var b strings.Builder
	b.WriteString("  summary: " + st.Summary + "\n")
	for _, s := range st.Steps {
		b.WriteString("  " + s.Kind + "@" + itoa(s.Line) + "#" + itoa(s.Task) + ": " + s.Text + "\n")
	}
	return b.String()
}

var headerRE = regexp.MustCompile(`^(?:#|//)\s*(explain|findings|python|seed):\s*(.*)$`)

// readHeader reads the expectation comments at the top of a program; a
// line may continue the previous one when it starts with the same marker
// and more indentation.
func readHeader(path, src string) (expectation, bool) {
	x := expectation{name: path, src: src}
	x.opts = engine.Options{Lang: "python", File: filepath.Base(path)}
	if strings.HasSuffix(path, ".go") {
		x.opts.Lang = "go"
	}
	seen := false
	last := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		l := sc.Text()
		if m := headerRE.FindStringSubmatch(l); m != nil {
			seen = true
			last = m[1]
			switch m[1] {
			case "explain":
				x.explain += " " + m[2]
			case "findings":
				x.findings += " " + m[2]
			case "python":
				x.opts.Python = strings.TrimSpace(m[2])
			case "seed":
				x.opts.Seed = int64(atoi(strings.TrimSpace(m[2])))
			}
			continue
		}
		if cont := strings.TrimLeft(l, "#/"); last != "" && cont != l && strings.HasPrefix(cont, "   ") {
			switch last {
			case "explain":
				x.explain += " " + cont
			case "findings":
				x.findings += " " + cont
			}
			continue
		}
		last = ""
		if !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "//") && strings.TrimSpace(l) != "" {
			break
		}
	}
	return x, seen
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func TestGoldenPrograms(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/explain/*")
	n := 0
	for _, f := range files {
		if !strings.HasSuffix(f, ".py") && !strings.HasSuffix(f, ".go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		x, ok := readHeader(f, string(b))
		if !ok {
			t.Errorf("%s: no explain/findings header", f)
			continue
		}
		n++
		st := x.check(t)
		checkFixes(t, x, st)
	}
	if n < 20 {
		t.Errorf("only %d golden programs in testdata/explain", n)
	}
}

// expectFile reads testdata/expect.txt: a program path (or a lesson file
// and a run block's title in quotes), then its indented explain: and
// findings: lines.
func expectFile(t *testing.T) []expectation {
	b, err := os.ReadFile("testdata/expect.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []expectation
	var cur *expectation
	last := ""
	for _, l := range strings.Split(string(b), "\n") {
		trim := strings.TrimSpace(l)
		switch {
		case trim == "" || strings.HasPrefix(trim, "#"):
			continue
		case !strings.HasPrefix(l, " "):
			out = append(out, expectation{name: trim})
			cur = &out[len(out)-1]
			last = ""
		case strings.HasPrefix(trim, "explain:"):
			cur.explain, last = strings.TrimPrefix(trim, "explain:"), "explain"
		case strings.HasPrefix(trim, "findings:"):
			cur.findings, last = strings.TrimPrefix(trim, "findings:"), "findings"
		case strings.HasPrefix(trim, "python:"):
			cur.opts.Python = strings.TrimSpace(strings.TrimPrefix(trim, "python:"))
		case last == "explain":
			cur.explain += " " + trim
		case last == "findings":
			cur.findings += " " + trim
		}
	}
	return out
}

// runBlocks returns the run blocks of a lesson by title, and its solution
// blocks in order.
var fenceRE = regexp.MustCompile("(?s)```(python|go) \\{([^}]*)\\}\n(.*?)```")
var titleRE = regexp.MustCompile(`title="([^"]*)"`)
var pyVerRE = regexp.MustCompile(`python="([^"]*)"`)

type block struct {
	lang, info, title, python, src string
}

func lessonBlocks(t *testing.T, path string) []block {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []block
	for _, m := range fenceRE.FindAllStringSubmatch(string(b), -1) {
		bl := block{lang: m[1], info: m[2], src: m[3]}
		if t := titleRE.FindStringSubmatch(m[2]); t != nil {
			bl.title = t[1]
		}
		if v := pyVerRE.FindStringSubmatch(m[2]); v != nil {
			bl.python = v[1]
		}
		out = append(out, bl)
	}
	return out
}

func TestGoldenExamplesAndLessons(t *testing.T) {
	seen := map[string]bool{}
	for _, x := range expectFile(t) {
		name := x.name
		if i := strings.Index(name, ` "`); i >= 0 {
			// a lesson run block
			file, title := name[:i], strings.Trim(name[i+1:], `"`)
			found := false
			for _, bl := range lessonBlocks(t, "../../"+file) {
				if strings.HasPrefix(bl.info, "run") && bl.title == title {
					x.src, found = bl.src, true
					x.opts = engine.Options{Lang: bl.lang, Python: bl.python}
				}
			}
			if !found {
				t.Errorf("%s: no such run block", name)
				continue
			}
		} else {
			b, err := os.ReadFile("../../" + name)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			x.src = string(b)
			x.opts.File = filepath.Base(name)
			x.opts.Lang = "python"
			if strings.HasSuffix(name, ".go") {
				x.opts.Lang = "go"
			}
		}
		seen[name] = true
		st := x.check(t)
		checkFixes(t, x, st)
	}
	// every example and every run block has an expectation
	var want []string
	for _, pat := range []string{"../../examples/python/*.py", "../../examples/go/*.go"} {
		fs, _ := filepath.Glob(pat)
		for _, f := range fs {
			want = append(want, strings.TrimPrefix(f, "../../"))
		}
	}
	lessons, _ := filepath.Glob("../../lessons/*.md")
	for _, l := range lessons {
		for _, bl := range lessonBlocks(t, l) {
			if strings.HasPrefix(bl.info, "run") {
				want = append(want, strings.TrimPrefix(l, "../../")+` "`+bl.title+`"`)
			}
		}
	}
	sort.Strings(want)
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no expectation for %s in testdata/expect.txt", w)
		}
	}
}

// checkFixes runs every fixed program a story offers: the fix must remove
// the pitfall it is for, and the seed's fix must make the program run clean.
func checkFixes(t *testing.T, x expectation, st *explain.Story) {
	t.Helper()
	for _, f := range st.Findings {
		if f.Program == "" {
			continue
		}
		if f.Fix == "" || !strings.Contains(f.Fix, "\n+") && !strings.Contains(f.Fix, "\n-") {
			t.Errorf("%s: %s has a fixed program but no diff", x.name, f.ID)
		}
		o := x.opts
		o.MaxSteps = 2_000_000
		tr := engine.Run(f.Program, o)
		if k := tr.Outcome.Kind; k == trace.OutcomeSyntaxError || k == trace.OutcomeInternal || k == trace.OutcomeUnsupported {
			t.Errorf("%s: the fix for %s does not compile: %s", x.name, f.ID, tr.Outcome.Stderr)
			continue
		}
		// one fewer finding of its kind (a program may have several)
		again := explain.Explain(f.Program, tr)
		if count(again, f.ID) >= count(st, f.ID) {
			t.Errorf("%s: the fix for %s@%d leaves %s:\n%s", x.name, f.ID, f.Line, findings(again), f.Fix)
		}
		if f.ID == explain.FindSelfCancelInGather && tr.Outcome.ExitCode != 0 {
			t.Errorf("%s: the fixed program exits with %d, want 0:\n%s", x.name, tr.Outcome.ExitCode, tr.Outcome.Stderr)
		}
	}
}

func count(st *explain.Story, id string) int {
	n := 0
	for _, f := range st.Findings {
		if f.ID == id {
			n++
		}
	}
	return n
}

// TestGoldenCoverage: every step kind and every finding id is pinned by at
// least one golden expectation.
func TestGoldenCoverage(t *testing.T) {
	var all strings.Builder
	files, _ := filepath.Glob("../../testdata/explain/*")
	files = append(files, "testdata/expect.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	text := all.String()
	for _, k := range []string{
		explain.StepCancelRequest, explain.StepCancelDelivered, explain.StepRaise, explain.StepPropagate,
		explain.StepCaught, explain.StepUncaught, explain.StepShutdownCancel, explain.StepLeftRunning,
		explain.StepNeverRetrieved, explain.StepCtxCancel, explain.StepCtxObserved, explain.StepGroupError,
		explain.StepPanic, explain.StepLeaked, explain.StepDeadlock, explain.StepExit, explain.StepStopped,
		explain.FindSelfCancelInGather, explain.FindSwallowedCancel, explain.FindTaskNeverAwaited,
		explain.FindExceptionNeverRetr, explain.FindBlockingCall, explain.FindGatherSiblingsRunning,
		explain.FindGoroutineLeak, explain.FindDeadlock, explain.FindLostCancel, explain.FindWaitGroupMisuse,
	} {
		if !strings.Contains(text, " "+k+"@") && !strings.Contains(text, ": "+k+"@") {
			t.Errorf("no golden expectation has %s", k)
		}
	}
}
