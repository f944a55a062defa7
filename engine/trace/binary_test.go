package trace_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

var update = flag.Bool("update", false, "rewrite web/test/fixtures/tracebin.*")

// decodeBinary reads the binary form back (the page's reader is
// web/src/tracebin.js; this one exists to test the encoder): the head's
// JSON with the columns' events and spans put in.
func decodeBinary(b []byte) (*trace.Trace, error) {
	if len(b) < 32 || string(b[:4]) != trace.BinaryMagic {
		return nil, fmt.Errorf("not a binary trace")
	}
	u32 := func(off int) int { return int(binary.LittleEndian.Uint32(b[off:])) }
	if v := u32(4); v != trace.BinaryVersion {
		return nil, fmt.Errorf("binary version %d", v)
	}
	headLen, n, m, k, textLen, units := u32(8), u32(12), u32(16), u32(20), u32(24), u32(28)
	var t trace.Trace
	if err := json.Unmarshal(b[32:32+headLen], &t); err != nil {
		return nil, err
	}
	off := 32 + (headLen+7)&^7
	f64 := func(count int) []float64 {
		out := make([]float64, count)
		for i := range out {
			out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[off+8*i:]))
		}
		off += 8 * count
		return out
	}
	i32 := func(count int) []int {
		out := make([]int, count)
		for i := range out {
			out[i] = int(int32(binary.LittleEndian.Uint32(b[off+4*i:])))
		}
		off += 4 * count
		return out
	}
	et, task, kind, line, col, detail, related := f64(n), i32(n), i32(n), i32(n), i32(n), i32(n), i32(n)
	stream := b[off : off+n]
	off = (off + n + 7) &^ 7
	start, end := f64(m), f64(m)
	stask, from, to, state, on, onTask, event := i32(m), i32(m), i32(m), i32(m), i32(m), i32(m), i32(m)
	offsets := i32(k + 1)
	text := b[off : off+textLen]
	if off+textLen != len(b) {
		return nil, fmt.Errorf("%d bytes after the strings", len(b)-off-textLen)
	}
	// The offsets count UTF-16 code units, as the page slices one decoded
	// string; here the text is cut by walking it.
	var cuts []int // byte offset of each UTF-16 unit boundary
	for i, r := range string(text) {
		cuts = append(cuts, i)
		if r >= 0x10000 {
			cuts = append(cuts, -1) // inside a surrogate pair
		}
	}
	cuts = append(cuts, len(text))
	if len(cuts)-1 != units {
		return nil, fmt.Errorf("strings are %d UTF-16 units, header says %d", len(cuts)-1, units)
	}
	str := func(i int) string { return string(text[cuts[offsets[i]]:cuts[offsets[i+1]]]) }
	for i := range n {
		t.AddEvent(trace.Event{Time: int64(et[i]), Task: task[i], Kind: str(kind[i]), Pos: trace.Pos{Line: line[i], Col: col[i]},
			Detail: str(detail[i]), Related: related[i], Stream: int(stream[i])})
	}
	for i := range m {
		t.AddSpan(trace.Span{Task: stask[i], Start: int64(start[i]), End: int64(end[i]), From: from[i], To: to[i],
			State: str(state[i]), On: str(on[i]), OnTask: onTask[i], Event: event[i]})
	}
	return &t, nil
}

