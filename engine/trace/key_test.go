package trace

import (
	"hash/fnv"
	"strconv"
	"testing"
)

func TestOutcomeKey(t *testing.T) {
	panic1 := "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"
	panic7 := "panic: boom\n\ngoroutine 7 [running]:\nmain.work()\n"
	same := []struct{ a, b [3]any }{
		// A traceback's later lines differ between schedules of one outcome.
		{[3]any{"", panic1, 2}, [3]any{"", panic7, 2}},
		{[3]any{"winner: bob\n", "", 0}, [3]any{"winner: bob\n", "", 0}},
	}
	for _, c := range same {
		if key(c.a) != key(c.b) {
			t.Errorf("%q and %q: different keys", c.a, c.b)
		}
	}
	differ := [][2][3]any{
		{{"winner: bob\n", "", 0}, {"winner: alice\n", "", 0}},
		{{"winner: bob\n", "", 0}, {"winner: bob\n", "", 1}},
		{{"a", "", 0}, {"a\n", "", 0}},
		{{"", "panic: boom\n", 2}, {"", "panic: bang\n", 2}},
		// The separator keeps stdout and stderr apart.
		{{"ab", "", 0}, {"a", "b", 0}},
	}
	for _, c := range differ {
		if key(c[0]) == key(c[1]) {
			t.Errorf("%q and %q: the same key", c[0], c[1])
		}
	}
}

func key(o [3]any) string { return OutcomeKey(o[0].(string), o[1].(string), o[2].(int)) }

// The hash is FNV-1a, as hash/fnv computes it.
func TestOutcomeKeyIsFNV1a(t *testing.T) {
	h := fnv.New64a()
	h.Write([]byte("out\n\x00panic: boom\x002"))
	if got, want := OutcomeKey("out\n", "panic: boom\nmore", 2), strconv.FormatUint(h.Sum64(), 16); got != want {
		t.Errorf("OutcomeKey = %s, hash/fnv = %s", got, want)
	}
}
