package lesson

import (
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"taskline/engine/explain"
	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// rawHTMLAttr marks a document whose raw HTML may pass through.
const rawHTMLAttr = "taskline-raw-html"

// htmlRenderer writes playgrounds and exercises as HTML that reads well
// before any script runs: the code, the output, the error, what happened
// (the run's story and findings) and the tasks as text, with the trace and
// story inlined as JSON for the <taskline-playground> element (web/embed/)
// to take over. The element draws the timeline with the playground page's
// own code (web/src/timeline), so there is one drawing of it.
type htmlRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindPlayground, r.renderPlayground)
	reg.Register(KindExercise, r.renderExercise)
	reg.Register(ast.KindHTMLBlock, r.renderHTMLBlock)
	reg.Register(ast.KindRawHTML, r.renderRawHTML)
}

func rawAllowed(n ast.Node) bool {
	doc := n.OwnerDocument()
	if doc == nil {
		return false
	}
	v, ok := doc.AttributeString(rawHTMLAttr)
	return ok && v == true
}

// renderHTMLBlock writes raw HTML blocks through when the author opted in,
// and as visible escaped text otherwise.
func (r *htmlRenderer) renderHTMLBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.HTMLBlock)
	if !entering {
		return ast.WalkContinue, nil
	}
	raw := rawAllowed(n)
	if !raw {
		w.WriteString(`<pre class="tl-raw-html">`)
	}
	for i := 0; i < n.Lines().Len(); i++ {
		s := n.Lines().At(i)
		writeMaybeEscaped(w, s.Value(src), raw)
	}
	if n.HasClosure() {
		writeMaybeEscaped(w, n.ClosureLine.Value(src), raw)
	}
	if !raw {
		w.WriteString("</pre>\n")
	}
	return ast.WalkContinue, nil
}

func (r *htmlRenderer) renderRawHTML(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.RawHTML)
	raw := rawAllowed(n)
	for i := 0; i < n.Segments.Len(); i++ {
		s := n.Segments.At(i)
		writeMaybeEscaped(w, s.Value(src), raw)
	}
	return ast.WalkSkipChildren, nil
}

func writeMaybeEscaped(w util.BufWriter, b []byte, raw bool) {
	if raw {
		w.Write(b)
	} else {
		w.WriteString(html.EscapeString(string(b)))
	}
}

func attr(w util.BufWriter, name, value string) {
	fmt.Fprintf(w, ` %s="%s"`, name, html.EscapeString(value))
}

func (r *htmlRenderer) renderPlayground(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		writePlayground(w, node.(*Playground), false, false)
	}
	return ast.WalkSkipChildren, nil
}

// writePlayground writes the element. hideResult keeps the pre-rendered
// result hidden until the student has made a prediction. An exercise's
// starter shows what happened but not the pitfalls found, whose fix is the
// exercise's answer; the element is told to keep them hidden too.
func writePlayground(w util.BufWriter, p *Playground, hideResult, exercise bool) {
	in := p.Info
	story := p.Story
	if exercise && story != nil {
		s := *story
		s.Findings = nil
		story = &s
	}
	w.WriteString("<taskline-playground")
	if p.ID != "" {
		attr(w, "id", p.ID)
	}
	// "language", not "lang": lang names a human language for screen readers.
	attr(w, "language", in.Lang)
	if in.Lang == "python" {
		py := in.Python
		if py == "" {
			py = "3.11"
		}
		attr(w, "python", py)
	}
	if in.Height > 0 {
		attr(w, "height", strconv.Itoa(in.Height))
	}
	if in.Seed != 0 {
		attr(w, "seed", strconv.FormatInt(in.Seed, 10))
	}
	if in.Readonly {
		w.WriteString(" readonly")
	}
	if in.Autorun {
		w.WriteString(" autorun")
	}
	if in.Title != "" {
		attr(w, "title", in.Title)
	}
	if hideResult {
		w.WriteString(" predict")
	}
	if exercise {
		w.WriteString(" hide-findings")
	}
	if p.Line > 0 {
		attr(w, "data-line", strconv.Itoa(p.Line))
	}
	w.WriteString(">\n")
	if in.Title != "" {
		fmt.Fprintf(w, "<p class=\"tl-title\">%s</p>\n", html.EscapeString(in.Title))
	}
	fmt.Fprintf(w, "<pre class=\"tl-code\"><code class=\"language-%s\">%s</code></pre>\n", in.Lang, html.EscapeString(p.Source))
	if t := p.Trace; t != nil && !unsupportedLanguage(t) {
		writeResult(w, t, story, hideResult)
		// The run as the wasm worker hands it to the page (wasm/worker.go):
		// the trace's fields and the story beside them.
		// Both encoders escape <, > and & as encoding/json does, so the
		// script cannot end early.
		b := t.AppendJSON(nil)
		if story != nil {
			b = append(b[:len(b)-1], `,"story":`...)
			b = append(story.AppendJSON(b), '}')
		}
		fmt.Fprintf(w, "<script type=\"application/json\" class=\"taskline-result\">%s</script>\n", b)
	} else {
		w.WriteString("<p class=\"tl-note\">Not pre-rendered: this build cannot run " + html.EscapeString(in.Lang) + ". Press Run.</p>\n")
	}
	w.WriteString("</taskline-playground>\n")
}

