package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taskline/lesson"
)

func init() {
	commands["render"] = command{
		usage: "render FILE.md [-o OUT.html] | render DIR -o OUTDIR   write lesson pages (a directory gets an index.html and lesson.css)",
		run:   renderCmd,
	}
}

func renderCmd(args []string) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	out := fs.String("o", "", "output file (FILE.md; default stdout) or directory (DIR)")
	script := fs.String("script", "", "URL of the lesson script (default lesson.js next to the page)")
	home := fs.String("home", "", "URL of the lessons index (default ./)")
	css := fs.String("css", "", "URL of lesson.css (default lesson.css next to the page)")
	icon := fs.String("icon", "", "URL of the page icon (default none)")
	missing := fs.Bool("allow-missing-lang", false, "render blocks in a language this build cannot run without a result instead of failing")
	var in string
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		if in != "" {
			fmt.Fprintln(os.Stderr, "taskline render: more than one input given")
			return 2
		}
		in, args = fs.Arg(0), fs.Args()[1:]
	}
	if in == "" {
		fmt.Fprintln(os.Stderr, "taskline render: no input given")
		return 2
	}
	var opts []lesson.Option
	if *missing {
		opts = append(opts, lesson.WithMissingLanguages())
	}
	site := lesson.Site{Script: *script, Stylesheet: *css, Home: *home, Icon: *icon}
	st, err := os.Stat(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline render:", err)
		return 2
	}
	if !st.IsDir() {
		p, bad := convert(in, opts)
		if p == nil {
			return 1
		}
		doc := p.Document(site)
		if *out == "" {
			os.Stdout.Write(doc)
		} else if err := os.WriteFile(*out, doc, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "taskline render:", err)
			return 1
		}
		if bad {
			return 1
		}
		return 0
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "taskline render: a directory needs -o OUTDIR")
		return 2
	}
	files, err := markdownFiles([]string{in})
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline render:", err)
		return 2
	}
	var pages []*lesson.Page
	failed := false
	for _, f := range files {
		p, bad := convert(f, opts)
		failed = failed || bad || p == nil
		if p != nil {
			pages = append(pages, p)
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "taskline render:", err)
		return 1
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "taskline render:", err)
			failed = true
		}
	}
	// Lessons first, then exercises, each in file order: the reading order.
	var order []*lesson.Page
	for _, ex := range []bool{false, true} {
		for _, p := range pages {
			if (p.Exercise != nil) == ex {
				order = append(order, p)
			}
		}
	}
	for i, p := range order {
		s := site
		if i > 0 {
			s.Prev = &lesson.Link{Href: order[i-1].Slug + ".html", Title: order[i-1].Title}
		}
		if i+1 < len(order) {
			s.Next = &lesson.Link{Href: order[i+1].Slug + ".html", Title: order[i+1].Title}
		}
		write(p.Slug+".html", p.Document(s))
	}
	write("index.html", lesson.Index(pages, site))
	write("lesson.css", lesson.Stylesheet)
	fmt.Fprintf(os.Stderr, "taskline render: %d page(s) and index.html in %s\n", len(pages), *out)
	if failed {
		return 1
	}
	return 0
}

// convert renders one file, printing its diagnostics; bad reports any.
func convert(file string, opts []lesson.Option) (p *lesson.Page, bad bool) {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline render:", err)
		return nil, true
	}
	p, err = lesson.Convert(file, src, opts...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
		return nil, true
	}
	for _, d := range p.Diagnostics {
		fmt.Fprintln(os.Stderr, strings.TrimSpace(d.Error()))
	}
	return p, len(p.Diagnostics) > 0
}
