//go:build js && wasm

package host

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

var sink [][]byte

// garbage allocates about n bytes that are dead at once.
func garbage(n int) {
	for i := 0; i < n>>12; i++ {
		sink = append(sink, make([]byte, 4096))
	}
	sink = nil
}

// After a run that left more garbage than CollectAfter, the worker
// collects; with less, or with CollectAfter 0, it leaves it to the runtime.
func TestCollectIfGrown(t *testing.T) {
	defer func(old uint64) { CollectAfter = old }(CollectAfter)
	// No collection but the ones the test makes.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	CollectAfter = 1 << 30
	garbage(4 << 20)
	n := gcCycles()
	collectIfGrown()
	if gcCycles() != n {
		t.Error("collected with less garbage than CollectAfter")
	}
	CollectAfter = 0
	collectIfGrown()
	if gcCycles() != n {
		t.Error("collected with CollectAfter 0")
	}
	CollectAfter = 1 << 20
	collectIfGrown()
	if gcCycles() == n {
		t.Error("4 MB of garbage and CollectAfter 1 MB: no collection")
	}
}
