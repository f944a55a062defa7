package py_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestSyntax37Stderr compares the whole stderr of the 3.7 corpus cases that
// use syntax 3.7 lacks (testdata/py37/syntax_*.py) with python3.7's: file,
// line, source line, caret and message. The corpus test compares only the
// last line.
func TestSyntax37Stderr(t *testing.T) {
	files, err := filepath.Glob("../../testdata/py37/syntax_*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no syntax_*.py cases in testdata/py37 (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var rec struct {
			Stdout, Stderr string
			Exit           int
		}
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatal(err)
		}
		tr := engine.Run(string(src), engine.Options{Lang: "python", File: name + ".py", Python: "3.7"})
		o := tr.Outcome
		if o.Stdout != rec.Stdout || o.Stderr != rec.Stderr || o.ExitCode != rec.Exit {
			t.Errorf("%s: got stdout %q exit %d stderr\n%s\nwant stdout %q exit %d stderr\n%s",
				name, o.Stdout, o.ExitCode, o.Stderr, rec.Stdout, rec.Exit, rec.Stderr)
		}
		if o.Kind != trace.OutcomeSyntaxError {
			t.Errorf("%s: outcome %s, want %s", name, o.Kind, trace.OutcomeSyntaxError)
		}
	}
}

// TestSyntax37Runs11 checks that the same programs run under 3.11 (the
// constructs are not rejected there).
func TestSyntax37Runs11(t *testing.T) {
	for _, src := range []string{
		"if (n := 3) > 2:\n    print(n)\n",
		"def f(a, /):\n    return a\nprint(f(1))\n",
		"x = 1\nprint(f\"{x=}\")\n",
		"import contextlib\nwith (contextlib.nullcontext() as a, contextlib.nullcontext() as b):\n    print(a, b)\n",
		"try:\n    raise ValueError(1)\nexcept* ValueError:\n    print('caught')\n",
	} {
		tr := engine.Run(src, engine.Options{Lang: "python"})
		if tr.Outcome.ExitCode != 0 {
			t.Errorf("3.11 rejected %q: %s", src, tr.Outcome.Stderr)
		}
	}
}

// TestSyntax37FStringPos checks that an f-string error, which 3.7 reports
// in "<fstring>", line 1, is placed in the trace at its line in the program.
func TestSyntax37FStringPos(t *testing.T) {
	tr := engine.Run("x = 1\n\nprint(f\"a {x=}\")\n", engine.Options{Lang: "python", Python: "3.7"})
	o := tr.Outcome
	if !strings.HasPrefix(o.Stderr, "  File \"<fstring>\", line 1\n    (x=)\n      ^\n") {
		t.Errorf("stderr %q", o.Stderr)
	}
	if o.Error == nil || o.Error.Pos.Line != 3 || o.Error.Pos.Col != 13 {
		t.Errorf("error %+v, want at 3:13", o.Error)
	}
}
