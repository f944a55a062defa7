package trace

import (
	"encoding/binary"
	"math"
	"unicode/utf8"
)

// The binary form carries a trace from the wasm engine to the page: a JSON
// head (everything but the events and spans, plus whatever the host adds,
// such as the story) and the events and spans as columns, one typed array
// per field, with their strings in one table. A million events cost about
// 33 bytes each instead of about 100 of JSON, and the page reads each column
// as a typed array over the bytes it received, with no parsing.
// web/src/tracebin.js is its only reader; docs/TRACE.md gives the layout.
//
// Every number is little-endian. The buffer begins with BinaryMagic and
// seven uint32s: the format's version, the head's length in bytes, the
// number of events, of spans and of strings, and the strings' length in
// UTF-8 bytes and in UTF-16 code units. Then, each section starting at a
// multiple of 8:
//
//	head     the head's JSON (UTF-8)
//	events   t float64[n]; task, kind, line, col, detail, related int32[n]; stream uint8[n]
//	spans    start, end float64[m]; task, from, to, state, on, onTask, event int32[m]
//	strings  offsets int32[k+1], in UTF-16 code units; the strings' UTF-8 bytes
//
// kind, detail, state and on are indices into the strings; string 0 is "",
// which stands for an absent detail or on. Times are float64 because the
// page reads them as JavaScript numbers, which JSON gives it too. Strings
// are written as JSON writes them: invalid UTF-8 becomes U+FFFD, one per
// bad byte, so that the page's TextDecoder reads what JSON.parse would.
const (
	BinaryMagic   = "TLTB"
	BinaryVersion = 1
)

// binaryHeader is the bytes before the head: the magic and seven uint32s.
const binaryHeader = 4 + 7*4

// internCap bounds the strings the encoder looks up before adding: kinds,
// states and repeated details are found at once, while a run that prints a
// million different lines does not build a million-entry map (those are
// written once each, as they come).
const internCap = 1 << 16

// AppendBinary appends the binary form of t to b, with head as its head: a
// JSON object the caller wrote, normally t.HeadJSON's. A trace whose Events
// or Spans are nil reads back with empty ones.
func (t *Trace) AppendBinary(b []byte, head []byte) []byte {
	n, m := len(t.Events), len(t.Spans)
	start := len(b)
	// The columns' size is known; the strings' is not until they are seen.
	size := binaryHeader + pad8(len(head)) + pad8(n*33) + m*44 + 64
	if free := cap(b) - len(b); free < size {
		g := make([]byte, len(b), len(b)+size+size/8)
		copy(g, b)
		b = g
	}
	b = append(b, BinaryMagic...)
	b = binary.LittleEndian.AppendUint32(b, BinaryVersion)
	b = append(b, make([]byte, 6*4)...) // counts, filled in at the end
	b = append(b, head...)
	b = align8(b, start)

	st := stringTable{index: map[string]int32{"": 0}, units: []int32{0, 0}, count: 1}
	for i := range t.Events {
		b = appendF64(b, float64(t.Events[i].Time))
	}
	for i := range t.Events {
		b = appendI32(b, t.Events[i].Task)
	}
	for i := range t.Events {
		b = binary.LittleEndian.AppendUint32(b, uint32(st.add(t.Events[i].Kind)))
	}
	for i := range t.Events {
		b = appendI32(b, t.Events[i].Pos.Line)
	}
	for i := range t.Events {
		b = appendI32(b, t.Events[i].Pos.Col)
	}
	for i := range t.Events {
		b = binary.LittleEndian.AppendUint32(b, uint32(st.add(t.Events[i].Detail)))
	}
	for i := range t.Events {
		b = appendI32(b, t.Events[i].Related)
	}
	for i := range t.Events {
		b = append(b, byte(t.Events[i].Stream))
	}
	b = align8(b, start)

	for i := range t.Spans {
		b = appendF64(b, float64(t.Spans[i].Start))
	}
	for i := range t.Spans {
		b = appendF64(b, float64(t.Spans[i].End))
	}
	for i := range t.Spans {
		b = appendI32(b, t.Spans[i].Task)
	}
	for i := range t.Spans {
		b = appendI32(b, t.Spans[i].From)
	}
	for i := range t.Spans {
		b = appendI32(b, t.Spans[i].To)
	}
	for i := range t.Spans {
		b = binary.LittleEndian.AppendUint32(b, uint32(st.add(t.Spans[i].State)))
	}
	for i := range t.Spans {
		b = binary.LittleEndian.AppendUint32(b, uint32(st.add(t.Spans[i].On)))
	}
	for i := range t.Spans {
		b = appendI32(b, t.Spans[i].OnTask)
	}
	for i := range t.Spans {
		b = appendI32(b, t.Spans[i].Event)
	}

	for _, u := range st.units {
		b = binary.LittleEndian.AppendUint32(b, uint32(u))
	}
	b = append(b, st.text...)

	h := b[start+8:]
	binary.LittleEndian.PutUint32(h[0:], uint32(len(head)))
	binary.LittleEndian.PutUint32(h[4:], uint32(n))
	binary.LittleEndian.PutUint32(h[8:], uint32(m))
	binary.LittleEndian.PutUint32(h[12:], uint32(st.count))
	binary.LittleEndian.PutUint32(h[16:], uint32(len(st.text)))
	binary.LittleEndian.PutUint32(h[20:], uint32(st.units[len(st.units)-1]))
	return b
}

// HeadJSON appends t's JSON form with empty events and spans: the head of
// its binary form, to which a host may add fields before AppendBinary.
func (t *Trace) HeadJSON(b []byte) []byte {
	h := *t
	h.Events, h.Spans = []Event{}, []Span{}
	return h.AppendJSON(b)
}

// stringTable is the binary form's strings: their text, one after another,
// and where each begins and ends in UTF-16 code units (string k is
// units[k] to units[k+1]; string 0 is "").
type stringTable struct {
	index map[string]int32
	text  []byte
	units []int32
	count int32
}

func (st *stringTable) add(s string) int32 {
	if k, ok := st.index[s]; ok {
		return k
	}
	k := st.count
	st.count++
	if len(st.index) < internCap {
		st.index[s] = k
	}
	end := st.units[len(st.units)-1]
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			st.text = append(st.text, "\uFFFD"...) // as JSON writes it
			end++
		case r >= 0x10000:
			st.text = append(st.text, s[i:i+size]...)
			end += 2 // a surrogate pair
		default:
			st.text = append(st.text, s[i:i+size]...)
			end++
		}
		i += size
	}
	st.units = append(st.units, end)
	return k
}

func appendF64(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

func appendI32(b []byte, v int) []byte {
	return binary.LittleEndian.AppendUint32(b, uint32(int32(v)))
}

// align8 pads b with zeros until its length from start is a multiple of 8.
func align8(b []byte, start int) []byte {
	for (len(b)-start)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

func pad8(n int) int { return (n + 7) &^ 7 }
