package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"

	"taskline/engine"
	_ "taskline/engine/all"
	// engine/all does not link the Python engine yet; importing it here too
	// is harmless once it does.
	_ "taskline/engine/py"
)

// recording is the NAME.json that testdata/record_py.py writes next to NAME.py.
type recording struct {
	Python     string `json:"python"`      // full version of the recording interpreter, "3.11.7"
	Stdout     string `json:"stdout"`      // exact stdout
	Stderr     string `json:"stderr"`      // full stderr, the stdlib under /usr/lib/python3.X
	StderrLast string `json:"stderr_last"` // last non-empty stderr line
	Exit       int    `json:"exit"`        // exit status
}

// A corpusDir is one directory of recorded programs and the Python version
// Taskline is asked to model for them.
type corpusDir struct {
	name   string // subtest name and directory under testdata
	python string // engine.Options.Python
}

var corpusDirs = []corpusDir{
	{"py37", "3.7"},
	{"py38", "3.8"},
	{"py39", "3.9"},
	{"py310", "3.10"},
	{"py", "3.11"},
	{"py312", "3.12"},
	{"py313", "3.13"},
}

// scriptDir is where testdata/record_py.py runs each program from: CPython's
// tracebacks show scriptDir/NAME.py, and Taskline is given the same path.
const scriptDir = "/tmp/taskline/"

const testdata = "../../testdata"

// knownFailuresFile lists cases that are allowed to fail, one per line:
//
//	NAME: reason          (a case in testdata/py)
//	py37/NAME: reason     (a case in testdata/py37)
//
// Blank lines and lines starting with # are ignored. A listed case still
// runs; if it passes, the test fails so that the entry gets removed.
const knownFailuresFile = testdata + "/py/KNOWN_FAILURES"

func readKnownFailures(t *testing.T) map[string]string {
	return readList(t, knownFailuresFile)
}

// lastLineOnlyFile lists the cases whose stderr is compared only by its
// last line, one per line (none today):
//
//	py312/NAME: reason
//
// Every other case must match the recorded stderr byte for byte, heap
// addresses masked (maskAddresses). A listed
// case whose whole stderr matches makes the test fail, so that the entry
// gets removed.
const lastLineOnlyFile = testdata + "/py/STDERR_LAST_LINE_ONLY"

// readList reads a file of "DIR/NAME: reason" lines (a NAME without DIR is
// in testdata/py); blank lines and lines starting with # are ignored.
func readList(t *testing.T, file string) map[string]string {
	t.Helper()
	list := map[string]string{}
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return list
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, ":")
		name, reason = strings.TrimSpace(name), strings.TrimSpace(reason)
		if !ok || name == "" || reason == "" {
			t.Fatalf("%s:%d: want \"NAME: reason\", found %q", file, n, line)
		}
		if !strings.Contains(name, "/") {
			name = "py/" + name
		}
		list[name] = reason
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return list
}

// lastLine returns the last line of s that is not blank.
func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

// heapAddress is an address as a default repr shows it: "<async_generator
// object bad at 0x7f41e9818110>", "<TaskWakeupMethWrapper object at 0x…>".
var heapAddress = regexp.MustCompile(` at 0x[0-9a-f]+\b`)

// maskAddresses replaces each heap address in s by " at 0x…". CPython's
// addresses change from run to run; Taskline prints addresses of the same
// shape, so stderr is compared whole with only the addresses masked. A hex
// number the program prints itself ("0xff") is not preceded by " at " and
// is compared as it is.
func maskAddresses(s string) string {
	return heapAddress.ReplaceAllString(s, " at 0x…")
}

// firstDiff describes where got and want first differ, line by line, with
// the line number and both versions of that line.
func firstDiff(want, got string) string {
	wl, gl := splitLines(want), splitLines(got)
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		show := func(s string, have bool) string {
			if !have {
				return "(end of output)"
			}
			return fmt.Sprintf("%q", s)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "stdout differs at line %d\n", i+1)
		fmt.Fprintf(&b, "  want: %s\n", show(w, i < len(wl)))
		fmt.Fprintf(&b, "   got: %s\n", show(g, i < len(gl)))
		fmt.Fprintf(&b, "  (want %d lines, got %d)", len(wl), len(gl))
		return b.String()
	}
	return "stdout differs" // unreachable when want != got
}

// splitLines splits s after each newline; a final line without a newline
// is kept, but there is no empty element after a final newline.
func splitLines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// runCase runs one program through the engine, turning a panic into an
// error so that one broken case cannot hide the others.
func runCase(src string, opts engine.Options) (stdout, stderr string, exit int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("engine.Run panicked: %v\n%s", r, debug.Stack())
		}
	}()
	tr := engine.Run(src, opts)
	if tr == nil {
		return "", "", 0, fmt.Errorf("engine.Run returned a nil trace")
	}
	o := tr.Outcome
	return o.Stdout, o.Stderr, o.ExitCode, nil
}

