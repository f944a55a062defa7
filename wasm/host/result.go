package host

// This file has no build constraint, unlike the rest of the package: the
// result's encoding is also what the build writes for the playground's
// first visit (Recorded, web/tools/firstrun.go), natively, and it must be
// the bytes the worker would send.

import (
	"taskline/engine"
	"taskline/engine/explain"
	"taskline/engine/trace"
)

// PageTraceLimit is the events (and spans) a run's trace keeps in the page
// (engine.Options.TraceLimit), ten times the command line's default: the
// timeline draws a million events in a frame's time, and the binary form
// carries them to it. In the engine they cost about 170 bytes each (an
// Event and a Span, with their strings shared), so a full trace is about
// 170 MB of the wasm module's memory, beside the program's 512 MiB budget
// (which counts it: sched.Memory measures the live heap).
const PageTraceLimit = 1_000_000

// resultBinary is what a run hands back: the trace in its binary form, with
// the story of the run (explain.Explain) added to its JSON head as "story",
// which the page's JS reads as result.story. Keeping the trace's fields at
// the top level lets every reader of a trace read a result. The head is
// written by hand-written encoders, which write what encoding/json would,
// so that the module every visitor downloads links no encoding/json.
func resultBinary(t *trace.Trace, s *explain.Story) []byte {
	return t.AppendBinary(nil, resultHead(t, s))
}

// resultHead is the JSON head of resultBinary: the trace without its events
// and spans, and the story.
func resultHead(t *trace.Trace, s *explain.Story) []byte {
	b := t.HeadJSON(nil)
	if s == nil {
		return b
	}
	return withStory(b, s.AppendJSON(nil))
}

// withStory adds the story's JSON to a trace's head (HeadJSON) as "story".
func withStory(head, story []byte) []byte {
	if story == nil {
		return head
	}
	head = append(head[:len(head)-1], `,"story":`...)
	head = append(head, story...)
	return append(head, '}')
}

// Recorded runs a program natively as the page's worker runs it (the
// trace limit of the page, the story explained) and returns the result the
// worker would hand back for it: the playground shows the seed example's
// recorded result while its engine is still loading, and the engine's own
// first run, the same bytes, then leaves it as it is.
func Recorded(src string, opts engine.Options) []byte {
	if opts.TraceLimit <= 0 {
		opts.TraceLimit = PageTraceLimit
	}
	t := engine.Run(src, opts)
	return resultBinary(t, explain.Explain(src, t))
}
