package py_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"taskline/engine"
)

// fullStderrCases are corpus cases whose whole stderr must match the
// recording, apart from the frames of CPython's own library and 3.11's
// caret lines under traceback source lines, which Taskline's tracebacks
// leave out, and object addresses. The corpus test compares only the
// last line.
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

// carets matches the lines of 3.11 tracebacks that underline the failing
// part of a source line, which Taskline does not print.
var carets = regexp.MustCompile(`(?m)^    [ ~^]*\^[ ~^]*\n`)

// dropLibFrames removes the traceback entries of files under LIB/ (the
// File line and the indented source and caret lines under it).
func dropLibFrames(s string) string {
	var out []string
	skipping := false
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, `  File "LIB/`) {
			skipping = true
			continue
		}
		if skipping && strings.HasPrefix(line, "    ") {
			continue
		}
		skipping = false
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func TestFullStderr(t *testing.T) {
	for _, c := range fullStderrCases {
		base := "../../testdata/" + c.dir + "/" + c.name
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
		tr := engine.Run(string(src), engine.Options{Lang: "python", File: c.name + ".py", Python: c.python})
		want := carets.ReplaceAllString(dropLibFrames(rec.Stderr), "")
		want, got := addr.ReplaceAllString(want, "0x?"), addr.ReplaceAllString(tr.Outcome.Stderr, "0x?")
		if got != want {
			t.Errorf("%s/%s: stderr\n%s\nwant\n%s", c.dir, c.name, got, want)
		}
	}
}