// writeResult writes the output, the error, the story and the tasks of a
// run, as text.
func writeResult(w util.BufWriter, t *trace.Trace, story *explain.Story, hidden bool) {
	o := t.Outcome
	w.WriteString("<div class=\"tl-result\"")
	attr(w, "data-outcome", o.Kind)
	attr(w, "data-exit", strconv.Itoa(o.ExitCode))
	if hidden {
		w.WriteString(" hidden")
	}
	w.WriteString(">\n")
	out := o.Stdout
	errText := ""
	if o.Error != nil {
		errText = o.Stderr
	} else {
		out += o.Stderr
	}
	fmt.Fprintf(w, "<section class=\"tl-output\" aria-label=\"Output\"><pre>%s</pre></section>\n", html.EscapeString(out))
	if errText != "" {
		fmt.Fprintf(w, "<div class=\"tl-error\" role=\"alert\"><pre>%s</pre></div>\n", html.EscapeString(errText))
	}
	writeStory(w, story)
	writeTasks(w, t)
	w.WriteString("</div>\n")
}

// exerciseData is the JSON the exercise script reads: everything but the
// solution.
type exerciseData struct {
	ID      string            `json:"id"`
	Title   string            `json:"title"`
	Checks  []exercise.Check  `json:"checks"`
	Predict *exercise.Predict `json:"predict,omitempty"`
	Hints   int               `json:"hints"`
}

func (r *htmlRenderer) renderExercise(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	ex := node.(*Exercise)
	fmt.Fprintf(w, "<section class=\"tl-exercise\" aria-label=\"Exercise\" data-exercise=\"%s\">\n", html.EscapeString(ex.ID))
	if p := ex.Predict; p != nil {
		w.WriteString("<form class=\"tl-predict\">\n<fieldset>\n")
		fmt.Fprintf(w, "<legend>Predict first: %s</legend>\n", html.EscapeString(p.Question))
		for i, c := range p.Choices {
			fmt.Fprintf(w, "<label><input type=\"radio\" name=\"predict\" value=\"%d\"> %s</label>\n", i, html.EscapeString(c))
		}
		w.WriteString("<button type=\"submit\">Check my prediction</button>\n<p class=\"tl-predict-verdict\" aria-live=\"polite\"></p>\n</fieldset>\n</form>\n")
	}
	if ex.Starter != nil {
		writePlayground(w, ex.Starter, ex.Predict != nil, true)
	}
	var results []exercise.Result
	if ex.Starter != nil && ex.Starter.Trace != nil && !unsupportedLanguage(ex.Starter.Trace) {
		for i := range ex.Checks {
			results = append(results, ex.Checks[i].Eval(ex.Starter.Trace))
		}
	}
	w.WriteString("<section class=\"tl-checks\" aria-label=\"Checks\"")
	if ex.Predict != nil {
		w.WriteString(" hidden")
	}
	w.WriteString(">\n<h2>Checks</h2>\n<p class=\"tl-summary\" aria-live=\"polite\"></p>\n<ul>\n")
	for i, c := range ex.Checks {
		state, detail := "unknown", ""
		if results != nil {
			state = "fail"
			if results[i].Pass {
				state = "pass"
			} else {
				detail = results[i].Detail
			}
		}
		fmt.Fprintf(w, "<li class=\"tl-check\" data-check=\"%d\" data-state=\"%s\"><code>%s</code>", i, state, html.EscapeString(c.Text))
		fmt.Fprintf(w, "<span class=\"tl-detail\">%s</span>", html.EscapeString(detail))
		if c.Message != "" {
			fmt.Fprintf(w, "<span class=\"tl-message\"%s>%s</span>", hiddenIf(state != "fail"), html.EscapeString(c.Message))
		}
		w.WriteString("</li>\n")
	}
	w.WriteString("</ul>\n</section>\n")
	if len(ex.Hints) > 0 {
		w.WriteString("<section class=\"tl-hints\" aria-label=\"Hints\">\n")
		for i, h := range ex.Hints {
			fmt.Fprintf(w, "<div class=\"tl-hint\" data-hint=\"%d\" hidden>%s</div>\n", i, h.HTML)
		}
		fmt.Fprintf(w, "<button type=\"button\" class=\"tl-hint-button\">Show a hint (%d left)</button>\n</section>\n", len(ex.Hints))
	}
	data := exerciseData{ID: ex.ID, Title: ex.Meta.Title, Checks: ex.Checks, Predict: ex.Predict, Hints: len(ex.Hints)}
	if data.Checks == nil {
		data.Checks = []exercise.Check{}
	}
	b, _ := json.Marshal(data)
	fmt.Fprintf(w, "<script type=\"application/json\" class=\"tl-exercise-data\">%s</script>\n</section>\n", b)
	return ast.WalkSkipChildren, nil
}

func hiddenIf(b bool) string {
	if b {
		return " hidden"
	}
	return ""
}

// slug makes an id from a file name: "lessons/03-shield.md" → "03-shield".
func slug(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	return strings.TrimSuffix(file, ".md")
}
