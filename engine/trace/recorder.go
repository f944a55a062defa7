package trace

import (
	"strings"
	"unicode/utf8"
)

// Recorder builds a Trace while a program runs. Engines call it; it keeps the
// one open span per task so that spans never overlap and always tile a task's
// life from creation to end.
//
// The clock is read through Now, which the engine sets to its virtual clock.
type Recorder struct {
	T   *Trace
	Now func() int64

	open []int32 // per task: index of its open span, or -1
	// Limit caps the number of events kept, and of spans (0: no cap). Past
	// it, events are dropped and Dropped counts them, and spans stop
	// changing (each task keeps its last state until it ends), so a runaway
	// program cannot exhaust memory through its trace. NewRecorder sets it
	// to DefaultLimit.
	Limit   int
	Dropped int
	// TaskLimit caps the number of tasks kept (0: no cap). Past it, AddTask
	// returns NoTask: the task runs as usual but gets no lane, and its
	// events and spans are not recorded; DroppedTasks counts such tasks.
	// A program that creates 100,000 tasks thus keeps a trace a page can
	// draw. NewRecorder sets it to DefaultTaskLimit.
	TaskLimit    int
	DroppedTasks int
	// OutputLimit caps the bytes of each stream (stdout, stderr) the trace
	// keeps (0: no cap). Past it the text is not kept — neither in the
	// outcome nor in print events — and OutputDropped counts it; the
	// engine's Output hook still sees every byte, so the command line
	// prints all of it. A program that prints for ever then ends at its
	// step budget, as it would print on in CPython or Go, instead of
	// filling the memory budget with its own output. NewRecorder sets it to
	// DefaultOutputLimit.
	OutputLimit   int
	OutputDropped int64

	stdout, stderr strings.Builder
}

// DefaultOutputLimit is the bytes of each output stream a trace keeps
// unless the engine says otherwise: far more than a page shows (the page
// cuts what it shows at 1 MB), small beside the memory budget.
const DefaultOutputLimit = 16 << 20

// DefaultLimit is the number of events (and of spans) a trace keeps unless
// the engine says otherwise: enough for any program a person reads on a
// timeline, and about 8 MB of records at most.
const DefaultLimit = 100_000

// DefaultTaskLimit is the number of tasks a trace keeps unless the engine
// says otherwise: far more lanes than a person can read, and few enough
// that a page draws them.
const DefaultTaskLimit = 10_000

// NoTask is the ID AddTask returns for a task past TaskLimit. Recorder
// methods ignore it (events of such a task are counted in Dropped).
const NoTask = -2

// NewRecorder returns a recorder for a trace of the given language.
func NewRecorder(lang, runtime, file string, now func() int64) *Recorder {
	return &Recorder{
		Limit:       DefaultLimit,
		TaskLimit:   DefaultTaskLimit,
		OutputLimit: DefaultOutputLimit,
		T: &Trace{
			Version: Version, Lang: lang, Runtime: runtime, File: file,
			Tasks: []Task{},
		},
		Now: now,
	}
}

// AddTask registers a task and returns its ID. The task starts in state
// StateReady; it records an EvCreate event by the parent.
func (r *Recorder) AddTask(kind, name, fn string, parent int, pos, defPos Pos) int {
	if r.TaskLimit > 0 && len(r.T.Tasks) >= r.TaskLimit {
		r.DroppedTasks++
		return NoTask
	}
	if parent == NoTask {
		parent = -1 // created by a task that has no lane: drawn on the loop's
	}
	id := len(r.T.Tasks)
	now := r.Now()
	if n := len(r.T.Tasks); n == cap(r.T.Tasks) {
		// Double: append alone grows a long slice by a quarter at a
		// time, copying a run's task table into fresh memory again and
		// again.
		g := make([]Task, n, max(2*n, 64))
		copy(g, r.T.Tasks)
		r.T.Tasks = g
	}
	r.T.Tasks = append(r.T.Tasks, Task{
		ID: id, Kind: kind, Name: name, Func: fn, Parent: parent,
		Created: now, Ended: -1, Pos: pos, DefPos: defPos, End: EndPending,
	})
	r.open = append(r.open, -1)
	ev := r.Event(parent, EvCreate, pos, name, id)
	r.SetState(id, StateReady, "", -1, ev)
	return id
}

// Rename changes a task's name (set_name).
func (r *Recorder) Rename(id int, name string) {
	if id >= 0 && id < len(r.T.Tasks) {
		r.T.Tasks[id].Name = name
	}
}

// SetLabel sets what a task's lane is labelled with (Task.Label).
func (r *Recorder) SetLabel(id int, label string) {
	if id >= 0 && id < len(r.T.Tasks) {
		r.T.Tasks[id].Label = label
	}
}

