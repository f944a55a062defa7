//go:build js && wasm

package host

import (
	"strings"
	"syscall/js"
)

// An outputStream holds the program's output between two yields to the
// worker's event loop (engine.Options.Output) and then hands it to the worker
// script's tasklineOutput(stream, text), one call per run of one stream. The
// worker forwards it to the page, which keeps it; that is how a run whose
// engine dies (a trap, the Go runtime out of memory) still shows what it
// printed. Writes go into a strings.Builder, so the cost is linear in the
// output's size however small the pieces.
type outputStream struct {
	stream int // stream of the text in cur: 1 stdout, 2 stderr
	cur    strings.Builder
	done   []chunk // finished runs since the last flush
}

// A chunk is a run of output from one stream: 1 stdout, 2 stderr.
type chunk struct {
	Stream int
	Text   string
}

func (o *outputStream) write(stream int, text string) {
	if stream != 2 {
		stream = 1
	}
	if text == "" {
		return
	}
	if o.cur.Len() > 0 && o.stream != stream {
		o.done = append(o.done, chunk{o.stream, o.cur.String()})
		o.cur = strings.Builder{}
	}
	o.stream = stream
	o.cur.WriteString(text)
}

// take returns the output written since the last take.
func (o *outputStream) take() []chunk {
	if o.cur.Len() > 0 {
		o.done = append(o.done, chunk{o.stream, o.cur.String()})
		o.cur = strings.Builder{}
	}
	out := o.done
	o.done = nil
	return out
}

// flush hands the output written since the last flush to the worker script.
func (o *outputStream) flush() {
	send := js.Global().Get("tasklineOutput")
	for _, c := range o.take() {
		if send.Type() == js.TypeFunction {
			send.Invoke(c.Stream, c.Text)
		}
	}
}