// checkCase compares one case against its recording and returns the
// problems found (none when it passes).
func checkCase(dir corpusDir, name string, lastLineOnly bool) []string {
	base := filepath.Join(testdata, dir.name, name)
	src, err := os.ReadFile(base + ".py")
	if err != nil {
		return []string{err.Error()}
	}
	data, err := os.ReadFile(base + ".json")
	if os.IsNotExist(err) {
		return []string{fmt.Sprintf("no recording %s.json; run: python3 testdata/record_py.py --only %s", name, name)}
	}
	if err != nil {
		return []string{err.Error()}
	}
	var rec recording
	if err := json.Unmarshal(data, &rec); err != nil {
		return []string{fmt.Sprintf("%s.json: %v", name, err)}
	}
	if !strings.HasPrefix(rec.Python, dir.python+".") {
		return []string{fmt.Sprintf("%s.json was recorded with Python %s, want %s.x", name, rec.Python, dir.python)}
	}

	stdout, stderr, exit, err := runCase(string(src), engine.Options{Lang: "python", File: scriptDir + name + ".py", Python: dir.python})
	if err != nil {
		return []string{err.Error()}
	}
	var problems []string
	if stdout != rec.Stdout {
		problems = append(problems, firstDiff(rec.Stdout, stdout))
	}
	if lastLineOnly {
		if got := lastLine(stderr); got != rec.StderrLast {
			problems = append(problems, fmt.Sprintf("last stderr line differs\n  want: %q\n   got: %q", rec.StderrLast, got))
		}
	} else if want, got := maskAddresses(rec.Stderr), maskAddresses(stderr); got != want {
		problems = append(problems, strings.Replace(firstDiff(want, got), "stdout", "stderr", 1))
	}
	if exit != rec.Exit {
		problems = append(problems, fmt.Sprintf("exit status: want %d, got %d", rec.Exit, exit))
	}
	if len(problems) > 0 && strings.TrimSpace(stderr) != "" && (lastLineOnly || stderr == rec.Stderr) {
		// The engine's own stderr usually explains an unexpected outcome
		// (an unsupported construct, an internal error); show its tail.
		problems = append(problems, "engine stderr (tail):\n"+indent(tail(stderr, 8)))
	}
	return problems
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// caseNames lists the programs of a corpus directory (NAME for NAME.py) and
// reports recordings that have lost their program.
func caseNames(t *testing.T, dir string) []string {
	t.Helper()
	progs, err := filepath.Glob(filepath.Join(testdata, dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	have := map[string]bool{}
	for _, p := range progs {
		n := strings.TrimSuffix(filepath.Base(p), ".py")
		names = append(names, n)
		have[n] = true
	}
	recs, _ := filepath.Glob(filepath.Join(testdata, dir, "*.json"))
	for _, r := range recs {
		if n := strings.TrimSuffix(filepath.Base(r), ".json"); !have[n] {
			t.Errorf("%s/%s.json has no program %s.py", dir, n, n)
		}
	}
	sort.Strings(names)
	return names
}

// TestPyCorpus runs every recorded Python program through the engine. Run
// one case with, for example:
//
//	go test ./engine/corpus/ -run 'TestPyCorpus/py/gather_self_cancel$'
func TestPyCorpus(t *testing.T) {
	known := readKnownFailures(t)
	lastOnly := readList(t, lastLineOnlyFile)
	if len(known) > 0 {
		keys := make([]string, 0, len(known))
		for k := range known {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		t.Logf("%d known failures listed in %s:", len(keys), knownFailuresFile)
		for _, k := range keys {
			t.Logf("  %s: %s", k, known[k])
		}
	}

	type tally struct {
		total, ran, passed, known int
		whole                     int // passed with the whole stderr compared
		failed                    []string
	}
	var mu sync.Mutex
	tallies := map[string]*tally{}

	for _, dir := range corpusDirs {
		names := caseNames(t, dir.name)
		if len(names) == 0 {
			t.Errorf("no programs in %s/%s", testdata, dir.name)
			continue
		}
		tl := &tally{total: len(names)}
		tallies[dir.name] = tl
		isCase := map[string]bool{}
		for _, name := range names {
			isCase[dir.name+"/"+name] = true
		}
		// The group returns only when its parallel subtests are done, so the
		// summary below sees every result.
		t.Run(dir.name, func(t *testing.T) {
			for _, name := range names {
				key := dir.name + "/" + name
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					why, only := lastOnly[key]
					problems := checkCase(dir, name, only)
					whole := len(problems) == 0 && (!only || len(checkCase(dir, name, false)) == 0)
					if only && whole {
						t.Errorf("%s matches CPython's whole stderr but is listed in %s (%s); remove the entry", key, lastLineOnlyFile, why)
					}
					reason, isKnown := known[key]
					mu.Lock()
					tl.ran++
					switch {
					case len(problems) == 0:
						tl.passed++
						if whole {
							tl.whole++
						}
					case isKnown:
						tl.known++
					default:
						tl.failed = append(tl.failed, name)
					}
					mu.Unlock()
					switch {
					case len(problems) == 0 && isKnown:
						t.Errorf("%s passes but is listed in KNOWN_FAILURES (%s); remove the entry", key, reason)
					case len(problems) > 0 && isKnown:
						t.Skipf("known failure (%s):\n%s", reason, strings.Join(problems, "\n"))
					case len(problems) > 0:
						t.Errorf("%s.py differs from CPython %s:\n%s", key, dir.python, strings.Join(problems, "\n"))
					}
				})
			}
		})
		for k := range known {
			if strings.HasPrefix(k, dir.name+"/") && !isCase[k] {
				t.Errorf("KNOWN_FAILURES lists %s, which is not a case", k)
			}
		}
		for k := range lastOnly {
			if strings.HasPrefix(k, dir.name+"/") && !isCase[k] {
				t.Errorf("%s lists %s, which is not a case", lastLineOnlyFile, k)
			}
		}
	}

	for _, dir := range corpusDirs {
		tl := tallies[dir.name]
		if tl == nil {
			continue
		}
		sort.Strings(tl.failed)
		if tl.ran == 0 {
			continue // filtered out by -run
		}
		t.Logf("corpus %s (Python %s): %d/%d passed (%d comparing the whole stderr), %d known failures, %d failed (%d cases in all)",
			dir.name, dir.python, tl.passed, tl.ran, tl.whole, tl.known, len(tl.failed), tl.total)
		if n := len(tl.failed); n > 0 {
			show := tl.failed
			if n > 40 {
				show = show[:40]
			}
			more := ""
			if n > len(show) {
				more = fmt.Sprintf(" … and %d more", n-len(show))
			}
			t.Logf("  failed: %s%s", strings.Join(show, " "), more)
		}
	}
}

// TestLastLine pins the helper the corpus comparison relies on.
func TestLastLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"\n\n", ""},
		{"ValueError: boom\n", "ValueError: boom"},
		{"Traceback (most recent call last):\n  x\nKeyError: 'k'\n\n", "KeyError: 'k'"},
		{"no newline", "no newline"},
		{"a\n   \n", "a"},
	} {
		if got := lastLine(c.in); got != c.want {
			t.Errorf("lastLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMaskAddresses pins what the whole-stderr comparison ignores: heap
// addresses in default reprs, and nothing else.
func TestMaskAddresses(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<async_generator object bad at 0x7f41e9818110>", "<async_generator object bad at 0x…>"},
		{"cb=[<TaskWakeupMethWrapper object at 0x7f0001000030>()]", "cb=[<TaskWakeupMethWrapper object at 0x…>()]"},
		{"a at 0x1 and b at 0xdeadbeef\n", "a at 0x… and b at 0x…\n"},
		{"hex(255) = 0xff", "hex(255) = 0xff"},
		{"at 0x10 at line start", "at 0x10 at line start"},
		{"value at 0xfeedZ", "value at 0xfeedZ"},
	} {
		if got := maskAddresses(c.in); got != c.want {
			t.Errorf("maskAddresses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFirstDiff(t *testing.T) {
	got := firstDiff("a\nb\nc\n", "a\nB\nc\n")
	if !strings.Contains(got, "line 2") || !strings.Contains(got, `"b\n"`) || !strings.Contains(got, `"B\n"`) {
		t.Errorf("firstDiff, changed line: %s", got)
	}
	got = firstDiff("a\nb\n", "a\n")
	if !strings.Contains(got, "line 2") || !strings.Contains(got, "(end of output)") {
		t.Errorf("firstDiff, missing line: %s", got)
	}
}

func TestSplitLines(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"", 0}, {"a", 1}, {"a\n", 1}, {"a\nb", 2}, {"a\n\n", 2}} {
		if got := len(splitLines(c.in)); got != c.want {
			t.Errorf("splitLines(%q) has %d lines, want %d", c.in, got, c.want)
		}
	}
}
