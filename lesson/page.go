package lesson

import (
	"bytes"
	_ "embed"
	"html/template"
	"path/filepath"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Page is one converted lesson or exercise file.
type Page struct {
	File        string // as given to Convert
	Slug        string // file name without directory and .md; the page is Slug + ".html"
	Meta        Meta
	Title       string // the front matter's title, else the first heading
	Body        template.HTML
	Exercise    *Exercise // nil for a lesson
	Playgrounds []*Playground
	Diagnostics []Diagnostic
}

// NewMarkdown returns the goldmark converter lesson pages use: GitHub
// Flavored Markdown, heading ids, and this extension.
func NewMarkdown(opts ...Option) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, New(opts...)),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// Convert renders one Markdown file. Problems (bad options, an expect that
// does not hold, an exercise whose reference fails) are in
// Page.Diagnostics; the error is for failures to render at all.
func Convert(file string, src []byte, opts ...Option) (*Page, error) {
	md := NewMarkdown(opts...)
	pc := NewContext(file)
	doc := md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		return nil, err
	}
	p := &Page{File: file, Slug: slug(file), Meta: MetaOf(pc), Body: template.HTML(buf.String()), Diagnostics: Diagnostics(pc)}
	p.Title = p.Meta.Title
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if p.Title == "" && n.Level == 1 {
				p.Title = plainText(n, src)
			}
		case *Playground:
			p.Playgrounds = append(p.Playgrounds, n)
		case *Exercise:
			p.Exercise = n
		}
		return ast.WalkContinue, nil
	})
	if p.Title == "" {
		p.Title = p.Slug
	}
	return p, nil
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Segment.Value(src))
			}
			if s, ok := c.(*ast.String); ok {
				b.Write(s.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// Stylesheet is the lessons' CSS, written next to the pages as lesson.css.
//
//go:embed assets/lesson.css
var Stylesheet []byte

// Link is a page in the navigation.
type Link struct{ Href, Title string }

// Site says where a page sits: its neighbours and where the scripts are.
type Site struct {
	Prev, Next *Link
	// Script is the URL of the lesson script (the <taskline-playground>
	// element and the exercise logic); default "lesson.js", next to the page.
	Script string
	// Stylesheet is the URL of lesson.css; default "lesson.css".
	Stylesheet string
	// Home is the URL of the lessons index; default "./".
	Home string
	// Icon is the URL of the page's icon; default an empty one, so that a
	// browser does not ask the host for /favicon.ico.
	Icon string
}

// IconURL is Icon for the page template: it comes from whoever builds the
// site, not from lesson text, so a data: URL is allowed.
func (s Site) IconURL() template.URL { return template.URL(s.Icon) }

func (s Site) withDefaults() Site {
	if s.Script == "" {
		s.Script = "lesson.js"
	}
	if s.Stylesheet == "" {
		s.Stylesheet = "lesson.css"
	}
	if s.Home == "" {
		s.Home = "./"
	}
	if s.Icon == "" {
		s.Icon = "data:,"
	}
	return s
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Page.Title}} · Taskline lessons</title>
<link rel="icon" href="{{.Site.IconURL}}">
<link rel="stylesheet" href="{{.Site.Stylesheet}}">
<script type="module" src="{{.Site.Script}}"></script>
</head>
<body class="tl-page{{if .Page.Exercise}} tl-exercise-page{{end}}" data-page="{{.Page.Slug}}">
<header class="tl-header"><a href="{{.Site.Home}}">Taskline lessons</a>{{with .Page.Meta.Level}} · <span class="tl-level">{{.}}</span>{{end}}{{range .Page.Meta.Tags}} <span class="tl-tag">{{.}}</span>{{end}}</header>
<main>
{{.Page.Body}}
</main>
<nav class="tl-nav" aria-label="Lessons">{{with .Site.Prev}}<a rel="prev" href="{{.Href}}">← {{.Title}}</a>{{end}} <a href="{{.Site.Home}}">All lessons</a> {{with .Site.Next}}<a rel="next" href="{{.Href}}">{{.Title}} →</a>{{end}}</nav>
</body>
</html>
`))

// Document returns the page as a whole HTML document.
func (p *Page) Document(site Site) []byte {
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, struct {
		Page *Page
		Site Site
	}{p, site.withDefaults()}); err != nil {
		panic(err) // the template is fixed; an error here is a bug
	}
	return buf.Bytes()
}

var indexTmpl = template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Taskline lessons</title>
<link rel="icon" href="{{.Site.IconURL}}">
<link rel="stylesheet" href="{{.Site.Stylesheet}}">
<script type="module" src="{{.Site.Script}}"></script>
</head>
<body class="tl-page tl-index-page">
<header class="tl-header"><a href="../">Taskline playground</a></header>
<main>
<h1>Cancellation and gathering, by example</h1>
<p>Lessons explain one idea with programs you can run and change; exercises give you a broken program and checks to turn green. Every result is computed on a virtual clock, so what you see here is what you will see when you run it.</p>
<p class="tl-progress-summary" aria-live="polite"></p>
{{range .Groups}}<h2>{{.Name}}</h2>
<ol class="tl-index">
{{range .Pages}}<li data-page="{{.Slug}}"{{if .Exercise}} data-exercise="{{.Exercise.ID}}"{{end}}><a href="{{.Slug}}.html">{{.Title}}</a>{{with .Meta.Lang}} <span class="tl-tag">{{.}}</span>{{end}}{{with .Meta.Level}} <span class="tl-level">{{.}}</span>{{end}}{{if .Exercise}} <span class="tl-status" data-status="todo">not solved yet</span>{{end}}{{with .Meta.Summary}}<br><span class="tl-summary-line">{{.}}</span>{{end}}</li>
{{end}}</ol>
{{end}}</main>
</body>
</html>
`))

// Index returns the lessons index: lessons, then exercises, each in file
// order, with a place for the progress the script fills in.
func Index(pages []*Page, site Site) []byte {
	sorted := append([]*Page(nil), pages...)
	sort.SliceStable(sorted, func(i, j int) bool { return filepath.Base(sorted[i].File) < filepath.Base(sorted[j].File) })
	type group struct {
		Name  string
		Pages []*Page
	}
	lessons, exercises := group{Name: "Lessons"}, group{Name: "Exercises"}
	for _, p := range sorted {
		if p.Exercise != nil {
			exercises.Pages = append(exercises.Pages, p)
		} else {
			lessons.Pages = append(lessons.Pages, p)
		}
	}
	var groups []group
	for _, g := range []group{lessons, exercises} {
		if len(g.Pages) > 0 {
			groups = append(groups, g)
		}
	}
	var buf bytes.Buffer
	if err := indexTmpl.Execute(&buf, struct {
		Site   Site
		Groups []group
	}{site.withDefaults(), groups}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
