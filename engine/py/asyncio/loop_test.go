package asyncio

import (
	"fmt"
	"strings"
	"testing"
)

// TestOrderingO1 replays SEMANTICS.md §5.2 (ex/o1_ordering.py, identical on
// CPython 3.7-3.13) with coroutines written in Go, and compares the
// iteration in which every line is logged.
func TestOrderingO1(t *testing.T) {
	tl := newTestLoop(false)
	l := tl.Loop
	sleep0 := func(y yielder) error { _, err := l.sleep(y, 0, none); return err }
	main := tl.spawn("", func(y yielder) (Value, error) {
		var cb func(name, resched string)
		cb = func(name, resched string) {
			tl.logf("cb %s", name)
			if resched != "" {
				tl.callSoon(func() { cb(resched, "") })
			}
		}
		tl.callLater(0, func() { cb("later0", "") })
		tl.callSoon(func() { cb("s1", "s1-child") })
		tl.callSoon(func() { cb("s2", "") })
		tl.logf("main: scheduled later0, s1, s2; now sleep(0)")
		sleep0(y)
		tl.logf("main resumed after sleep(0)")
		sleep0(y)

		pinger := func(name string, n int) func(y yielder) (Value, error) {
			return func(y yielder) (Value, error) {
				for i := 0; i < n; i++ {
					tl.logf("%s step %d", name, i)
					sleep0(y)
				}
				tl.logf("%s done", name)
				return name, nil
			}
		}
		t1 := tl.spawn("", pinger("P", 3))
		t2 := tl.spawn("", pinger("Q", 2))
		tl.logf("main: created P, Q (not started yet)")
		r, _ := await(y, &t1.Future)
		tl.logf("main: await P -> %v", r)
		await(y, &t2.Future)
		tl.logf("main: await Q (already done) returned without yielding")

		r3 := tl.spawn("", pinger("R", 1))
		r, _ = await(y, l.gather([]*Future{&r3.Future}, false))
		tl.logf("main: gather -> %s", l.rt.repr(r))

		fut := l.newFuture()
		tl.callSoon(func() { tl.logf("setter runs"); fut.setResult("v") })
		r, _ = await(y, fut)
		tl.logf("main: awaiting fut -> %v", r)

		inner := func(y yielder) (Value, error) {
			_, err := l.sleep(y, 10, none)
			if err != nil {
				tl.logf("INNER got CancelledError")
			}
			return nil, err
		}
		outer := func(y yielder) (Value, error) {
			_, err := await(y, &tl.spawn("", inner).Future)
			if err != nil {
				tl.logf("OUTER got CancelledError")
			}
			return nil, err
		}
		o := tl.spawn("", outer)
		sleep0(y)
		sleep0(y)
		tl.logf("main: o.cancel()")
		o.cancel(nil)
		if _, err := await(y, &o.Future); err != nil {
			tl.logf("main: OUTER finished cancelled = %v", o.cancelled())
		}
		return none, nil
	})
	if err := tl.run(&main.Future); err != nil {
		t.Fatal(err)
	}
	want := `[it 1] main: scheduled later0, s1, s2; now sleep(0)
[it 2] cb s1
[it 2] cb s2
[it 2] main resumed after sleep(0)
[it 2] cb later0
[it 3] cb s1-child
[it 3] main: created P, Q (not started yet)
[it 4] P step 0
[it 4] Q step 0
[it 5] P step 1
[it 5] Q step 1
[it 6] P step 2
[it 6] Q done
[it 7] P done
[it 8] main: await P -> P
[it 8] main: await Q (already done) returned without yielding
[it 9] R step 0
[it 10] R done
[it 12] main: gather -> [R]
[it 13] setter runs
[it 14] main: awaiting fut -> v
[it 16] main: o.cancel()
[it 17] INNER got CancelledError
[it 18] OUTER got CancelledError
[it 19] main: OUTER finished cancelled = true`
	if got := strings.Join(tl.log, "\n"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestEqualDeadlines checks that 12 call_at with the same deadline run in
// heapq order (SEMANTICS.md §5, ex/o2_timers.py).
func TestEqualDeadlines(t *testing.T) {
	tl := newTestLoop(false)
	var order []int
	when := tl.time() + 0.05
	for i := 0; i < 12; i++ {
		tl.callAtPy(when, func() { order = append(order, i) })
	}
	done := tl.newFuture()
	tl.callAtPy(when+1, func() { done.setResult(none) })
	if err := tl.run(done); err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(order), "[0 2 6 5 11 10 9 8 7 1 3 4]"; got != want {
		t.Errorf("order %s, want %s", got, want)
	}
}

// TestCallLaterFIFO checks that call_later timers set one after another
// fire in creation order, and that a due timer runs after the handles
// already queued.
func TestCallLaterFIFO(t *testing.T) {
	tl := newTestLoop(false)
	var order []int
	for i := 0; i < 12; i++ {
		tl.callLater(0.1, func() { order = append(order, i) })
	}
	done := tl.newFuture()
	tl.callLater(0.2, func() { done.setResult(none) })
	if err := tl.run(done); err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(order), "[0 1 2 3 4 5 6 7 8 9 10 11]"; got != want {
		t.Errorf("order %s, want %s", got, want)
	}
	if now := tl.peekTime(); now < 0.2 || now > 0.2001 {
		t.Errorf("clock at %v after the last timer, want 0.2", now)
	}
}

// TestCancelledTimerPurge checks both ways _run_once drops cancelled
// timers: from the head of the heap, and by rebuilding the heap once more
// than 100 timers are scheduled and more than half are cancelled.
func TestCancelledTimerPurge(t *testing.T) {
	tl := newTestLoop(false)
	var fired []int
	var hs []*Handle
	for i := 0; i < 150; i++ {
		hs = append(hs, tl.callLater(float64(i+1), func() { fired = append(fired, i) }))
	}
	for i := 0; i < 150; i++ {
		if i%3 != 0 {
			hs[i].Cancel()
		}
	}
	if tl.timerCancelled != 100 {
		t.Fatalf("timerCancelled = %d, want 100", tl.timerCancelled)
	}
	tl.callSoon(func() {}) // something ready, so the first iteration does not wait
	if err := tl.runOnce(); err != nil {
		t.Fatal(err)
	}
	if n := tl.timers.Len(); n != 50 || tl.timerCancelled != 0 {
		t.Fatalf("after the purge: %d timers, %d cancelled; want 50, 0", n, tl.timerCancelled)
	}
	for tl.timers.Len() > 0 {
		if err := tl.runOnce(); err != nil {
			t.Fatal(err)
		}
	}
	if len(fired) != 50 || fired[0] != 0 || fired[49] != 147 {
		t.Errorf("fired %v", fired)
	}
	// Below the threshold only the head is purged.
	tl = newTestLoop(false)
	a := tl.callLater(1, func() {})
	tl.callLater(2, func() {})
	c := tl.callLater(3, func() {})
	a.Cancel()
	c.Cancel()
	tl.callSoon(func() {})
	tl.runOnce()
	if n := tl.timers.Len(); n != 2 || tl.timerCancelled != 1 {
		t.Errorf("head purge: %d timers, %d cancelled; want 2, 1", n, tl.timerCancelled)
	}
}

// TestWakeSlack checks the clock model: timers within a millisecond of the
// first deadline fire in the same iteration; the clock stands at the last
// deadline served.
func TestWakeSlack(t *testing.T) {
	tl := newTestLoop(false)
	var log []string
	tl.callAtPy(0.1, func() { log = append(log, fmt.Sprintf("a@%d", tl.it)) })
	tl.callAtPy(0.1005, func() { log = append(log, fmt.Sprintf("b@%d", tl.it)) })
	tl.callAtPy(0.102, func() { log = append(log, fmt.Sprintf("c@%d", tl.it)) })
	for tl.timers.Len() > 0 {
		tl.it++
		if err := tl.runOnce(); err != nil {
			t.Fatal(err)
		}
		if tl.it == 1 && tl.peekTime() != 0.1005 {
			t.Errorf("clock %v after the first wake-up, want 0.1005", tl.peekTime())
		}
	}
	if got := fmt.Sprint(log); got != "[a@1 b@1 c@2]" {
		t.Errorf("fired %s, want [a@1 b@1 c@2]", got)
	}
	if _, ok := tl.runOnce().(ErrWaitForever); !ok {
		t.Errorf("an empty loop must report that it would wait forever")
	}
}

// TestCancelBeforeStart checks that a task cancelled before its first step
// never runs its body, and (3.11) ends cancelled; and that in 3.7 a task
// cancelling itself right before returning ends finished with a
// CancelledError, while 3.11 marks it cancelled.
func TestCancelBeforeStart(t *testing.T) {
	for _, py37 := range []bool{false, true} {
		tl := newTestLoop(py37)
		ran := false
		notStarted := tl.spawn("", func(y yielder) (Value, error) { ran = true; return none, nil })
		notStarted.cancel(nil)
		var self *Task
		self = tl.spawn("", func(y yielder) (Value, error) { self.cancel(nil); return 5, nil })
		main := tl.spawn("", func(y yielder) (Value, error) {
			tl.Loop.sleep(y, 0.1, none)
			return none, nil
		})
		if err := tl.run(&main.Future); err != nil {
			t.Fatal(err)
		}
		if ran || !notStarted.cancelled() {
			t.Errorf("py37=%v: body ran=%v, cancelled=%v; want false, true", py37, ran, notStarted.cancelled())
		}
		if py37 {
			if self.cancelled() || self.exc == nil || !tl.rt.isCancelledError(self.exc) {
				t.Errorf("3.7: self-cancel before return: cancelled=%v exc=%v; want finished with CancelledError", self.cancelled(), self.exc)
			}
		} else if !self.cancelled() {
			t.Errorf("3.11: self-cancel before return must end cancelled")
		}
	}
}
