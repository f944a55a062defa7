package trace

import (
	"encoding/json"
	"fmt"
)

// chromeEvent is one record of the Chrome trace-event format, which Perfetto
// and chrome://tracing open. Times are in microseconds.
type chromeEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`
	Dur  *float64       `json:"dur,omitempty"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	S    string         `json:"s,omitempty"`
	ID   int            `json:"id,omitempty"`
	BP   string         `json:"bp,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// Chrome returns the trace as Chrome trace-event JSON: one thread per task
// (named by its label, then its name), one for the event loop or Go
// runtime if it did anything (thread 0, first), a complete event per span,
// an instant event per trace event, and flow arrows from canceller to
// cancelled and from the loop's timers to the tasks they wake.
func (t *Trace) Chrome() ([]byte, error) {
	us := func(ns int64) float64 { return float64(ns) / 1000 }
	evs := []chromeEvent{{Name: "process_name", Ph: "M", Pid: 1, Args: map[string]any{"name": "taskline " + t.File}}}
	for _, e := range t.Events() {
		if e.Task == LoopTask {
			evs = append(evs,
				chromeEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: LoopTask + 1, Args: map[string]any{"name": t.LoopLaneName()}},
				chromeEvent{Name: "thread_sort_index", Ph: "M", Pid: 1, Tid: LoopTask + 1, Args: map[string]any{"sort_index": -1}})
			break
		}
	}
	for _, task := range t.Tasks {
		name := task.Name
		if task.Label != "" {
			name = task.Label + " · " + task.Name
		}
		evs = append(evs,
			chromeEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: task.ID + 1, Args: map[string]any{"name": name}},
			chromeEvent{Name: "thread_sort_index", Ph: "M", Pid: 1, Tid: task.ID + 1, Args: map[string]any{"sort_index": task.ID}})
	}
	for _, s := range t.Spans() {
		d := us(s.End - s.Start)
		name := s.State
		if s.On != "" {
			name += " " + s.On
		}
		evs = append(evs, chromeEvent{Name: name, Cat: s.State, Ph: "X", Ts: us(s.Start), Dur: &d, Pid: 1, Tid: s.Task + 1})
	}
	flow := 0
	for i, e := range t.Events() {
		tid := e.Task + 1
		args := map[string]any{"seq": i}
		if e.Detail != "" {
			args["detail"] = e.Detail
		}
		if e.Pos.Line > 0 {
			args["line"] = e.Pos.Line
		}
		evs = append(evs, chromeEvent{Name: e.Kind, Cat: "event", Ph: "i", S: "t", Ts: us(e.Time), Pid: 1, Tid: tid, Args: args})
		switch {
		case e.Kind == EvCancelRequest && e.Related >= 0:
			flow++
			evs = append(evs,
				chromeEvent{Name: "cancel", Cat: "cancel", Ph: "s", Ts: us(e.Time), Pid: 1, Tid: tid, ID: flow},
				chromeEvent{Name: "cancel", Cat: "cancel", Ph: "f", BP: "e", Ts: us(deliveryTime(t, i)), Pid: 1, Tid: e.Related + 1, ID: flow})
		case e.Task == LoopTask && e.Related >= 0 && (e.Kind == EvTimer || e.Kind == EvTimeout):
			flow++
			evs = append(evs,
				chromeEvent{Name: e.Kind, Cat: "wake", Ph: "s", Ts: us(e.Time), Pid: 1, Tid: tid, ID: flow},
				chromeEvent{Name: e.Kind, Cat: "wake", Ph: "f", BP: "e", Ts: us(e.Time), Pid: 1, Tid: e.Related + 1, ID: flow})
		}
	}
	out := map[string]any{"traceEvents": evs, "displayTimeUnit": "ms",
		"otherData": map[string]any{"version": fmt.Sprint(t.Version), "runtime": t.Runtime}}
	return json.Marshal(out)
}

// deliveryTime finds when the cancellation requested by event i reached its
// target: the next cancel-delivered event of that task, or the request's own
// time if it was never delivered.
func deliveryTime(t *Trace, i int) int64 {
	target := t.Event(i).Related
	for j := i + 1; j < t.NumEvents(); j++ {
		if e := t.Event(j); e.Kind == EvCancelDelivered && e.Task == target {
			return e.Time
		}
	}
	return t.Event(i).Time
}