// SetState closes the task's open span and opens one in the new state. A
// change to the state it is already in, with the same target, is ignored.
func (r *Recorder) SetState(id int, state, on string, onTask, event int) {
	if id < 0 || id >= len(r.open) {
		return
	}
	now := r.Now()
	from := r.seq()
	if event >= 0 && event < from {
		from = event // the span begins with the event that caused it
	}
	st := &r.T.store
	if r.Limit > 0 && st.spans.len() >= r.Limit {
		return // past the cap: the task keeps its last state
	}
	if k := r.open[id]; k >= 0 {
		s := st.spans.at(int(k))
		if st.names[s.state] == state && st.strAt(s.on) == on && s.onTask == int32(onTask) {
			return
		}
		s.end, s.to = now, max(s.from, int32(from))
		if s.end == s.start && s.to == s.from && int(k) == st.spans.len()-1 {
			// Empty in time and in events: reuse its slot.
			st.spans.pop()
		}
	}
	r.open[id] = int32(st.spans.add(spanRec{
		task: int32(id), start: now, end: now, from: int32(from), to: int32(from),
		state: st.name(state), on: st.str(on), onTask: int32(onTask), event: int32(event),
	}))
}

// EndTask closes the task's last span and records how it ended.
func (r *Recorder) EndTask(id int, end, result string) {
	if id < 0 || id >= len(r.open) {
		return
	}
	now := r.Now()
	if k := r.open[id]; k >= 0 {
		s := r.T.store.spans.at(int(k))
		s.end, s.to = now, int32(r.seq())
		r.open[id] = -1
	}
	t := &r.T.Tasks[id]
	t.Ended, t.End, t.Result = now, end, result
}

// seq is the sequence number the next event will get.
func (r *Recorder) seq() int { return r.T.store.events.len() }

// Event records an event and returns its index, or -1 if it was dropped.
func (r *Recorder) Event(task int, kind string, pos Pos, detail string, related int) int {
	return r.event(task, kind, pos, detail, related, 0)
}

func (r *Recorder) event(task int, kind string, pos Pos, detail string, related, stream int) int {
	st := &r.T.store
	if (r.Limit > 0 && st.events.len() >= r.Limit) || task == NoTask {
		r.Dropped++
		return -1
	}
	if related == NoTask {
		related = -1
	}
	return st.events.add(eventRec{
		time: r.Now(), task: int32(task), related: int32(related),
		line: int32(pos.Line), col: int32(pos.Col),
		detail: st.str(detail), kind: st.name(kind), stream: uint8(stream),
	})
}

// LastEvent returns the last event recorded and true, or false if there is
// none.
func (r *Recorder) LastEvent() (Event, bool) {
	n := r.T.NumEvents()
	if n == 0 {
		return Event{}, false
	}
	return r.T.Event(n - 1), true
}

// SetLastSpanEvent makes ev the event that began the span opened last, if
// that span is task's: Go mode records why a goroutine parked (the send or
// receive event) after its state changed.
func (r *Recorder) SetLastSpanEvent(task, ev int) {
	if n := r.T.NumSpans(); n > 0 {
		if s := r.T.store.spans.at(n - 1); int(s.task) == task {
			s.event = int32(ev)
		}
	}
}

// Print records output on stream 1 (stdout) or 2 (stderr).
func (r *Recorder) Print(task int, stream int, text string, pos Pos) {
	b := &r.stdout
	if stream == 2 {
		b = &r.stderr
	}
	if r.OutputLimit > 0 && b.Len()+len(text) > r.OutputLimit {
		keep := max(r.OutputLimit-b.Len(), 0)
		for keep > 0 && !utf8.RuneStart(text[keep]) {
			keep-- // never cut a character in two
		}
		r.OutputDropped += int64(len(text) - keep)
		text = text[:keep]
		if text == "" {
			return
		}
	}
	b.WriteString(text)
	r.event(task, EvPrint, pos, text, -1, stream)
}

// Stdout and Stderr return what was printed so far.
func (r *Recorder) Stdout() string { return r.stdout.String() }
func (r *Recorder) Stderr() string { return r.stderr.String() }

// Finish closes every open span at the current time, marking tasks that never
// ended with the given state (EndPending for asyncio, EndLeaked for Go), copies
// the output into the outcome and the count of dropped events into
// Trace.Dropped, and returns the trace.
func (r *Recorder) Finish(unended string) *Trace {
	now := r.Now()
	r.T.Outcome.Stdout, r.T.Outcome.Stderr = r.stdout.String(), r.stderr.String()
	r.T.Dropped = r.Dropped
	r.T.DroppedTasks = r.DroppedTasks
	r.T.OutputDropped = r.OutputDropped
	for id, k := range r.open {
		if k >= 0 {
			s := r.T.store.spans.at(int(k))
			s.end, s.to = now, int32(r.seq())
			r.open[id] = -1
		}
		if r.T.Tasks[id].Ended < 0 {
			r.T.Tasks[id].End = unended
		}
	}
	return r.T
}