// roundTrip checks that the binary form reads back as the JSON form does:
// both decoded, then compared (JSON writes a bad byte as \ufffd, which
// reads back as the U+FFFD the binary form holds).
func roundTrip(t *testing.T, name string, tr *trace.Trace) {
	t.Helper()
	got, err := decodeBinary(tr.AppendBinary(nil, tr.HeadJSON(nil)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	js, _ := tr.JSON()
	want, err := trace.Decode(js)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	a, _ := got.JSON()
	b, _ := want.JSON()
	if !bytes.Equal(a, b) {
		i := firstDiff(a, b)
		t.Errorf("%s: decoded binary differs from the JSON form at byte %d: %.200s\nwant %.200s", name, i, a[i:], b[i:])
	}
}

// decode(encode(t)) is t for every trace of the corpus, compared through
// the JSON form (which writes invalid UTF-8 as JSON does).
func TestBinaryMatchesJSON(t *testing.T) {
	for _, path := range corpusPrograms(t) {
		roundTrip(t, path, runFile(t, path))
	}
}

// The strings JSON escapes or replaces, astral characters (two UTF-16
// units in the page), and a detail repeated past the interning cap.
func TestBinaryStrings(t *testing.T) {
	odd := []string{"", "plain", "<script>&amp;</script>", "quote \" backslash \\", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"bad utf-8 \xff\xfe end", "cut \xe2\x82", "sep \u2028 \u2029 ok \u2027", "é 字 😀", "\xed\xa0\x80 surrogate", "\uFFFD real"}
	tr := &trace.Trace{Version: trace.Version, Lang: "python", Tasks: []trace.Task{}}
	for i, s := range odd {
		tr.AddEvent(trace.Event{Time: int64(i) << 40, Task: i - 1, Kind: s, Pos: trace.Pos{Line: i, Col: -i}, Detail: s, Related: -i, Stream: i % 3})
		tr.AddSpan(trace.Span{Task: i, Start: int64(i), End: math.MaxInt64 >> 11, From: i, To: i + 1, State: s, On: s, OnTask: -1, Event: i - 1})
	}
	roundTrip(t, "odd strings", tr)
	for i := range 1<<16 + 10 {
		tr.AddEvent(trace.Event{Kind: "print", Detail: fmt.Sprint("line ", i%(1<<16+5), " 😀\n"), Related: -1, Stream: 1})
	}
	roundTrip(t, "past the interning cap", tr)
	roundTrip(t, "empty", &trace.Trace{Version: trace.Version, Tasks: []trace.Task{}})
}

// fixtureProgram's trace is what the page's decoder is tested on
// (web/test/unit/tracebin.test.js): output with characters outside the
// BMP and a byte that is not UTF-8, goroutines, channels and a panic.
const fixtureProgram = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * time.Millisecond)
			ch <- fmt.Sprint("héllo 😀 ", i)
		}(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-ch)
	}
	fmt.Println(string([]byte{0xff, 'x'}))
	panic("done <&>")
}
`

// The page's decoder is tested on bytes this encoder wrote from a real run;
// -update rewrites them after a change to the format.
func TestBinaryFixture(t *testing.T) {
	tr := engine.Run(fixtureProgram, engine.Options{Lang: "go"})
	if tr.NumEvents() < 20 {
		t.Fatalf("the fixture program recorded only %d events", tr.NumEvents())
	}
	bin := tr.AppendBinary(nil, tr.HeadJSON(nil))
	js, _ := tr.JSON()
	const dir = "../../web/test/fixtures/"
	if *update {
		if err := os.WriteFile(dir+"tracebin.bin", bin, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"tracebin.json", append(js, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	oldBin, err1 := os.ReadFile(dir + "tracebin.bin")
	oldJSON, err2 := os.ReadFile(dir + "tracebin.json")
	if err1 != nil || err2 != nil || !bytes.Equal(oldBin, bin) || !bytes.Equal(bytes.TrimSuffix(oldJSON, []byte("\n")), js) {
		t.Errorf("web/test/fixtures/tracebin.* are not what the encoder writes; go test ./engine/trace -run Fixture -update")
	}
	roundTrip(t, "fixture", tr)
}

func BenchmarkBinaryStopped100k(b *testing.B) {
	tr := bigTrace(b)
	head := tr.HeadJSON(nil)
	b.ResetTimer()
	for b.Loop() {
		out := tr.AppendBinary(nil, head)
		b.SetBytes(int64(len(out)))
	}
}
