package lesson

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.abhg.dev/goldmark/frontmatter"

	"taskline/engine/explain"
	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// transformer collects the fenced blocks the extension owns, then replaces
// them: a {run} block becomes a Playground (run now, at build time), and an
// exercise's parts (starter, solution, hints, checks, predict) become one
// Exercise where the starter was.
type transformer struct {
	ext *Extender
	md  goldmark.Markdown // for rendering hints
}

// lines maps byte offsets of the source to 1-based line numbers.
type lines []int

func newLines(src []byte) lines {
	l := lines{0}
	for i, c := range src {
		if c == '\n' {
			l = append(l, i+1)
		}
	}
	return l
}

func (l lines) at(off int) (line, col int) {
	i := sort.Search(len(l), func(i int) bool { return l[i] > off }) - 1
	return i + 1, off - l[i] + 1
}

// block is one fenced block the extension owns.
type block struct {
	node      *ast.FencedCodeBlock
	info      Info
	kind      string // the role, or "checks", "hint", "predict"
	body      string
	line, col int // of the info string
	bodyLine  int // first line of the body
}

func (t *transformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	ln := newLines(src)
	meta := t.readMeta(pc)
	pc.Set(metaKey, meta)
	if meta.HTML || t.ext.rawHTML {
		doc.SetAttributeString(rawHTMLAttr, true)
	}

	var blocks []block
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fb, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok || fb.Info == nil {
			return ast.WalkContinue, nil
		}
		seg := fb.Info.Segment
		infoText := string(seg.Value(src))
		line, col := ln.at(seg.Start)
		b := block{node: fb, line: line, col: col, bodyLine: line + 1}
		var body strings.Builder
		for i := 0; i < fb.Lines().Len(); i++ {
			s := fb.Lines().At(i)
			body.Write(s.Value(src))
		}
		b.body = body.String()
		switch strings.TrimSpace(infoText) {
		case "checks", "hint", "predict":
			b.kind = strings.TrimSpace(infoText)
			blocks = append(blocks, b)
			return ast.WalkSkipChildren, nil
		}
		in, err := parseInfo(infoText, col)
		if err != nil {
			var ce *colError
			if errors.As(err, &ce) {
				addDiag(pc, line, ce.col, "%s", ce.msg)
			} else {
				addDiag(pc, line, col, "%v", err)
			}
			return ast.WalkSkipChildren, nil
		}
		if in.Role == "" {
			return ast.WalkSkipChildren, nil
		}
		b.info, b.kind = in, in.Role
		blocks = append(blocks, b)
		return ast.WalkSkipChildren, nil
	})

	var ex *Exercise
	var exAnchor ast.Node
	runs := 0
	for _, b := range blocks {
		switch b.kind {
		case RoleRun:
			runs++
			p := t.playground(pc, b, fmt.Sprintf("run-%d", runs))
			t.checkExpect(pc, p)
			b.node.Parent().ReplaceChild(b.node.Parent(), b.node, p)
			continue
		}
		if ex == nil {
			ex = &Exercise{Meta: meta, ID: slug(fileOf(pc))}
		}
		line := b.line
		switch b.kind {
		case RoleStarter:
			if ex.Starter != nil {
				addDiag(pc, line, b.col, "second starter block (the first is at line %d)", ex.Starter.Line)
				break
			}
			ex.Starter = t.playground(pc, b, "exercise")
			exAnchor = b.node
			continue // replaced below
		case RoleSolution:
			if ex.Solution != nil {
				addDiag(pc, line, b.col, "second solution block (the first is at line %d)", ex.Solution.Line)
				break
			}
			ex.Solution = t.playground(pc, b, "solution")
		case "checks":
			cs, errs := exercise.ParseChecks(b.body, b.bodyLine)
			for _, err := range errs {
				var e *exercise.Error
				if errors.As(err, &e) {
					addDiag(pc, e.Line, e.Col, "%s", e.Msg)
				}
			}
			ex.Checks = append(ex.Checks, cs...)
		case "hint":
			var buf bytes.Buffer
			if err := t.md.Convert([]byte(b.body), &buf); err != nil {
				addDiag(pc, line, b.col, "hint: %v", err)
			}
			ex.Hints = append(ex.Hints, Hint{HTML: buf.String(), Line: line})
		case "predict":
			p, errs := exercise.ParsePredict(b.body, b.bodyLine)
			for _, err := range errs {
				var e *exercise.Error
				if errors.As(err, &e) {
					addDiag(pc, e.Line, e.Col, "%s", e.Msg)
				}
			}
			ex.Predict = p
		}
		b.node.Parent().RemoveChild(b.node.Parent(), b.node)
	}
	if ex == nil {
		return
	}
	t.finishExercise(pc, ex)
	if exAnchor != nil {
		exAnchor.Parent().ReplaceChild(exAnchor.Parent(), exAnchor, ex)
	} else {
		doc.AppendChild(doc, ex)
	}
}

