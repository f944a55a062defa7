package asyncio

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"

	"taskline/engine/py/eval"
)

// TestLibFrameTable checks that libframes_table.go is what libframes/gen.go
// makes of libframes/frames.json today (run go generate when it fails).
func TestLibFrameTable(t *testing.T) {
	src, err := os.ReadFile("libframes/frames.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]map[string][][5]any
	if err := json.Unmarshal(src, &raw); err != nil {
		t.Fatal(err)
	}
	n := 0
	for v, kinds := range raw {
		for k, fs := range kinds {
			n++
			var want []eval.LibFrame
			for _, f := range fs {
				want = append(want, eval.LibFrame{File: f[0].(string), Line: int(f[1].(float64)), Func: f[2].(string), Text: f[3].(string), Carets: f[4].(string)})
			}
			var minor int
			fmt.Sscanf(v, "3.%d", &minor)
			got := (&runtime{minor: minor}).libFrames(k)
			if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: the table has %v, frames.json %v", v, k, got, want)
			}
		}
	}
	if n != len(libFrameTable) {
		t.Errorf("the table has %d sets, frames.json %d", len(libFrameTable), n)
	}
}
