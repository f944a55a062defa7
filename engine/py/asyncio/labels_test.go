package asyncio_test

import (
	"os"
	"testing"

	"taskline/engine"
)

// TestLabels checks the lane label of every task of testdata/labels: the
// call its coroutine came from, with arguments shortened as CPython's
// reprlib.repr shortens them (each expected string below was checked with
// `python3 -c "import reprlib; print(reprlib.repr(...))"` on the same
// value), after the task's name when the program named it.
func TestLabels(t *testing.T) {
	if !hasPython() {
		t.Skip("the Python engine is not registered")
	}
	src, err := os.ReadFile("testdata/labels/labels.py")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", File: "labels.py"})
	if tr.Outcome.ExitCode != 0 || tr.Outcome.Stdout != "" {
		t.Fatalf("outcome %+v: labelling must not run the program's code", tr.Outcome)
	}
	want := []string{
		"main()",
		"worker('a', 0.1)",
		"worker('abcdefghijkl...xyz0123456789', 100000000000000000...0000000000000000000)",
		"worker([0, 1, 2, 3, 4, 5, ...], {'a': [1, [2, [3, [4, [5, [...]]]]]], 'b': 1, 'c': 3, 'd': 4, ...})",
		"opts(1)",
		"opts(1, 5, 6, 7, key='k', z=(1,), y={1, 2, 3})",
		"opts(b=3, a=None)",
		"fetcher: worker('x', 1)",
		"Client.get('/orders')",
		"Client.make(3)",
		"sleep(1)",
		"wait_for(worker('w', 2), 1)",
		"worker(b'bytes', True)",
		"worker(ValueError('boom'), frozenset())",
		`inner("it's")`,
		"worker('éééééééééééé...ééééééééééééé', None)",
		"worker(<Job object>, [])",
		"worker('early', 0)",
		"renamed: worker('late', 0)",
		"Queue.get()",
		"wait([<Task Task-2>])", // a task in an argument: its name
		"worker('w', 2)",        // the task wait_for makes of its coroutine
	}
	if len(tr.Tasks) != len(want) {
		for _, tk := range tr.Tasks {
			t.Logf("%s %s", tk.Name, tk.Label)
		}
		t.Fatalf("%d tasks, want %d", len(tr.Tasks), len(want))
	}
	for i, w := range want {
		if got := tr.Tasks[i].Label; got != w {
			t.Errorf("task %d (%s): label %s, want %s", i, tr.Tasks[i].Name, got, w)
		}
	}
}