func (t *transformer) readMeta(pc parser.Context) Meta {
	var m Meta
	if d := frontmatter.Get(pc); d != nil {
		if err := d.Decode(&m); err != nil {
			addDiag(pc, 1, 1, "front matter: %v", err)
		}
	}
	return m
}

// playground makes the node for a block and runs its program.
func (t *transformer) playground(pc parser.Context, b block, id string) *Playground {
	p := &Playground{Info: b.info, Source: b.body, Line: b.line, ID: id}
	p.Trace = t.ext.run(p.Source, p.Info)
	if !unsupportedLanguage(p.Trace) {
		p.Story = explain.Explain(p.Source, p.Trace)
	}
	return p
}

// unsupportedLanguage reports a run in a language this build does not link:
// the page is rendered without a result instead of failing, and taskline
// check reports it.
func unsupportedLanguage(tr *trace.Trace) bool {
	return tr.Outcome.Error != nil && tr.Outcome.Error.Type == "UnsupportedLanguage"
}

// checkExpect compares a run block's outcome with its expect option.
func (t *transformer) checkExpect(pc parser.Context, p *Playground) {
	tr := p.Trace
	if unsupportedLanguage(tr) {
		if !t.ext.allowMissingLang {
			addDiag(pc, p.Line, 1, "%s: %s", p.Info.Lang, tr.Outcome.Error.Message)
		}
		return
	}
	got := exercise.ErrorName(tr)
	switch want := p.Info.Expect; want {
	case "":
		// Without expect, only outcomes no author means are errors.
		switch tr.Outcome.Kind {
		case trace.OutcomeInternal, trace.OutcomeUnsupported, trace.OutcomeSyntaxError, trace.OutcomeStepLimit:
			addDiag(pc, p.Line, 1, "run ended with %s (add expect=%q if that is the point)", errorLine(tr), tr.Outcome.Kind)
		}
	case "none", "ok":
		if got != "none" {
			addDiag(pc, p.Line, 1, "expect=%q, but the run ended with %s", want, errorLine(tr))
		}
	default:
		if got == "none" || !exercise.ErrorMatches(tr, want) {
			addDiag(pc, p.Line, 1, "expect=%q, but the run ended with %s", want, errorLine(tr))
		}
	}
}

func errorLine(tr *trace.Trace) string {
	if e := tr.Outcome.Error; e != nil && e.Line != "" {
		return e.Line
	}
	if n := exercise.ErrorName(tr); n != "none" {
		return n
	}
	return "no error"
}

// finishExercise checks that the exercise is whole, that its reference
// passes every check and its starter fails at least one.
func (t *transformer) finishExercise(pc parser.Context, ex *Exercise) {
	if ex.Starter == nil {
		addDiag(pc, 1, 1, "exercise has no starter block (```python {starter})")
	}
	if ex.Solution == nil {
		addDiag(pc, 1, 1, "exercise has no solution block (```python {solution})")
	}
	if len(ex.Checks) == 0 {
		addDiag(pc, 1, 1, "exercise has no checks (```checks)")
	}
	if ex.Starter == nil || ex.Solution == nil {
		return
	}
	if ex.Meta.Lang != "" && ex.Meta.Lang != ex.Starter.Info.Lang {
		addDiag(pc, ex.Starter.Line, 1, "starter is %s, front matter says lang: %s", ex.Starter.Info.Lang, ex.Meta.Lang)
	}
	if ex.Solution.Info.Lang != ex.Starter.Info.Lang {
		addDiag(pc, ex.Solution.Line, 1, "solution is %s, starter is %s", ex.Solution.Info.Lang, ex.Starter.Info.Lang)
	}
	if unsupportedLanguage(ex.Starter.Trace) || unsupportedLanguage(ex.Solution.Trace) {
		if !t.ext.allowMissingLang {
			addDiag(pc, ex.Starter.Line, 1, "%s: %s", ex.Starter.Info.Lang, ex.Starter.Trace.Outcome.Error.Message)
		}
		return
	}
	for _, c := range ex.Checks {
		if r := c.Eval(ex.Solution.Trace); !r.Pass {
			addDiag(pc, c.Line, 1, "reference solution (line %d) fails check %q: %s", ex.Solution.Line, c.Text, r.Detail)
		}
	}
	// The reference is what a student is taught to write: if the story of
	// its run names a pitfall, either the reference or the rule is wrong.
	if s := ex.Solution.Story; s != nil {
		for _, f := range s.Findings {
			addDiag(pc, ex.Solution.Line, 1, "reference solution falls into %s at line %d: %s", f.ID, f.Line, f.Text)
		}
	}
	failed := false
	for _, c := range ex.Checks {
		if !c.Eval(ex.Starter.Trace).Pass {
			failed = true
			break
		}
	}
	if !failed && len(ex.Checks) > 0 {
		addDiag(pc, ex.Starter.Line, 1, "starter passes every check: there is nothing to fix")
	}
	if ex.Meta.Predict && ex.Predict == nil {
		ex.Predict = exercise.Generate(ex.Starter.Trace, ex.Solution.Trace)
	}
}
