package explain_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
)

// buggyOnPurpose lists the corpus programs written to show a pitfall, with
// the findings each must get. Every other corpus program is correct and
// must get none: a finding there is a false alarm.
var buggyOnPurpose = map[string]string{
	// A cancelled task catches CancelledError and carries on.
	"py/cancel_forwarded_inner_swallows.py":        "swallowed-cancel@9",
	"py/cancel_swallowed.py":                       "swallowed-cancel@9",
	"py/cancel_task_ignoring_then_awaits_again.py": "swallowed-cancel@9",
	"py/gather_outer_cancel_children_swallow.py":   "swallowed-cancel@9",
	"py/timeout_body_swallows.py":                  "swallowed-cancel@10",
	"py/wait_for_inner_swallows.py":                "swallowed-cancel@10",
	// The 3.11 programs copied into the 3.7 corpus (issue 11) find what they find in 3.11.
	"py37/cancel_forwarded_inner_swallows.py":     "swallowed-cancel@9",
	"py37/coroutine_never_awaited.py":             "task-never-awaited@11",
	"py37/gather_first_error_uncaught.py":         "gather-siblings-left-running@11",
	"py37/gather_self_cancel_except_exception.py": "self-cancel-in-gather@16",
	"py37/gather_self_cancel_raise_directly.py":   "gather-siblings-left-running@17",
	"py37/run_main_fails_leftover_cancelled.py":   "task-never-awaited@14",
	"py37/run_shutdown_error_in_leftover.py":      "task-never-awaited@14",
	"py37/run_shutdown_leftover_swallows.py":      "swallowed-cancel@9 task-never-awaited@17",
	// 3.7's cancel() takes no message: the TypeError it raises ends the gather early.
	"py37/gather_self_cancel_message.py":                     "gather-siblings-left-running@16",
	"py37/cancel_swallowed.py":                               "swallowed-cancel@8",
	"py37/except_exception_swallows_cancel.py":               "swallowed-cancel@9",    // 3.7: except Exception catches it
	"py37/cancelled_error_is_base_exception.py":              "swallowed-cancel@9",    // 3.7: except Exception catches it
	"py37/primitives_bind_lazily.py":                         "task-never-awaited@18", // 3.7: main fails, the setter is left
	"py37/wait_for_inner_swallows.py":                        "swallowed-cancel@9",
	"py/run_shutdown_leftover_swallows.py":                   "swallowed-cancel@9 task-never-awaited@17",
	"py/runner_runs_several_mains.py":                        "task-never-awaited@25", // a task left for Runner.close to cancel
	"py/warnings_warn_and_filters.py":                        "task-never-awaited@38", // a coroutine never awaited, for its warning
	"py37/run_shutdown_cancel_caught_by_except_exception.py": "swallowed-cancel@9 task-never-awaited@17",

	// A coroutine called and never awaited.
	"py/coroutine_never_awaited.py":          "task-never-awaited@11",
	"py/coroutine_never_awaited_native.py":   "task-never-awaited@11 task-never-awaited@13 task-never-awaited@16 task-never-awaited@18 task-never-awaited@19",
	"py37/coroutine_never_awaited_native.py": "task-never-awaited@11 task-never-awaited@13 task-never-awaited@16 task-never-awaited@18 task-never-awaited@19",

	// A fire-and-forget task that asyncio.run() cancels at shutdown.
	"py/run_main_fails_and_cleanup_fails.py":   "task-never-awaited@14",
	"py/run_main_fails_leftover_cancelled.py":  "task-never-awaited@14",
	"py/run_shutdown_cleanup_awaits.py":        "task-never-awaited@17",
	"py/run_shutdown_error_in_leftover.py":     "task-never-awaited@14",
	"py/run_shutdown_leftover_task.py":         "task-never-awaited@15",
	"py37/run_main_fails_and_cleanup_fails.py": "task-never-awaited@14",
	"py37/run_shutdown_leftover_task.py":       "task-never-awaited@13",

	// A fire-and-forget task whose exception nobody retrieves.
	"py/never_retrieved_exception.py":   "exception-never-retrieved@12",
	"py37/never_retrieved_exception.py": "exception-never-retrieved@10",

	// The seed and its variants: a gather() child cancels itself.
	"py/gather_self_cancel.py":                            "self-cancel-in-gather@18",
	"py/gather_self_cancel_caught_in_main.py":             "self-cancel-in-gather@19",
	"py/gather_self_cancel_except_exception.py":           "self-cancel-in-gather@16",
	"py/gather_self_cancel_inside_taskgroup.py":           "self-cancel-in-gather@17",
	"py37/gather_self_cancel.py":                          "self-cancel-in-gather@18",
	"py37/gather_self_cancel_except_exception_catches.py": "self-cancel-in-gather@16",

	// gather() passes the first error on and leaves the other children running.
	"py/gather_base_exception_child.py":               "gather-siblings-left-running@17",
	"py/gather_cancel_after_error.py":                 "gather-siblings-left-running@20",
	"py/gather_first_error.py":                        "gather-siblings-left-running@20",
	"py/gather_first_error_uncaught.py":               "gather-siblings-left-running@11",
	"py/gather_self_cancel_raise_directly.py":         "gather-siblings-left-running@17", // raises CancelledError itself, no cancel()
	"py/gather_self_cancel_wrapper_reraises_other.py": "gather-siblings-left-running@27",
	"py37/gather_child_cancelled_outer_exception.py":  "gather-siblings-left-running@13",
	"py37/gather_first_error.py":                      "gather-siblings-left-running@17",

	// Go: every goroutine asleep.
	"go/deadlock_main_recv.go":        "deadlock@10",
	"go/deadlock_mutex.go":            "deadlock@10",
	"go/deadlock_nil_chan.go":         "deadlock@10",
	"go/deadlock_select_empty.go":     "deadlock@9",
	"go/deadlock_ticker_unwatched.go": "deadlock@16", // a running Ticker keeps no program alive
	"go/deadlock_unbuffered_send.go":  "deadlock@9",
	"go/deadlock_waitgroup.go":        "waitgroup-misuse@15", // Add(2), one Done
	"go/panic_negative_wg.go":         "waitgroup-misuse@9",  // more Done than Add
}

