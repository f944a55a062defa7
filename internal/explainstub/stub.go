// Package explainstub is a temporary stand-in for taskline/engine/explain,
// written against the shared contract so that the page, the embed and the
// lessons can be built before the real package lands. It derives a crude
// story straight from trace events; delete it once engine/explain is in main.
package explainstub

import (
	"fmt"
	"strings"

	"taskline/engine/trace"
)

// Story is the contract's explain.Story.
type Story struct {
	Summary  string    `json:"summary"`
	Steps    []Step    `json:"steps"`
	Findings []Finding `json:"findings"`
}

// Step is the contract's explain.Step.
type Step struct {
	Kind  string `json:"kind"`
	Task  int    `json:"task"`
	Label string `json:"label"`
	Line  int    `json:"line"`
	Event int    `json:"event"`
	Text  string `json:"text"`
}

// Finding is the contract's explain.Finding.
type Finding struct {
	ID      string `json:"id"`
	Line    int    `json:"line"`
	Text    string `json:"text"`
	Fix     string `json:"fix"`
	Program string `json:"program,omitempty"`
	Lesson  string `json:"lesson,omitempty"`
	Title   string `json:"title"`
	Task    int    `json:"task"`
}

// Explain is the stand-in for explain.Explain.
func Explain(src string, tr *trace.Trace) *Story {
	s := &Story{Steps: []Step{}, Findings: []Finding{}}
	label := func(id int) string {
		if id < 0 || id >= len(tr.Tasks) {
			if tr.Lang == "go" {
				return "Go runtime"
			}
			return "event loop"
		}
		if l := tr.Tasks[id].Label; l != "" {
			return l
		}
		return tr.Tasks[id].Name
	}
	selfCancel, propagated := -1, false
	for i, e := range tr.Events {
		st := Step{Task: e.Task, Label: label(e.Task), Line: e.Pos.Line, Event: i}
		switch e.Kind {
		case trace.EvCancelRequest:
			st.Kind = "cancel-request"
			if e.Related == e.Task {
				st.Text = label(e.Task) + " cancelled its own task."
				if selfCancel < 0 {
					selfCancel = i
				}
			} else if e.Task < 0 {
				st.Kind = "shutdown-cancel"
				st.Text = "asyncio.run() cancelled " + label(e.Related) + " while shutting down."
			} else {
				st.Text = label(e.Task) + " asked to cancel " + label(e.Related) + "."
			}
		case trace.EvCancelDelivered:
			if e.Related >= 0 {
				propagated = true
				st.Kind = "propagate"
				st.Text = "The CancelledError of " + label(e.Related) + " was handed to " + label(e.Task) + "."
			} else {
				st.Kind = "cancel-delivered"
				st.Text = "CancelledError was raised in " + label(e.Task) + " at its await."
			}
		case trace.EvGroupError:
			st.Kind = "errgroup-first-error"
			st.Text = label(e.Task) + " returned the group's first error: " + e.Detail + "."
		case trace.EvCtxCancel:
			st.Kind = "ctx-cancel"
			st.Text = "The context was cancelled: " + e.Detail + "."
		case trace.EvCtxObserved:
			st.Kind = "ctx-observed"
			st.Text = label(e.Task) + " saw ctx.Done()."
		case trace.EvPanic:
			st.Kind = "panic"
			st.Text = label(e.Task) + " panicked: " + e.Detail + "."
		default:
			continue
		}
		s.Steps = append(s.Steps, st)
	}
	o := tr.Outcome
	if o.Error != nil {
		line := o.Error.Pos.Line
		if n := len(o.Error.Frames); n > 0 {
			line = o.Error.Frames[0].Line
		}
		s.Steps = append(s.Steps, Step{Kind: "uncaught", Task: o.Error.Task, Label: label(o.Error.Task), Line: line, Event: -1,
			Text: "Nothing caught " + o.Error.Line + ", so the program stopped."})
		s.Summary = fmt.Sprintf("The program ended with %s (exit status %d).", o.Error.Line, o.ExitCode)
	} else {
		s.Summary = fmt.Sprintf("The program finished (exit status %d).", o.ExitCode)
	}
	if selfCancel >= 0 && propagated && tr.Lang == "python" && strings.Contains(src, "asyncio.gather(") {
		lines := strings.Split(src, "\n")
		for i, l := range lines {
			k := strings.Index(l, "asyncio.gather(")
			if k < 0 || strings.Contains(l, "return_exceptions") || !strings.HasSuffix(strings.TrimRight(l, " "), ")") {
				continue
			}
			fixed := strings.TrimRight(l, " ")
			fixed = fixed[:len(fixed)-1] + ", return_exceptions=True)"
			ctx := func(j int) string {
				if j < 0 || j >= len(lines) {
					return ""
				}
				return " " + lines[j] + "\n"
			}
			fix := fmt.Sprintf("@@ -%d,3 +%d,3 @@\n%s-%s\n+%s\n%s", i, i, ctx(i-1), l, fixed, ctx(i+1))
			prog := append(append(append([]string{}, lines[:i]...), fixed), lines[i+1:]...)
			s.Findings = append(s.Findings, Finding{ID: "self-cancel-in-gather", Line: i + 1, Task: tr.Events[selfCancel].Task,
				Title: "A task in gather() cancels itself",
				Text:  "A child of gather() cancelled its own task; gather() then raises CancelledError in the awaiting task, which looks like main() itself was cancelled.",
				Fix:   fix, Program: strings.Join(prog, "\n"), Lesson: "/lessons/01-gather-self-cancel.html"})
			break
		}
	}
	return s
}
