package trace

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// JSON returns the trace in its documented JSON form (docs/TRACE.md).
func (t *Trace) JSON() ([]byte, error) { return t.AppendJSON(make([]byte, 0, t.sizeHint())), nil }

// sizeHint is about the length of the trace's JSON, so that a big trace is
// written into one buffer instead of being copied as it grows.
func (t *Trace) sizeHint() int {
	return 512 + 200*len(t.Tasks) + 120*t.NumSpans() + 100*t.NumEvents() + len(t.Outcome.Stdout) + len(t.Outcome.Stderr)
}

// AppendJSON appends the trace's JSON form to b. It writes exactly the bytes
// json.Marshal writes for a Trace whose spans and events are slices
// (jsonTrace; the tests compare the two over the corpus); it exists because a stopped run with 100,000 tasks keeps a
// multi-megabyte trace, and encoding it by reflection cost the page most of
// the time between Stop and the stopped state.
func (t *Trace) AppendJSON(b []byte) []byte {
	b = append(b, `{"version":`...)
	b = strconv.AppendInt(b, int64(t.Version), 10)
	b = append(b, `,"lang":`...)
	b = AppendJSONString(b, t.Lang)
	b = append(b, `,"runtime":`...)
	b = AppendJSONString(b, t.Runtime)
	b = append(b, `,"file":`...)
	b = AppendJSONString(b, t.File)
	b = append(b, `,"tasks":`...)
	if t.Tasks == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range t.Tasks {
			if i > 0 {
				b = append(b, ',')
			}
			b = t.Tasks[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"spans":[`...)
	for i := range t.NumSpans() {
		if i > 0 {
			b = append(b, ',')
		}
		sp := t.Span(i)
		b = sp.appendJSON(b)
	}
	b = append(b, `],"events":[`...)
	for i := range t.NumEvents() {
		if i > 0 {
			b = append(b, ',')
		}
		e := t.Event(i)
		b = e.appendJSON(b)
	}
	b = append(b, ']')
	if t.Dropped != 0 {
		b = append(b, `,"dropped":`...)
		b = strconv.AppendInt(b, int64(t.Dropped), 10)
	}
	if t.DroppedTasks != 0 {
		b = append(b, `,"droppedTasks":`...)
		b = strconv.AppendInt(b, int64(t.DroppedTasks), 10)
	}
	if t.OutputDropped != 0 {
		b = append(b, `,"outputDropped":`...)
		b = strconv.AppendInt(b, t.OutputDropped, 10)
	}
	b = append(b, `,"outcome":`...)
	b = t.Outcome.appendJSON(b)
	return append(b, '}')
}

func (p Pos) appendJSON(b []byte) []byte {
	b = append(b, `{"line":`...)
	b = strconv.AppendInt(b, int64(p.Line), 10)
	if p.Col != 0 {
		b = append(b, `,"col":`...)
		b = strconv.AppendInt(b, int64(p.Col), 10)
	}
	return append(b, '}')
}

func (k *Task) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, int64(k.ID), 10)
	b = append(b, `,"kind":`...)
	b = AppendJSONString(b, k.Kind)
	b = append(b, `,"name":`...)
	b = AppendJSONString(b, k.Name)
	if k.Label != "" {
		b = append(b, `,"label":`...)
		b = AppendJSONString(b, k.Label)
	}
	b = append(b, `,"func":`...)
	b = AppendJSONString(b, k.Func)
	b = append(b, `,"parent":`...)
	b = strconv.AppendInt(b, int64(k.Parent), 10)
	b = append(b, `,"created":`...)
	b = strconv.AppendInt(b, k.Created, 10)
	b = append(b, `,"ended":`...)
	b = strconv.AppendInt(b, k.Ended, 10)
	b = append(b, `,"pos":`...)
	b = k.Pos.appendJSON(b)
	b = append(b, `,"defPos":`...)
	b = k.DefPos.appendJSON(b)
	b = append(b, `,"end":`...)
	b = AppendJSONString(b, k.End)
	if k.Result != "" {
		b = append(b, `,"result":`...)
		b = AppendJSONString(b, k.Result)
	}
	return append(b, '}')
}

func (s *Span) appendJSON(b []byte) []byte {
	b = append(b, `{"task":`...)
	b = strconv.AppendInt(b, int64(s.Task), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, s.Start, 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, s.End, 10)
	b = append(b, `,"from":`...)
	b = strconv.AppendInt(b, int64(s.From), 10)
	b = append(b, `,"to":`...)
	b = strconv.AppendInt(b, int64(s.To), 10)
	b = append(b, `,"state":`...)
	b = AppendJSONString(b, s.State)
	if s.On != "" {
		b = append(b, `,"on":`...)
		b = AppendJSONString(b, s.On)
	}
	b = append(b, `,"onTask":`...)
	b = strconv.AppendInt(b, int64(s.OnTask), 10)
	b = append(b, `,"event":`...)
	b = strconv.AppendInt(b, int64(s.Event), 10)
	return append(b, '}')
}

func (e *Event) appendJSON(b []byte) []byte {
	b = append(b, `{"t":`...)
	b = strconv.AppendInt(b, e.Time, 10)
	b = append(b, `,"task":`...)
	b = strconv.AppendInt(b, int64(e.Task), 10)
	b = append(b, `,"kind":`...)
	b = AppendJSONString(b, e.Kind)
	b = append(b, `,"pos":`...)
	b = e.Pos.appendJSON(b)
	if e.Detail != "" {
		b = append(b, `,"detail":`...)
		b = AppendJSONString(b, e.Detail)
	}
	b = append(b, `,"related":`...)
	b = strconv.AppendInt(b, int64(e.Related), 10)
	if e.Stream != 0 {
		b = append(b, `,"stream":`...)
		b = strconv.AppendInt(b, int64(e.Stream), 10)
	}
	return append(b, '}')
}

func (o *Outcome) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = AppendJSONString(b, o.Kind)
	b = append(b, `,"exitCode":`...)
	b = strconv.AppendInt(b, int64(o.ExitCode), 10)
	b = append(b, `,"stdout":`...)
	b = AppendJSONString(b, o.Stdout)
	b = append(b, `,"stderr":`...)
	b = AppendJSONString(b, o.Stderr)
	if o.Error != nil {
		b = append(b, `,"error":`...)
		b = o.Error.appendJSON(b)
	}
	if o.Key != "" {
		b = append(b, `,"key":`...)
		b = AppendJSONString(b, o.Key)
	}
	return append(b, '}')
}

func (e *Error) appendJSON(b []byte) []byte {
	b = append(b, `{"type":`...)
	b = AppendJSONString(b, e.Type)
	b = append(b, `,"message":`...)
	b = AppendJSONString(b, e.Message)
	b = append(b, `,"line":`...)
	b = AppendJSONString(b, e.Line)
	b = append(b, `,"pos":`...)
	b = e.Pos.appendJSON(b)
	b = append(b, `,"task":`...)
	b = strconv.AppendInt(b, int64(e.Task), 10)
	if len(e.Frames) != 0 {
		b = append(b, `,"frames":[`...)
		for i := range e.Frames {
			if i > 0 {
				b = append(b, ',')
			}
			f := &e.Frames[i]
			b = append(b, `{"file":`...)
			b = AppendJSONString(b, f.File)
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(f.Line), 10)
			if f.Col != 0 {
				b = append(b, `,"col":`...)
				b = strconv.AppendInt(b, int64(f.Col), 10)
			}
			b = append(b, `,"func":`...)
			b = AppendJSONString(b, f.Func)
			if f.Text != "" {
				b = append(b, `,"text":`...)
				b = AppendJSONString(b, f.Text)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// AppendJSONString appends s as a JSON string the way encoding/json writes
// it with its default HTML escaping: <, > and & as \u003c, \u003e, \u0026,
// control characters escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029
// escaped. engine/explain writes its story's strings with it too.
func AppendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonTrace is the JSON form's shape: a Trace's fields with its spans and
// events as slices, in the order the form writes them. AppendJSON writes
// what encoding/json writes for it.
type jsonTrace struct {
	Version       int     `json:"version"`
	Lang          string  `json:"lang"`
	Runtime       string  `json:"runtime"`
	File          string  `json:"file"`
	Tasks         []Task  `json:"tasks"`
	Spans         []Span  `json:"spans"`
	Events        []Event `json:"events"`
	Dropped       int     `json:"dropped,omitempty"`
	DroppedTasks  int     `json:"droppedTasks,omitempty"`
	OutputDropped int64   `json:"outputDropped,omitempty"`
	Outcome       Outcome `json:"outcome"`
}

// MarshalJSON is AppendJSON's form, so that encoding/json writes a Trace
// inside another value (a test's table, a server's response) as itself.
func (t *Trace) MarshalJSON() ([]byte, error) { return t.JSON() }

// UnmarshalJSON reads the JSON form of any version (Decode refuses those it
// does not know).
func (t *Trace) UnmarshalJSON(b []byte) error {
	var j jsonTrace
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = Trace{
		Version: j.Version, Lang: j.Lang, Runtime: j.Runtime, File: j.File, Tasks: j.Tasks,
		Dropped: j.Dropped, DroppedTasks: j.DroppedTasks, OutputDropped: j.OutputDropped, Outcome: j.Outcome,
	}
	for _, e := range j.Events {
		t.AddEvent(e)
	}
	for _, s := range j.Spans {
		t.AddSpan(s)
	}
	return nil
}

// Decode reads a trace written by JSON, refusing versions it does not know.
func Decode(b []byte) (*Trace, error) {
	var t Trace
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("trace: %v", err)
	}
	if t.Version != Version {
		return nil, fmt.Errorf("trace: version %d, this reader knows version %d", t.Version, Version)
	}
	return &t, nil
}
