package golite

import (
	"os"
	"testing"

	"taskline/engine"
)

// TestGoLabels checks the lane label of every goroutine of
// testdata/labels.go, written from reading the program: the call as
// written, constants and values of basic types as %v prints them (strings
// %q, a time.Duration by its String()), other arguments by their text;
// closures by their one call, else by Go's name for them and their line;
// the goroutines of errgroup and of timers by what they run.
func TestGoLabels(t *testing.T) {
	src, err := os.ReadFile("testdata/labels.go")
	if err != nil {
		t.Fatal(err)
	}
	tr := run(t, string(src), engine.Options{File: "labels.go"})
	if tr.Outcome.Stdout != "done\n" || tr.Outcome.ExitCode != 0 {
		t.Fatalf("outcome %+v", tr.Outcome)
	}
	want := []string{
		"main()",
		`worker(ctx, "orders", 200ms, true)`, // constants
		`worker(ctx, "x", 1.5s, false)`,      // variables: their values at the go statement
		"work(0)", "work(1)",
		"work(i)",                // a closure's one call beside defer wg.Done(); i is captured, not passed
		`process(7, "job", "x")`, // the closure's parameters show what the go statement passed
		"main.func3 (line 54)",   // two calls: Go's name for the closure
		"s.run(3)",
		`sum("total", 1, 2, 3)`, // variadic
		`sum("vars", 4, 5)`,
		`sum("spread", xs...)`,
		"paint(red)", "paint(Red)", // Color has a String method: %v would call it
		`show(42, 4, "s", 2.5)`, // values passed as any
		"small(-3, 200, 1.25, 0.1)",
		"helper(36)",
		`process(-1, "abcdefghijkl...xyz0123456789", "tag")`, // long strings are cut in the middle
		"main.func4 (line 73)",
		`worker(ctx, "eg", 1m0s, true)`, // errgroup's goroutine runs the program's closure
		"task()",                        // ... or a named function
		"work(3)",                       // WaitGroup.Go's too
		"helper(9)",
		"time.AfterFunc(50ms, func() { close(stop) }) (line 79)",
		"deadline of ctx (line 33)",
	}
	if len(tr.Tasks) != len(want) {
		for _, tk := range tr.Tasks {
			t.Logf("%s %s", tk.Name, tk.Label)
		}
		t.Fatalf("%d goroutines, want %d", len(tr.Tasks), len(want))
	}
	for i, w := range want {
		if got := tr.Tasks[i].Label; got != w {
			t.Errorf("%s: label %s, want %s", tr.Tasks[i].Name, got, w)
		}
	}
}

// Closures are named as Go names them (checked with runtime.FuncForPC in a
// build of the same program): numbered within the function that contains
// them, a closure inside a closure after it.
func TestClosureNames(t *testing.T) {
	src := `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	f := func() { fmt.Println("f") }
	wg.Add(2)
	go func() {
		defer wg.Done()
		go func() { defer wg.Done(); fmt.Print(""); fmt.Print("") }()
		fmt.Print("")
	}()
	f()
	wg.Wait()
	wg.Add(1)
	go func() { defer wg.Done(); fmt.Print(""); fmt.Print("") }()
	wg.Wait()
}
`
	tr := run(t, src, engine.Options{})
	want := [][2]string{
		{"main.main", "main()"},
		{"main.main.func2", "main.func2 (line 12)"},
		{"main.main.func2.1", "main.func2.1 (line 14)"},
		{"main.main.func3", "main.func3 (line 20)"},
	}
	if len(tr.Tasks) != len(want) {
		t.Fatalf("%d goroutines, want %d", len(tr.Tasks), len(want))
	}
	for i, w := range want {
		if tk := tr.Tasks[i]; tk.Func != w[0] || tk.Label != w[1] {
			t.Errorf("%s: func %s label %s, want %s %s", tk.Name, tk.Func, tk.Label, w[0], w[1])
		}
	}
}
