package exercise

import (
	"strconv"

	"taskline/engine/trace"
)

// AppendJSON appends the check's JSON form (the one web/embed/checks.js
// evaluates) to b: exactly the bytes json.Marshal writes for it, which the
// tests compare on every check they parse. The teacher's page parses checks
// in the Python engine's browser module (wasm/checks.go), which thereby
// links no encoding/json.
func (c *Check) AppendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = trace.AppendJSONString(b, c.Kind)
	str := func(name, v string) {
		if v != "" {
			b = append(b, `,"`+name+`":`...)
			b = trace.AppendJSONString(b, v)
		}
	}
	num := func(name string, v int64) {
		if v != 0 {
			b = append(b, `,"`+name+`":`...)
			b = strconv.AppendInt(b, v, 10)
		}
	}
	str("want", c.Want)
	str("task", c.Task)
	str("by", c.By)
	num("time", c.Time)
	num("n", int64(c.N))
	b = append(b, `,"text":`...)
	b = trace.AppendJSONString(b, c.Text)
	str("message", c.Message)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(c.Line), 10)
	return append(b, '}')
}
