package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
)

// TestStreamedOutputIsTheOutcome runs the differential corpus as the command
// line does, writing output as the engines produce it, and checks that what
// was written is byte for byte the run's outcome (which the corpus tests
// compare with the real runtimes).
func TestStreamedOutputIsTheOutcome(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../testdata/go/*.go", "../../testdata/py/*.py"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("found only %d corpus programs", len(files))
	}
	streamed := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out, errs bytes.Buffer
		s := &streams{w: [3]io.Writer{nil, &out, &errs}}
		lang := "python"
		if strings.HasSuffix(path, ".go") {
			lang = "go"
		}
		tr := engine.Run(string(src), engine.Options{Lang: lang, File: filepath.Base(path), Output: s.write})
		if s.n[1] > 0 {
			streamed++
		}
		s.finish(tr.Outcome.Stdout, tr.Outcome.Stderr)
		if out.String() != tr.Outcome.Stdout || errs.String() != tr.Outcome.Stderr {
			t.Errorf("%s: written output differs from the outcome\nstdout %q\nwant   %q\nstderr %q\nwant   %q",
				path, out.String(), tr.Outcome.Stdout, errs.String(), tr.Outcome.Stderr)
		}
	}
	// Most programs print before they end: their output must have come
	// through the hook, not only from the outcome at the end.
	if streamed < len(files)/2 {
		t.Errorf("only %d of %d programs streamed any stdout", streamed, len(files))
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"0", 0}, {"1048576", 1 << 20}, {"64MB", 64e6}, {"64mb", 64e6}, {"64MiB", 64 << 20},
		{"1GiB", 1 << 30}, {"2GB", 2e9}, {"512K", 512 << 10}, {"100B", 100}, {" 3 MiB", 3 << 20},
	} {
		got, err := parseSize(c.in)
		if err != nil || got != c.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "MB", "-1", "-64MB", "1.5GB", "12XB", "x", "99999999999TB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
}

// TestRunUsageErrors: a negative or malformed budget is a usage error (exit
// 2, a message naming the flag), not a budget switched off.
func TestRunUsageErrors(t *testing.T) {
	prog := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(prog, []byte("package main\n\nfunc main() { println(\"ran\") }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ flag, val, want string }{
		{"--max-steps", "-1", "negative"},
		{"--max-steps", "ten", "whole number"},
		{"--max-memory", "-64MB", "negative"},
		{"--max-memory", "lots", "size such as"},
	} {
		code, out, errs := capture(t, func() int { return runCmd([]string{c.flag, c.val, prog}) })
		if code != 2 || out != "" || !strings.Contains(errs, c.flag[1:]) || !strings.Contains(errs, c.want) || strings.Contains(errs, "ran") {
			t.Errorf("%s %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.flag, c.val, code, out, errs, c.want)
		}
	}
	code, _, errs := capture(t, func() int { return runCmd([]string{"--max-steps", "0", "--max-memory", "0", prog}) })
	if code != 0 || errs != "ran\n" {
		t.Errorf("zero budgets (the defaults): exit %d, stderr %q", code, errs)
	}
}

// TestScriptPath: the script's name in tracebacks is the path as given up
// to 3.8 and, from 3.9, the current directory joined to a relative path
// without normalising it (python3.9 ./a/../t.py shows $PWD/./a/../t.py).
func TestScriptPath(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ prog, python, want string }{
		{"t.py", "3.7", "t.py"},
		{"./a/../t.py", "3.8", "./a/../t.py"},
		{"t.py", "3.9", wd + "/t.py"},
		{"./a/../t.py", "3.13", wd + "/./a/../t.py"},
		{"/abs/t.py", "3.11", "/abs/t.py"},
	} {
		if got := scriptPath(c.prog, c.python); got != c.want {
			t.Errorf("scriptPath(%q, %s) = %q, want %q", c.prog, c.python, got, c.want)
		}
	}
}

// TestCPUProfile: --cpuprofile writes a pprof CPU profile (gzipped protobuf
// whose string table names the sample type) without changing the run, and
// a file that cannot be created is a usage error before the program runs.
func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "p.py")
	src := "total = 0\nfor i in range(300_000):\n    total += i * i\nprint(total)\n"
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	prof := filepath.Join(dir, "cpu.prof")
	code, out, errs := capture(t, func() int { return runCmd([]string{"--cpuprofile", prof, prog}) })
	if code != 0 || out != "8999955000050000\n" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("the profile is not gzipped: %v", err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"cpu", "nanoseconds", "samples"} {
		if !bytes.Contains(b, []byte(s)) {
			t.Errorf("the profile's string table lacks %q", s)
		}
	}

	code, out, errs = capture(t, func() int {
		return runCmd([]string{"--cpuprofile", filepath.Join(dir, "no", "such", "dir", "cpu.prof"), prog})
	})
	if code != 2 || out != "" || !strings.Contains(errs, "no such file") {
		t.Errorf("unwritable profile: exit %d, stdout %q, stderr %q; want exit 2 and the reason", code, out, errs)
	}
}
