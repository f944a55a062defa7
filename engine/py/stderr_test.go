package py_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"taskline/engine"
)

// fullStderrCases are corpus cases whose whole stderr must match the
// recording, apart from the frames of CPython's own library, which
// Taskline's tracebacks leave out, and object addresses. The corpus test
// compares only the last line. TestCaretStderr adds every 3.11 case whose
// traceback underlines a line of the script.
var fullStderrCases = []struct{ dir, name, python string }{
	{"py", "run_main_fails_and_cleanup_fails", "3.11"},
	{"py37", "run_main_fails_and_cleanup_fails", "3.7"},
	{"py", "coroutine_never_awaited_native", "3.11"},
	{"py37", "coroutine_never_awaited_native", "3.7"},
	{"py", "async_generator_closed_at_shutdown", "3.11"},
	{"py", "decorator_error_lines", "3.11"},
	{"py37", "decorator_error_lines", "3.7"},
}

// addr matches the object addresses in reprs, which differ from run to run.
var addr = regexp.MustCompile(`0x[0-9a-f]+`)

// margin matches the indent and "| " margin of exception group tracebacks.
var margin = regexp.MustCompile(`^(?:\s*[|+] )?`)

// fileLine matches a traceback entry's File line; group 1 is the file.
var fileLine = regexp.MustCompile(`^\s*(?:[|+] )?\s*File "([^"]*)", line \d+`)

// isCaretLine reports whether line underlines the source line above it,
// in 3.11's traceback format.
func isCaretLine(line string) bool {
	rest := margin.ReplaceAllString(line, "")
	return strings.HasPrefix(rest, "    ") && strings.Trim(rest, " ~^") == "" && strings.Contains(rest, "^")
}

// dropLibFrames removes the traceback entries of files under LIB/ (the
// File line and the indented source and caret lines under it).
func dropLibFrames(s string) string {
	var out []string
	skipping := false
	for _, line := range strings.Split(s, "\n") {
		if m := fileLine.FindStringSubmatch(line); m != nil {
			skipping = strings.HasPrefix(m[1], "LIB/")
			if skipping {
				continue
			}
		} else if skipping && strings.HasPrefix(margin.ReplaceAllString(line, ""), "    ") {
			continue
		} else {
			skipping = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// userCarets reports whether stderr has a caret line under a source line
// of the script (not of CPython's library).
func userCarets(stderr string) bool {
	user := false
	for _, line := range strings.Split(stderr, "\n") {
		if m := fileLine.FindStringSubmatch(line); m != nil {
			user = !strings.HasPrefix(m[1], "LIB/")
		} else if user && isCaretLine(line) {
			return true
		}
	}
	return false
}

// compareStderr runs the corpus case and compares its stderr with the
// recording's, library frames dropped and addresses masked.
func compareStderr(t *testing.T, dir, name, python string, fromTraceback bool) {
	t.Helper()
	base := "../../testdata/" + dir + "/" + name
	src, err := os.ReadFile(base + ".py")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct{ Stderr string }
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", File: name + ".py", Python: python})
	want := addr.ReplaceAllString(dropLibFrames(rec.Stderr), "0x?")
	got := addr.ReplaceAllString(tr.Outcome.Stderr, "0x?")
	if fromTraceback {
		want = want[max(strings.Index(want, "Traceback ("), 0):]
	}
	if got != want {
		t.Errorf("%s/%s: stderr\n%s\nwant\n%s", dir, name, got, want)
	}
}

func TestFullStderr(t *testing.T) {
	for _, c := range fullStderrCases {
		compareStderr(t, c.dir, c.name, c.python, false)
	}
}

// tracebackOnly names the cases whose stderr is compared from the first
// traceback on: before it CPython prints a compiler warning Taskline does
// not produce (SyntaxWarning for a call of a literal).
var tracebackOnly = map[string]bool{"error_type_error_operands": true}

// TestCaretStderr compares the whole stderr of every 3.11 corpus case
// whose recorded traceback underlines part of a script line.
func TestCaretStderr(t *testing.T) {
	files, err := filepath.Glob("../../testdata/py/*.json")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rec struct{ Stderr string }
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatal(err)
		}
		if !userCarets(rec.Stderr) {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		compareStderr(t, "py", name, "3.11", tracebackOnly[name])
	}
	if n == 0 {
		t.Fatal("no corpus case has caret lines")
	}
	t.Logf("%d cases with caret lines", n)
}
