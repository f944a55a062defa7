package asyncio

import (
	"strings"
	"testing"
)

// TestLatency replays ex/o4_latency.py for CPython 3.11 (SEMANTICS.md
// §5.3): how many loop iterations pass between a child task's last step and
// the resumption of whoever waits for it through each combinator.
func TestLatency(t *testing.T) {
	tl := newTestLoop(false)
	l := tl.Loop
	doneAt := map[string]int{}
	child := func(tag string) func(y yielder) (Value, error) {
		return func(y yielder) (Value, error) {
			if _, err := l.sleep(y, 0, none); err != nil {
				return nil, err
			}
			doneAt[tag] = tl.it
			return tag, nil
		}
	}
	spawn := func(tag string) *Future { return &tl.spawn("", child(tag)).Future }
	measure := func(tag string) {
		tl.logf("%-28s child finished in it %d, awaiter resumed in it %d", tag, doneAt[tag], tl.it)
	}
	main := tl.spawn("", func(y yielder) (Value, error) {
		await(y, spawn("await task"))
		measure("await task")
		child("await coroutine (inline)")(y)
		measure("await coroutine (inline)")
		await(y, l.gather([]*Future{spawn("await gather(task)")}, false))
		measure("await gather(task)")
		await(y, l.shield(spawn("await shield(task)")))
		measure("await shield(task)")
		l.wait(y, []*Future{spawn("await wait([task])")}, 0, false, allCompleted, expiry{})
		measure("await wait([task])")
		a := l.asCompleted([]*Future{spawn("as_completed([task])")}, 0, false)
		a.waitForOne(y)
		measure("as_completed([task])")
		l.waitFor(y, spawn("wait_for(task, 10)"), 10, expiry{})
		measure("wait_for(task, 10)")
		l.waitFor(y, spawn("wait_for(coro, 10)"), 10, expiry{})
		measure("wait_for(coro, 10)")

		g := &TaskGroup{loop: l}
		if err := g.enter(); err != nil {
			return nil, err
		}
		g.adopt(tl.spawn("", child("TaskGroup exit")))
		if err := g.exit(y, nil); err != nil {
			return nil, err
		}
		measure("TaskGroup exit")

		to := l.newTimeout(l.time()+10, true)
		if err := to.enter(); err != nil {
			return nil, err
		}
		_, err := await(y, spawn("timeout(10): await task"))
		if err := to.exit(nil); err != nil {
			return nil, err
		}
		measure("timeout(10): await task")
		return none, err
	})
	if err := tl.run(&main.Future); err != nil {
		t.Fatal(err)
	}
	want := `[it 4] await task                   child finished in it 3, awaiter resumed in it 4
[it 5] await coroutine (inline)     child finished in it 5, awaiter resumed in it 5
[it 9] await gather(task)           child finished in it 7, awaiter resumed in it 9
[it 13] await shield(task)           child finished in it 11, awaiter resumed in it 13
[it 17] await wait([task])           child finished in it 15, awaiter resumed in it 17
[it 21] as_completed([task])         child finished in it 19, awaiter resumed in it 21
[it 25] wait_for(task, 10)           child finished in it 23, awaiter resumed in it 25
[it 29] wait_for(coro, 10)           child finished in it 27, awaiter resumed in it 29
[it 33] TaskGroup exit               child finished in it 31, awaiter resumed in it 33
[it 36] timeout(10): await task      child finished in it 35, awaiter resumed in it 36`
	if got := strings.Join(tl.log, "\n"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
