package syntax_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
	_ "taskline/engine/py"
	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// TestParsedUnchanged runs and explains every Python program of the corpus
// and the examples, then checks what sharing parsed programs (cache.go)
// relies on: the File the run kept is handed out again, it is still the
// tree and the scopes a fresh parse gives (nothing the compiler, the run or
// the explanation did changed it), and a second run, from the kept File,
// gives the same trace as the first.
func TestParsedUnchanged(t *testing.T) {
	const root = "../../.."
	type prog struct{ path, version string }
	var progs []prog
	for dir, version := range map[string]string{"py37": "3.7", "py38": "3.8", "py39": "3.9", "py310": "3.10", "py": "3.11", "py312": "3.12", "py313": "3.13"} {
		files, _ := filepath.Glob(filepath.Join(root, "testdata", dir, "*.py"))
		for _, f := range files {
			progs = append(progs, prog{f, version})
		}
	}
	examples, _ := filepath.Glob(filepath.Join(root, "examples", "python", "*.py"))
	for _, f := range examples {
		progs = append(progs, prog{f, "3.11"})
	}
	if len(progs) < 100 {
		t.Fatalf("found %d programs; the corpus is missing", len(progs))
	}
	kept := 0
	for _, p := range progs {
		b, err := os.ReadFile(p.path)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		// Small budgets keep the test quick (the corpus has programs that
		// fill the default 512 MB); a run that passes one ends the same way
		// both times.
		opts := engine.Options{Lang: "python", Python: p.version, MaxSteps: 200_000, MaxMemory: 16 << 20}
		syntax.ForgetParses()
		first := engine.Run(src, opts)
		explain.Explain(src, first)
		f, err := syntax.ParseFile("main.py", []byte(src), p.version)
		if err != nil {
			continue // a syntax error: nothing was kept
		}
		if again, _ := syntax.ParseFile("main.py", []byte(src), p.version); again != f {
			t.Errorf("%s: a second parse of the same program made a new File", p.path)
		}
		syntax.ForgetParses()
		fresh, err := syntax.ParseFile("main.py", []byte(src), p.version)
		if err != nil {
			t.Fatalf("%s: parsed once, then failed: %v", p.path, err)
		}
		if a, b := ast.DumpPositions(f.Module), ast.DumpPositions(fresh.Module); a != b {
			t.Errorf("%s: the kept tree changed during the run:\nkept  %s\nfresh %s", p.path, a, b)
		}
		if a, b := scopes(f.Top), scopes(fresh.Top); a != b {
			t.Errorf("%s: the kept scopes changed during the run:\nkept  %s\nfresh %s", p.path, a, b)
		}
		// fresh is kept now; the run parses the same key ("main.py" and the
		// version) and finds it.
		second := engine.Run(src, opts)
		if ok, _ := syntax.ParseFile("main.py", []byte(src), p.version); ok != fresh {
			t.Errorf("%s: the run did not use the kept File", p.path)
		}
		j1, _ := first.JSON()
		j2, _ := second.JSON()
		if string(j1) != string(j2) {
			t.Errorf("%s: the run from the kept File differs from the first:\n%s\n%s", p.path, j1, j2)
		}
		kept++
	}
	if kept < len(progs)/2 {
		t.Errorf("only %d of %d programs parsed", kept, len(progs))
	}
}

// scopes describes a scope tree: each scope's kind, names, flags and slots.
func scopes(s *syntax.Scope) string {
	if s == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%v %q %q async=%v gen=%v coro=%v locals=%q cells=%q own=%d free=%q [", s.Kind, s.Name, s.Qualname, s.Async, s.Generator, s.Coroutine, s.LocalNames, s.Cells, s.NumCells, s.Free)
	for _, c := range s.Children {
		b.WriteString(scopes(c))
	}
	b.WriteString("]")
	return b.String()
}
