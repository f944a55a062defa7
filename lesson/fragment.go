package lesson

import (
	"bufio"
	"bytes"
	"fmt"

	"taskline/engine/explain"
	"taskline/engine/trace"
)

// Fragment runs a program and returns the pre-rendered <taskline-playground>
// element for it, as a run block on a lesson page is written: the code, the
// output, the error, what happened (the run's story and findings), the tasks
// as text and the trace and story as JSON. Docs-site
// integrations (integrations/ in the repository, through `taskline embed`)
// paste it into pages that goldmark does not build. in.Lang must be python
// or go; in.Role is ignored. The trace is returned too, for callers that
// check the outcome.
func Fragment(src string, in Info, opts ...Option) ([]byte, *trace.Trace, error) {
	if in.Lang != "python" && in.Lang != "go" {
		return nil, nil, fmt.Errorf("language %q: want python or go", in.Lang)
	}
	if in.Python != "" && in.Python != "3.11" && in.Python != "3.7" {
		return nil, nil, fmt.Errorf("python %q: want 3.11 or 3.7", in.Python)
	}
	if in.Lang != "python" {
		in.Python = ""
	}
	e := New(opts...)
	p := &Playground{Info: in, Source: src}
	p.Trace = e.run(src, in)
	if !unsupportedLanguage(p.Trace) {
		p.Story = explain.Explain(src, p.Trace)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	writePlayground(w, p, false, false)
	if err := w.Flush(); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), p.Trace, nil
}