// TestNoFalseAlarms runs Explain over every corpus program and every
// lesson's solution blocks.
func TestNoFalseAlarms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole corpus")
	}
	dirs := map[string]engine.Options{
		"py":   {Lang: "python", Python: "3.11"},
		"py37": {Lang: "python", Python: "3.7"},
		"go":   {Lang: "go"},
	}
	seen := map[string]bool{}
	for dir, o := range dirs {
		files, _ := filepath.Glob("../../testdata/" + dir + "/*")
		for _, f := range files {
			if !strings.HasSuffix(f, ".py") && !strings.HasSuffix(f, ".go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := dir + "/" + filepath.Base(f)
			seen[name] = true
			o.File = filepath.Base(f)
			st := explain.Explain(string(b), engine.Run(string(b), o))
			want := buggyOnPurpose[name]
			if want == "" {
				want = "-"
			}
			if got := findings(st); got != want {
				t.Errorf("%s: findings %s, want %s", name, got, want)
			}
			checkFixes(t, expectation{name: name, opts: o}, st)
		}
	}
	for name := range buggyOnPurpose {
		if !seen[name] {
			t.Errorf("buggyOnPurpose names %s, which is not in the corpus", name)
		}
	}
	lessons, _ := filepath.Glob("../../lessons/*.md")
	n := 0
	for _, l := range lessons {
		for _, bl := range lessonBlocks(t, l) {
			if !strings.HasPrefix(bl.info, "solution") {
				continue
			}
			n++
			st := explain.Explain(bl.src, engine.Run(bl.src, engine.Options{Lang: bl.lang, Python: bl.python}))
			if got := findings(st); got != "-" {
				t.Errorf("%s: a solution block has findings %s", l, got)
			}
		}
	}
	if n == 0 {
		t.Error("no lesson solution blocks found")
	}
}
