package golite

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"taskline/engine"
)

// resetStdCache forgets the stub packages checked so far (tests only).
func resetStdCache() {
	stdMu.Lock()
	defer stdMu.Unlock()
	stdFset = newStdFset()
	stdFiles = nil
	stdPkgs = map[string]*stdEntry{}
}

// Runs that load the shared stub packages at the same time, each importing
// another set of them (so that their FileSets copy the stub files in
// different orders), must give the traces they give one at a time. Run
// with -race to check the sharing itself.
func TestConcurrentRunsShareStubs(t *testing.T) {
	files, err := filepath.Glob("../../examples/go/*.go")
	if err != nil || len(files) < 4 {
		t.Fatalf("examples: %v %d", err, len(files))
	}
	srcs := make([]string, len(files))
	for i, f := range files {
		srcs[i] = example(t, strings.TrimSuffix(filepath.Base(f), ".go"))
	}
	traceOf := func(src string) string {
		tr := run(t, src, engine.Options{File: "prog.go"})
		b, err := json.Marshal(tr)
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	resetStdCache()
	got := make([]string, len(srcs))
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = traceOf(src)
		}()
	}
	wg.Wait()
	for i, src := range srcs {
		resetStdCache()
		if want := traceOf(src); got[i] != want {
			t.Errorf("%s: the trace of a run made beside others differs from the run made alone", filepath.Base(files[i]))
		}
	}
}
