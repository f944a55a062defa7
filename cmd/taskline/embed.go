package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"taskline/lesson"
)

func init() {
	commands["embed"] = command{
		usage: "embed [PROGRAM|-] [--lang python|go] [--python 3.7…3.13] [--title T] [--height N] [--readonly] [--autorun] [--seed N] | embed --dir SPECS -o OUTDIR   write a pre-rendered <taskline-playground> for a docs site",
		run:   embedCmd,
	}
}

// embedCmd writes the pre-rendered element for one program (to stdout), or
// for every SPECS/NAME.json into OUTDIR/NAME.html. The docs-site
// integrations (integrations/) call it at build time. The exit status says
// whether the fragment was written, not how the program ended: a page may
// show an error on purpose.
func embedCmd(args []string) int {
	fs := flag.NewFlagSet("embed", flag.ContinueOnError)
	var sp spec
	fs.StringVar(&sp.Language, "lang", "", "language: python or go (default: from the file name, else python)")
	fs.StringVar(&sp.Python, "python", "", "Python version to model: 3.11 (default) or 3.7")
	fs.StringVar(&sp.Title, "title", "", "a heading shown above the code")
	fs.StringVar(&sp.Height, "height", "", "height of the editor in pixels")
	fs.StringVar(&sp.Seed, "seed", "", "Go: schedule seed")
	readonly := fs.Bool("readonly", false, "the code cannot be edited")
	autorun := fs.Bool("autorun", false, "run when the playground scrolls into view")
	maxSteps := fs.Int64("max-steps", 0, "step budget (0: the default)")
	dir := fs.String("dir", "", "a directory of NAME.json specs ({language, code, python, title, height, seed, readonly, autorun})")
	out := fs.String("o", "", "with --dir: the directory to write NAME.html into")
	var prog string
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		if prog != "" {
			fmt.Fprintln(os.Stderr, "taskline embed: more than one program given")
			return 2
		}
		prog, args = fs.Arg(0), fs.Args()[1:]
	}
	var opts []lesson.Option
	if *maxSteps > 0 {
		opts = append(opts, lesson.WithMaxSteps(*maxSteps))
	}
	if *dir != "" {
		if prog != "" || *out == "" {
			fmt.Fprintln(os.Stderr, "taskline embed: --dir SPECS needs -o OUTDIR and no program")
			return 2
		}
		return embedDir(*dir, *out, opts)
	}
	sp.Readonly, sp.Autorun = *readonly, *autorun
	var b []byte
	var err error
	switch prog {
	case "", "-":
		b, err = io.ReadAll(os.Stdin)
	default:
		b, err = os.ReadFile(prog)
		if sp.Language == "" && strings.HasSuffix(prog, ".go") {
			sp.Language = "go"
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline embed:", err)
		return 1
	}
	sp.Code = string(b)
	html, err := sp.render(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline embed:", err)
		return 2
	}
	os.Stdout.Write(html)
	return 0
}

// spec is one playground to pre-render, as a file of --dir holds it. Numbers
// may come as strings or numbers (Hugo writes attribute values either way).
type spec struct {
	Language string `json:"language"`
	Code     string `json:"code"`
	Python   string `json:"python"`
	Title    string `json:"title"`
	Height   string `json:"height"`
	Seed     string `json:"seed"`
	Readonly bool   `json:"readonly"`
	Autorun  bool   `json:"autorun"`
}

// UnmarshalJSON accepts numbers and booleans where strings are expected, and
// the reverse, so that a template need not be careful about types.
func (s *spec) UnmarshalJSON(b []byte) error {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	str := func(k string) string {
		switch v := m[k].(type) {
		case nil:
			return ""
		case string:
			return v
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64)
		default:
			return fmt.Sprint(v)
		}
	}
	flag := func(k string) bool {
		switch v := m[k].(type) {
		case bool:
			return v
		case string:
			return v == "true"
		}
		return false
	}
	*s = spec{Language: str("language"), Code: str("code"), Python: str("python"), Title: str("title"),
		Height: str("height"), Seed: str("seed"), Readonly: flag("readonly"), Autorun: flag("autorun")}
	return nil
}

func (s spec) render(opts []lesson.Option) ([]byte, error) {
	in := lesson.Info{Lang: s.Language, Python: s.Python, Title: s.Title, Readonly: s.Readonly, Autorun: s.Autorun}
	if in.Lang == "" {
		in.Lang = "python"
	}
	if s.Height != "" {
		n, err := strconv.Atoi(s.Height)
		if err != nil || n < 40 || n > 2000 {
			return nil, fmt.Errorf("height %q: want a number of pixels from 40 to 2000", s.Height)
		}
		in.Height = n
	}
	if s.Seed != "" {
		n, err := strconv.ParseInt(s.Seed, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("seed %q: want an integer", s.Seed)
		}
		in.Seed = n
	}
	html, _, err := lesson.Fragment(s.Code, in, opts...)
	return html, err
}

// embedDir renders every dir/NAME.json into out/NAME.html.
func embedDir(dir, out string, opts []lesson.Option) int {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline embed:", err)
		return 2
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "taskline embed:", err)
		return 1
	}
	failed := false
	for _, f := range files {
		var sp spec
		b, err := os.ReadFile(f)
		if err == nil {
			err = json.Unmarshal(b, &sp)
		}
		var html []byte
		if err == nil {
			html, err = sp.render(opts)
		}
		if err == nil {
			name := strings.TrimSuffix(filepath.Base(f), ".json") + ".html"
			err = os.WriteFile(filepath.Join(out, name), html, 0o644)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "taskline embed: %s: %v\n", f, err)
			failed = true
		}
	}
	fmt.Fprintf(os.Stderr, "taskline embed: %d playground(s) in %s\n", len(files), out)
	if failed {
		return 1
	}
	return 0
}
