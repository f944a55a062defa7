package lesson

import (
	"fmt"

	"github.com/yuin/goldmark/ast"

	"taskline/engine/explain"
	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// KindPlayground is the kind of a run block turned into a playground.
var KindPlayground = ast.NewNodeKind("TasklinePlayground")

// Playground is a fenced block marked {run}, or an exercise's starter: the
// program, its options, the trace of its build-time run and the story of
// that run (what happened, and the pitfalls found with their fix).
type Playground struct {
	ast.BaseBlock
	Info   Info
	Source string
	Line   int    // line of the opening fence in the Markdown file
	ID     string // unique in the page: "run-1", "exercise"
	Trace  *trace.Trace
	Story  *explain.Story
}

// Kind implements ast.Node.
func (n *Playground) Kind() ast.NodeKind { return KindPlayground }

// Dump implements ast.Node.
func (n *Playground) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Lang": n.Info.Lang, "Role": n.Info.Role, "Line": fmt.Sprint(n.Line), "Expect": n.Info.Expect,
	}, nil)
}

// KindExercise is the kind of an exercise widget.
var KindExercise = ast.NewNodeKind("TasklineExercise")

// Exercise is an exercise gathered from one file: its front matter, the
// starter program (a Playground), the hidden reference solution, hints and
// checks. It replaces the starter block; the other blocks it gathers are
// removed from the page, and the solution is never rendered.
type Exercise struct {
	ast.BaseBlock
	ID       string // from the file name; keys the student's progress
	Meta     Meta
	Starter  *Playground
	Solution *Playground // never rendered; checked by taskline check
	Hints    []Hint
	Checks   []exercise.Check
	Predict  *exercise.Predict // nil unless the exercise asks for a prediction
}

// Hint is one hint, rendered from its Markdown at build time.
type Hint struct {
	HTML string
	Line int
}

// Kind implements ast.Node.
func (n *Exercise) Kind() ast.NodeKind { return KindExercise }

// Dump implements ast.Node.
func (n *Exercise) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Title": n.Meta.Title, "Checks": fmt.Sprint(len(n.Checks)), "Hints": fmt.Sprint(len(n.Hints)),
	}, nil)
}

// Meta is a lesson's or exercise's front matter.
type Meta struct {
	Title   string   `yaml:"title" json:"title"`
	Lang    string   `yaml:"lang" json:"lang"`
	Level   string   `yaml:"level" json:"level"`
	Tags    []string `yaml:"tags" json:"tags"`
	Summary string   `yaml:"summary" json:"summary"`
	Predict bool     `yaml:"predict" json:"predict"`
	// HTML lets the file's raw HTML through; by default it is escaped.
	HTML bool `yaml:"html" json:"-"`
}
