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

// AppendBinary appends the binary form of t to b, with head as its head: a
// JSON object the caller wrote, normally t.HeadJSON's.
func (t *Trace) AppendBinary(b []byte, head []byte) []byte {
	n, m := t.NumEvents(), t.NumSpans()
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

	// The trace's own strings are numbered already: each is added to the
	// table once, when first met, and its number there remembered.
	ts := &t.store
	st := stringTable{index: map[string]int32{"": 0}, units: []int32{0, 0}, count: 1}
	names := make([]int32, len(ts.names))
	for k, s := range ts.names {
		names[k] = -1
		if s == "" {
			names[k] = 0
		}
	}
	strs := make([]int32, ts.strs.len())
	for k := range strs {
		strs[k] = -1
	}
	if len(strs) > 0 {
		strs[0] = 0
	}
	name := func(k uint16) uint32 {
		if names[k] < 0 {
			names[k] = st.add(ts.names[k])
		}
		return uint32(names[k])
	}
	str := func(k int32) uint32 {
		if k == 0 {
			return 0
		}
		if strs[k] < 0 {
			strs[k] = st.add(*ts.strs.at(int(k)))
		}
		return uint32(strs[k])
	}
	ev := func(i int) *eventRec { return ts.events.at(i) }
	for i := range n {
		b = appendF64(b, float64(ev(i).time))
	}
	for i := range n {
		b = appendI32(b, ev(i).task)
	}
	for i := range n {
		b = binary.LittleEndian.AppendUint32(b, name(ev(i).kind))
	}
	for i := range n {
		b = appendI32(b, ev(i).line)
	}
	for i := range n {
		b = appendI32(b, ev(i).col)
	}
	for i := range n {
		b = binary.LittleEndian.AppendUint32(b, str(ev(i).detail))
	}
	for i := range n {
		b = appendI32(b, ev(i).related)
	}
	for i := range n {
		b = append(b, ev(i).stream)
	}
	b = align8(b, start)

	sp := func(i int) *spanRec { return ts.spans.at(i) }
	for i := range m {
		b = appendF64(b, float64(sp(i).start))
	}
	for i := range m {
		b = appendF64(b, float64(sp(i).end))
	}
	for i := range m {
		b = appendI32(b, sp(i).task)
	}
	for i := range m {
		b = appendI32(b, sp(i).from)
	}
	for i := range m {
		b = appendI32(b, sp(i).to)
	}
	for i := range m {
		b = binary.LittleEndian.AppendUint32(b, name(sp(i).state))
	}
	for i := range m {
		b = binary.LittleEndian.AppendUint32(b, str(sp(i).on))
	}
	for i := range m {
		b = appendI32(b, sp(i).onTask)
	}
	for i := range m {
		b = appendI32(b, sp(i).event)
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
	h.store = store{}
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

func appendI32(b []byte, v int32) []byte {
	return binary.LittleEndian.AppendUint32(b, uint32(v))
}

// align8 pads b with zeros until its length from start is a multiple of 8.
func align8(b []byte, start int) []byte {
	for (len(b)-start)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

func pad8(n int) int { return (n + 7) &^ 7 }
