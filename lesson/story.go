package lesson

import (
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark/util"

	"taskline/engine/explain"
	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// writeStory writes what happened in a run, for readers without the script:
// the summary, the steps and the findings with their fix. The class names
// are those of web/src/story.js, which draws the same story once the
// element has taken over.
func writeStory(w util.BufWriter, s *explain.Story) {
	if s == nil {
		return
	}
	w.WriteString("<section class=\"tl-story\" aria-label=\"What happened\">\n<p class=\"tl-story-title\">What happened</p>\n")
	fmt.Fprintf(w, "<p class=\"story-summary\">%s</p>\n", html.EscapeString(s.Summary))
	if len(s.Steps) > 0 {
		w.WriteString("<ol class=\"story-steps\">\n")
		for _, st := range s.Steps {
			fmt.Fprintf(w, "<li class=\"story-step\" data-kind=\"%s\"><span class=\"story-kind\">%s</span> ", html.EscapeString(st.Kind), html.EscapeString(st.Kind))
			if st.Label != "" {
				fmt.Fprintf(w, "<code class=\"story-label\">%s</code> ", html.EscapeString(st.Label))
			}
			if st.Line > 0 {
				fmt.Fprintf(w, "<span class=\"story-line\">line %d</span> ", st.Line)
			}
			fmt.Fprintf(w, "<span class=\"story-text\">%s</span></li>\n", html.EscapeString(st.Text))
		}
		w.WriteString("</ol>\n")
	}
	if len(s.Findings) > 0 {
		w.WriteString("<section class=\"story-findings\" aria-label=\"What to change\">\n")
		for _, f := range s.Findings {
			title := f.Title
			if title == "" {
				title = f.ID
			}
			fmt.Fprintf(w, "<article class=\"finding\" data-id=\"%s\">\n<p class=\"finding-title\"><strong>%s</strong>", html.EscapeString(f.ID), html.EscapeString(title))
			if f.Line > 0 {
				fmt.Fprintf(w, " <span class=\"story-line\">line %d</span>", f.Line)
			}
			fmt.Fprintf(w, "</p>\n<p class=\"finding-why\">%s</p>\n", html.EscapeString(f.Text))
			if f.Fix != "" {
				w.WriteString("<figure class=\"finding-fix\"><figcaption>The fix</figcaption><pre class=\"diff\">")
				for _, l := range strings.Split(strings.TrimSuffix(f.Fix, "\n"), "\n") {
					if strings.HasPrefix(l, "--- ") || strings.HasPrefix(l, "+++ ") || strings.HasPrefix(l, "@@") {
						continue
					}
					class := "ctx"
					switch {
					case strings.HasPrefix(l, "+"):
						class = "add"
					case strings.HasPrefix(l, "-"):
						class = "del"
					}
					fmt.Fprintf(w, "<span class=\"%s\">%s</span>\n", class, html.EscapeString(l))
				}
				w.WriteString("</pre></figure>\n")
			}
			if f.Lesson != "" {
				fmt.Fprintf(w, "<p class=\"finding-actions\"><a class=\"finding-lesson\" href=\"%s\">Read the lesson</a></p>\n", html.EscapeString(f.Lesson))
			}
			w.WriteString("</article>\n")
		}
		w.WriteString("</section>\n")
	}
	w.WriteString("</section>\n")
}

// writeTasks writes the run's tasks or goroutines as a list: what each ran,
// where it was created and how and when it ended. It is the timeline for
// readers without the script; with it, the element draws the timeline
// itself from the trace inlined beside.
func writeTasks(w util.BufWriter, t *trace.Trace) {
	fmt.Fprintf(w, "<section class=\"tl-timeline\" aria-label=\"Timeline\" data-lanes=\"%d\" data-events=\"%d\">\n", len(t.Tasks), t.NumEvents())
	noun := "Tasks"
	if t.Lang == "go" {
		noun = "Goroutines"
	}
	fmt.Fprintf(w, "<p class=\"tl-story-title\">%s (the timeline is drawn when the page's script runs)</p>\n<ol class=\"tl-tasks\">\n", noun)
	for _, k := range t.Tasks {
		fmt.Fprintf(w, "<li data-task=\"%d\" data-end=\"%s\">", k.ID, html.EscapeString(k.End))
		if k.Label != "" && k.Label != k.Name {
			fmt.Fprintf(w, "<code>%s</code> (%s)", html.EscapeString(k.Label), html.EscapeString(k.Name))
		} else {
			fmt.Fprintf(w, "<code>%s</code>", html.EscapeString(k.Name))
			if k.Func != "" && k.Func != k.Name {
				fmt.Fprintf(w, " running <code>%s</code>", html.EscapeString(k.Func))
			}
		}
		if k.Pos.Line > 0 {
			fmt.Fprintf(w, ", created at line %d", k.Pos.Line)
		}
		w.WriteString(": " + html.EscapeString(taskEnd(k)) + "</li>\n")
	}
	w.WriteString("</ol>\n</section>\n")
}

// taskEnd says how a task ended, in words: "cancelled at 100ms".
func taskEnd(k trace.Task) string {
	at := ""
	if k.Ended >= 0 {
		at = " at " + exercise.Duration(k.Ended)
	}
	switch k.End {
	case trace.EndDone:
		if k.Result != "" && k.Result != "None" {
			return "returned " + k.Result + at
		}
		return "finished" + at
	case trace.EndFailed:
		if k.Result != "" {
			return "failed with " + k.Result + at
		}
		return "failed" + at
	case trace.EndCancelled:
		return "cancelled" + at
	case trace.EndPending:
		return "still pending when the run ended"
	case trace.EndLeaked:
		return "leaked: still blocked when main returned"
	}
	return k.End + at
}
