package golite

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// A program run from its kept compiled form (progcache.go) must give the
// trace a fresh compilation gives, byte for byte: every Go program of the
// corpus and of the examples runs compiled afresh, then again from the
// cache. The examples also run under a seed after a default run, and are
// compared with that seed's fresh run: state a run leaves behind (package
// variables, stub functions compiled while it ran) must not reach the
// next.
func TestCompiledReuse(t *testing.T) {
	corpus, _ := filepath.Glob("../../testdata/go/*.go")
	examples, _ := filepath.Glob("../../examples/go/*.go")
	if len(corpus) < 300 || len(examples) < 10 {
		t.Fatalf("found %d corpus programs and %d examples", len(corpus), len(examples))
	}
	traceJSON := func(tr *trace.Trace) string {
		b, err := json.Marshal(tr)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	runOpts := func(src string, seed int64) string {
		return traceJSON(run(t, src, engine.Options{File: "prog.go", Seed: seed}))
	}
	kept := func(src string) bool {
		if cp := takeCompiled("prog.go", src); cp != nil {
			putCompiled(cp)
			return true
		}
		return false
	}
	defer forgetCompiled()
	reused := 0
	for _, f := range append(corpus, examples...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		forgetCompiled()
		fresh := runOpts(src, 0)
		if !kept(src) {
			continue // a compile error, or a construct not supported
		}
		reused++
		if again := runOpts(src, 0); again != fresh {
			t.Errorf("%s: the trace of a run from the kept compilation differs from a fresh one", filepath.Base(f))
		}
	}
	if reused < len(corpus)*9/10 {
		t.Errorf("only %d of %d programs were kept compiled", reused, len(corpus)+len(examples))
	}
	for _, f := range examples {
		b, _ := os.ReadFile(f)
		src := string(b)
		forgetCompiled()
		runOpts(src, 0)
		seeded := runOpts(src, 7)
		forgetCompiled()
		if fresh := runOpts(src, 7); seeded != fresh {
			t.Errorf("%s: seed 7 after a default run differs from seed 7 compiled afresh", filepath.Base(f))
		}
	}
}

// Package variables start each run at their zero values or initialisers,
// whatever the run before left in them.
func TestCompiledGlobalsStartAfresh(t *testing.T) {
	defer forgetCompiled()
	forgetCompiled()
	src := `package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	hits  [3]int
	pt    struct{ X, Y int }
	names = map[string]int{}
	n     int
)

func main() {
	mu.Lock()
	hits[1]++
	pt.Y++
	names["a"]++
	n++
	mu.Unlock()
	fmt.Println(hits, pt, names, n)
}
`
	for i := 0; i < 3; i++ {
		if out := run(t, src, engine.Options{}).Outcome.Stdout; out != "[0 1 0] {0 1} map[a:1] 1\n" {
			t.Errorf("run %d: stdout %q", i+1, out)
		}
	}
}

// A compiled program is used by one run at a time: a run beside it
// compiles its own, and the cache keeps one of them.
func TestCompiledTakenWhileRunning(t *testing.T) {
	defer forgetCompiled()
	forgetCompiled()
	src := example(t, "01_errgroup_first_error")
	want := run(t, src, engine.Options{}).Outcome.Stdout
	cp := takeCompiled("prog.go", src)
	if cp == nil {
		t.Fatal("the program was not kept after its run")
	}
	// While cp is out (as if running), another run compiles afresh.
	if got := run(t, src, engine.Options{}).Outcome.Stdout; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	putCompiled(cp)
	n := 0
	for _, e := range progCache.entries {
		if e.key == cp.key {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the cache holds the program %d times, want once", n)
	}
}

// A kept compilation holds no value of the run that made it: a program
// whose package variable grew large leaves nothing of it behind.
func TestCompiledKeepsNoValues(t *testing.T) {
	defer forgetCompiled()
	forgetCompiled()
	src := `package main

import "fmt"

var big []int

func main() {
	big = make([]int, 1<<16)
	fmt.Println(len(big))
}
`
	if out := run(t, src, engine.Options{}).Outcome.Stdout; out != "65536\n" {
		t.Fatalf("stdout %q", out)
	}
	cp := takeCompiled("prog.go", src)
	if cp == nil {
		t.Fatal("the program was not kept after its run")
	}
	defer putCompiled(cp)
	if cp.c.m != nil {
		t.Error("the kept compiler still points at the machine of the run")
	}
	for v, cell := range cp.c.globals {
		if cell.V.N != 0 || cell.V.R != nil {
			t.Errorf("package variable %s keeps a value", v.Name())
		}
	}
}
