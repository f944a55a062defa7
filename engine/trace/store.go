package trace

import "iter"

// How a trace keeps its events and spans. A busy run records hundreds of
// thousands of them, so they are stored compactly and read through
// accessors (Event, Span, Events, Spans) that give back the Event and Span
// values the rest of Taskline works with:
//
//   - each record is a small struct of integers: times as int64, task ids,
//     positions and sequence numbers as int32, kinds and states as an index
//     into a short table of names, details and "on" texts as an index into
//     a table of strings, so an event costs 32 bytes and a span 48 (as
//     Event and Span values they took 80 and 88);
//   - records hold no pointers, so the collector never scans them, and the
//     strings they name are kept once each (most details repeat: "done",
//     "sleep", "Queue.get()");
//   - records live in blocks of a fixed size that are never moved: growing
//     the trace adds a block instead of copying everything into a slice
//     twice the size, so a run touches no more fresh memory than its
//     records take, and a million-event trace in the page costs about
//     80 MB of its memory budget instead of 176.

// blockShift sets the records per block (4,096): 128 KiB of events or
// 192 KiB of spans, few enough blocks for a million records that the
// block list itself is small. The first block starts small and doubles up
// to that size, so a trace of forty events does not take a whole block.
const (
	blockShift = 12
	blockSize  = 1 << blockShift
	blockMask  = blockSize - 1
)

// blocks is a growable array of T kept in fixed-size blocks.
type blocks[T any] struct {
	b [][]T
	n int
}

func (c *blocks[T]) len() int { return c.n }

func (c *blocks[T]) at(i int) *T { return &c.b[i>>blockShift][i&blockMask] }

func (c *blocks[T]) add(v T) int {
	k := len(c.b) - 1
	if k < 0 || len(c.b[k]) == blockSize {
		size := blockSize
		if k < 0 {
			size = 64
		}
		c.b = append(c.b, make([]T, 0, size))
		k++
	} else if last := c.b[k]; len(last) == cap(last) {
		// Only the first block grows, by doubling, up to blockSize.
		g := make([]T, len(last), min(2*cap(last), blockSize))
		copy(g, last)
		c.b[k] = g
	}
	c.b[k] = append(c.b[k], v)
	c.n++
	return c.n - 1
}

// pop removes the last record.
func (c *blocks[T]) pop() {
	k := len(c.b) - 1
	if len(c.b[k]) == 0 {
		// Emptied by the last pop, and kept for the next add.
		c.b = c.b[:k]
		k--
	}
	c.b[k] = c.b[k][:len(c.b[k])-1]
	c.n--
}

// eventRec is an Event as stored. kind indexes store.names, detail
// store.strs.
type eventRec struct {
	time    int64
	task    int32
	related int32
	line    int32
	col     int32
	detail  int32
	kind    uint16
	stream  uint8
}

// spanRec is a Span as stored. state indexes store.names, on store.strs.
type spanRec struct {
	start, end int64
	task       int32
	from, to   int32
	onTask     int32
	event      int32
	on         int32
	state      uint16
}

// internCap bounds the strings a trace (and its binary form's encoder)
// looks up before adding: kinds, states and repeated details are found at
// once, while a run that prints a million different lines does not build
// a million-entry map (those are kept once each, as they come).
const internCap = 1 << 16

// store is a trace's events and spans and the strings they name.
type store struct {
	events blocks[eventRec]
	spans  blocks[spanRec]
	// names are the kinds and states (a short vocabulary); strs the
	// details and "on" texts, strs[0] being "".
	names     []string
	nameIndex map[string]uint16
	strs      blocks[string]
	strIndex  map[string]int32
}

func (s *store) name(n string) uint16 {
	if k, ok := s.nameIndex[n]; ok {
		return k
	}
	if s.nameIndex == nil {
		s.nameIndex = map[string]uint16{}
	}
	if len(s.names) > 0xFFFF {
		panic("trace: more than 65,536 event kinds and states")
	}
	k := uint16(len(s.names))
	s.names = append(s.names, n)
	s.nameIndex[n] = k
	return k
}

func (s *store) str(v string) int32 {
	if v == "" {
		return 0
	}
	if k, ok := s.strIndex[v]; ok {
		return k
	}
	if s.strs.len() == 0 {
		s.strs.add("")
		s.strIndex = map[string]int32{}
	}
	k := int32(s.strs.add(v))
	if len(s.strIndex) < internCap {
		s.strIndex[v] = k
	}
	return k
}

func (s *store) strAt(k int32) string {
	if k == 0 {
		return ""
	}
	return *s.strs.at(int(k))
}

// NumEvents is the number of events recorded.
func (t *Trace) NumEvents() int { return t.store.events.len() }

// NumSpans is the number of spans recorded.
func (t *Trace) NumSpans() int { return t.store.spans.len() }

// Event returns event i (0 ≤ i < NumEvents).
func (t *Trace) Event(i int) Event {
	r := t.store.events.at(i)
	return Event{
		Time: r.time, Task: int(r.task), Kind: t.store.names[r.kind],
		Pos:    Pos{Line: int(r.line), Col: int(r.col)},
		Detail: t.store.strAt(r.detail), Related: int(r.related), Stream: int(r.stream),
	}
}

// Span returns span i (0 ≤ i < NumSpans).
func (t *Trace) Span(i int) Span {
	r := t.store.spans.at(i)
	return Span{
		Task: int(r.task), Start: r.start, End: r.end, From: int(r.from), To: int(r.to),
		State: t.store.names[r.state], On: t.store.strAt(r.on), OnTask: int(r.onTask), Event: int(r.event),
	}
}

// Events yields the events in order with their sequence numbers.
func (t *Trace) Events() iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		for i := range t.NumEvents() {
			if !yield(i, t.Event(i)) {
				return
			}
		}
	}
}

// Spans yields the spans in order with their indices.
func (t *Trace) Spans() iter.Seq2[int, Span] {
	return func(yield func(int, Span) bool) {
		for i := range t.NumSpans() {
			if !yield(i, t.Span(i)) {
				return
			}
		}
	}
}

// EventList and SpanList return copies of the events and spans as slices:
// for tests and small traces; a consumer of a big trace walks it instead.
func (t *Trace) EventList() []Event {
	l := make([]Event, 0, t.NumEvents())
	for _, e := range t.Events() {
		l = append(l, e)
	}
	return l
}

func (t *Trace) SpanList() []Span {
	l := make([]Span, 0, t.NumSpans())
	for _, s := range t.Spans() {
		l = append(l, s)
	}
	return l
}

// AddEvent appends e and returns its sequence number. The Recorder records
// events as a program runs; AddEvent is for building a trace otherwise
// (Decode, tests).
func (t *Trace) AddEvent(e Event) int {
	s := &t.store
	return s.events.add(eventRec{
		time: e.Time, task: int32(e.Task), related: int32(e.Related),
		line: int32(e.Pos.Line), col: int32(e.Pos.Col),
		detail: s.str(e.Detail), kind: s.name(e.Kind), stream: uint8(e.Stream),
	})
}

// AddSpan appends sp and returns its index.
func (t *Trace) AddSpan(sp Span) int {
	s := &t.store
	return s.spans.add(spanRec{
		start: sp.Start, end: sp.End, task: int32(sp.Task),
		from: int32(sp.From), to: int32(sp.To), onTask: int32(sp.OnTask), event: int32(sp.Event),
		on: s.str(sp.On), state: s.name(sp.State),
	})
}
