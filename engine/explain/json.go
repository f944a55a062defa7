package explain

import (
	"strconv"

	"taskline/engine/trace"
)

// AppendJSON appends the story's JSON form to b: exactly the bytes
// json.Marshal writes for it (the golden tests compare the two on every
// story they check). It is written by hand so that the browser's Python
// engine module, which sends a story after every run, links no
// reflection-driven encoder: encoding/json and what only it pulls in were
// about a twentieth of that module's download.
func (s *Story) AppendJSON(b []byte) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"summary":`...)
	b = trace.AppendJSONString(b, s.Summary)
	b = append(b, `,"steps":`...)
	if s.Steps == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range s.Steps {
			if i > 0 {
				b = append(b, ',')
			}
			b = s.Steps[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"findings":`...)
	if s.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range s.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = s.Findings[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func (s *Step) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = trace.AppendJSONString(b, s.Kind)
	b = append(b, `,"task":`...)
	b = strconv.AppendInt(b, int64(s.Task), 10)
	b = append(b, `,"label":`...)
	b = trace.AppendJSONString(b, s.Label)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(s.Line), 10)
	b = append(b, `,"event":`...)
	b = strconv.AppendInt(b, int64(s.Event), 10)
	b = append(b, `,"text":`...)
	b = trace.AppendJSONString(b, s.Text)
	return append(b, '}')
}

func (f *Finding) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = trace.AppendJSONString(b, f.ID)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, `,"text":`...)
	b = trace.AppendJSONString(b, f.Text)
	b = append(b, `,"fix":`...)
	b = trace.AppendJSONString(b, f.Fix)
	if f.Program != "" {
		b = append(b, `,"program":`...)
		b = trace.AppendJSONString(b, f.Program)
	}
	if f.Lesson != "" {
		b = append(b, `,"lesson":`...)
		b = trace.AppendJSONString(b, f.Lesson)
	}
	b = append(b, `,"title":`...)
	b = trace.AppendJSONString(b, f.Title)
	b = append(b, `,"task":`...)
	b = strconv.AppendInt(b, int64(f.Task), 10)
	return append(b, '}')
}
