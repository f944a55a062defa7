package lesson

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
	"go.abhg.dev/goldmark/frontmatter"

	"taskline/engine"
	_ "taskline/engine/all" // every language, so that run blocks run
	"taskline/engine/trace"
)

// Runner runs a program for a block. The default is engine.Run, the same
// engine as the browser's.
type Runner func(src string, o engine.Options) *trace.Trace

// Extender is the goldmark extension. Register it with
// goldmark.New(goldmark.WithExtensions(lesson.New())).
type Extender struct {
	runner           Runner
	rawHTML          bool
	allowMissingLang bool
	maxSteps         int64
	maxMemory        int64
}

// Option configures the Extender.
type Option func(*Extender)

// WithRunner runs blocks with r instead of the engine (tests use it).
func WithRunner(r Runner) Option { return func(e *Extender) { e.runner = r } }

// WithRawHTML lets raw HTML in the Markdown through to the page. Without it
// raw HTML is shown as escaped text, unless a file's front matter says
// html: true. Code is escaped either way.
func WithRawHTML() Option { return func(e *Extender) { e.rawHTML = true } }

// WithMissingLanguages renders a block in a language this build does not
// link without a pre-rendered result, instead of reporting it.
func WithMissingLanguages() Option { return func(e *Extender) { e.allowMissingLang = true } }

// WithMaxSteps sets the step budget of build-time runs.
func WithMaxSteps(n int64) Option { return func(e *Extender) { e.maxSteps = n } }

// WithMaxMemory sets the memory budget of build-time runs in bytes (0: the
// engine's default), so that a block that exhausts memory ends in its
// runtime's error while the build goes on.
func WithMaxMemory(n int64) Option { return func(e *Extender) { e.maxMemory = n } }

// New returns the extension with the given options.
func New(opts ...Option) *Extender {
	e := &Extender{runner: engine.Run}
	for _, o := range opts {
		o(e)
	}
	return e
}

// Extend implements goldmark.Extender. It also adds front matter (YAML
// between --- lines), which exercises use.
func (e *Extender) Extend(m goldmark.Markdown) {
	(&frontmatter.Extender{}).Extend(m)
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(&transformer{ext: e, md: m}, 500)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(&htmlRenderer{}, 500)))
}

func (e *Extender) run(src string, in Info) *trace.Trace {
	o := engine.Options{Lang: in.Lang, Python: in.Python, Seed: in.Seed, MaxSteps: e.maxSteps, MaxMemory: e.maxMemory}
	return e.runner(src, o)
}
