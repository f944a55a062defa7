//go:build js && wasm

package host

import (
	"fmt"
	"strings"
	"testing"
)

func showChunks(cs []chunk) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%d:%q ", c.Stream, c.Text)
	}
	return strings.TrimSpace(b.String())
}

// TestOutputStream: writes of one stream are merged, a change of stream
// starts a new chunk, take empties the stream.
func TestOutputStream(t *testing.T) {
	var o outputStream
	o.write(1, "a\n")
	o.write(1, "b\n")
	o.write(2, "warn\n")
	o.write(0, "c\n") // stream 0 counts as stdout
	o.write(1, "")
	if got, want := showChunks(o.take()), `1:"a\nb\n" 2:"warn\n" 1:"c\n"`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := o.take(); len(got) != 0 {
		t.Errorf("second take = %s, want nothing", showChunks(got))
	}
	o.write(2, "x")
	if got, want := showChunks(o.take()), `2:"x"`; got != want {
		t.Errorf("after take: got %s, want %s", got, want)
	}
}

// TestOutputStreamLinear writes 10 MB in 100-byte pieces and checks it comes
// back whole: the page's output used to be merged by repeated string
// concatenation, quadratic in the number of pieces.
func TestOutputStreamLinear(t *testing.T) {
	var o outputStream
	piece := strings.Repeat("x", 99) + "\n"
	for range 100_000 {
		o.write(1, piece)
	}
	cs := o.take()
	if len(cs) != 1 || len(cs[0].Text) != 100*100_000 {
		t.Fatalf("got %d chunks, first %d bytes", len(cs), len(cs[0].Text))
	}
}

func TestOptions(t *testing.T) {
	// options reads a JS object; missing and mistyped fields keep defaults.
	o := options(jsObject(map[string]any{"lang": "go", "python": "3.7", "maxSteps": 1000, "maxMemory": 1 << 20, "seed": 3, "file": 5}))
	if o.Lang != "go" || o.Python != "3.7" || o.MaxSteps != 1000 || o.MaxMemory != 1<<20 || o.Seed != 3 || o.File != "" {
		t.Errorf("options = %+v", o)
	}
	if o := options(jsObject(nil)); o.Lang != "" || o.MaxSteps != 0 || o.MaxMemory != 0 {
		t.Errorf("empty options = %+v", o)
	}
}
