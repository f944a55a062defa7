package py_test

import (
	"os"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// TestQueueShutdown313 runs a program using 3.13's Queue.shutdown and
// compares with what python3.13 printed (testdata/queue_shutdown_313.stdout,
// recorded with ~/.pyenv/versions/3.13.0/bin/python3.13). Until the 3.13
// corpus exists this is where 3.13-only behaviour is checked; under 3.11
// the same program fails at shutdown() with CPython 3.11's AttributeError.
func TestQueueShutdown313(t *testing.T) {
	src, err := os.ReadFile("testdata/queue_shutdown_313.py")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/queue_shutdown_313.stdout")
	if err != nil {
		t.Fatal(err)
	}
	tr := engine.Run(string(src), engine.Options{Lang: "python", Python: "3.13"})
	if tr.Outcome.Stdout != string(want) || tr.Outcome.Kind != trace.OutcomeOK {
		t.Errorf("3.13: got %s\n%s%s\nwant\n%s", tr.Outcome.Kind, tr.Outcome.Stdout, tr.Outcome.Stderr, want)
	}
	tr = engine.Run(string(src), engine.Options{Lang: "python", Python: "3.11"})
	if e := tr.Outcome.Error; e == nil || e.Line != "AttributeError: 'Queue' object has no attribute 'shutdown'" {
		t.Errorf("3.11: got %q", tr.Outcome.Stderr)
	}
}
