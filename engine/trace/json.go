package trace

import (
	"encoding/json"
	"fmt"
)

// JSON returns the trace in its documented JSON form (docs/TRACE.md).
func (t *Trace) JSON() ([]byte, error) { return json.Marshal(t) }

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
