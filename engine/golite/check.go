package golite

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// The supported standard packages are declared as Go source in stubs/:
// declarations without bodies are implemented natively (natives.go), the
// rest (context, errgroup, errors, parts of sync and sort) is ordinary Go
// run by the evaluator itself, so it behaves and schedules like user code.
//
//go:embed stubs/*.gostub
var stubFS embed.FS

// stubFiles maps an import path to its stub file.
var stubFiles = map[string]string{
	"fmt":                        "fmt",
	"errors":                     "errors",
	"context":                    "context",
	"time":                       "time",
	"sync":                       "sync",
	"sync/atomic":                "atomic",
	"strings":                    "strings",
	"strconv":                    "strconv",
	"sort":                       "sort",
	"slices":                     "slices",
	"maps":                       "maps",
	"math":                       "math",
	"os":                         "os",
	"iter":                       "iter",
	"cmp":                        "cmp",
	"unicode":                    "unicode",
	"math/rand":                  "rand",
	"golang.org/x/sync/errgroup": "errgroup",
	"runtime":                    "runtime",
	"bytes":                      "bytes",
	"unicode/utf8":               "utf8",
	"unicode/utf16":              "utf16",
	"math/bits":                  "bits",
	"path":                       "path",
	"html":                       "html",
	"container/list":             "list",
	"container/ring":             "ring",
	"container/heap":             "heap",
	"math/rand/v2":               "randv2",
	"log":                        "log",
	"io":                         "io",
	"bufio":                      "bufio",
}

// userImportable lists the imports a program may name.
func userImportable(path string) bool {
	_, ok := stubFiles[path]
	return ok && path != "taskline/rt"
}

// program is the type-checked input: the user's package and the stub
// packages it pulled in, in dependency order.
type program struct {
	fset   *token.FileSet
	info   *types.Info  // the program's own; each stub package has its own
	pkgs   []*loadedPkg // dependencies first, main last
	main   *loadedPkg
	file   string
	src    string // the program's text, for lane labels
	byPath map[string]*loadedPkg
	nstd   int // stub files copied into fset so far (stdFiles[:nstd])
}

// loadedPkg is one type-checked package. A stub package's is made once per
// process (stdPkgs) and shared, read-only, by every run that imports it.
type loadedPkg struct {
	path  string
	pkg   *types.Package
	files []*ast.File
	std   bool
	info  *types.Info
	// initOrder is go/types' Info.InitOrder for this package.
	initOrder []*types.Initializer
	// boxed is findBoxed's answer for a stub package, computed once.
	boxed map[*types.Var]bool
	deps  []*loadedPkg // the packages it imports, in import order
	lo    token.Pos    // its files' positions are lo <= pos < hi
	hi    token.Pos
}

// compileError is one front-end error, positioned.
type compileError struct {
	pos token.Position
	msg string
}

// The stub packages are parsed and type-checked once per process, the first
// time a program imports them, not once per run: in the page that work
// took most of a small program's run. Their positions live above stdBase
// in stdFset; each run's own FileSet holds the program's file below
// stdBase and copies of the stub files' position tables at the same bases
// (addStdFiles), so a stub position means the same line in every run.
const stdBase = 1 << 30

var (
	stdMu    sync.Mutex
	stdFset  = newStdFset()
	stdFiles []stdFile // in base order
	stdPkgs  = map[string]*stdEntry{}
)

type stdFile struct {
	name       string
	base, size int
	lines      []int
}

type stdEntry struct {
	lp      *loadedPkg // nil while it is being checked
	err     error
	loading bool
}

func newStdFset() *token.FileSet {
	fs := token.NewFileSet()
	fs.AddFile("", 1, stdBase-2) // the program's file, in each run's own FileSet
	return fs
}

// loadStd returns the stub package path, type-checking it (and what it
// imports) on first use. stdMu is held.
func loadStd(path string) (*loadedPkg, error) {
	if e, ok := stdPkgs[path]; ok {
		if e.loading {
			return nil, fmt.Errorf("import cycle through %s", path)
		}
		return e.lp, e.err
	}
	e := &stdEntry{loading: true}
	stdPkgs[path] = e
	e.lp, e.err = checkStd(path)
	e.loading = false
	return e.lp, e.err
}

// stdImporter resolves a stub package's imports to other stub packages.
type stdImporter struct{ deps *[]*loadedPkg }

func (im stdImporter) Import(path string) (*types.Package, error) {
	lp, err := loadStd(path)
	if err != nil {
		return nil, err
	}
	*im.deps = append(*im.deps, lp)
	return lp.pkg, nil
}

func checkStd(path string) (*loadedPkg, error) {
	name, ok := stubFiles[path]
	if !ok {
		return nil, fmt.Errorf("package %s is not supported", path)
	}
	// A package is its hand-written stubs (NAME.gostub, NAME_*.gostub)
	// and the declarations internal/genstd generated from the host's
	// package (NAME_gen.gostub).
	var files []*ast.File
	more, _ := fs.Glob(stubFS, "stubs/"+name+"_*.gostub")
	lo := token.Pos(stdFset.Base())
	for _, fn := range append([]string{"stubs/" + name + ".gostub"}, more...) {
		src, err := stubFS.ReadFile(fn)
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(stdFset, "$GOROOT/src/"+path+"/"+strings.TrimSuffix(strings.TrimPrefix(fn, "stubs/"), ".gostub")+".go", src, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("internal error: stub %s: %v", path, err)
		}
		tf := stdFset.File(f.Pos())
		stdFiles = append(stdFiles, stdFile{name: tf.Name(), base: tf.Base(), size: tf.Size(), lines: tf.Lines()})
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("internal error: no stub for %s", path)
	}
	lp := &loadedPkg{path: path, std: true, files: files, lo: lo, hi: token.Pos(stdFset.Base()), info: newInfo()}
	var stubErr error
	conf := types.Config{
		Importer: stdImporter{&lp.deps},
		Sizes:    types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			if stubErr == nil {
				stubErr = err
			}
		},
	}
	pkg, _ := conf.Check(path, stdFset, files, lp.info)
	if stubErr != nil {
		return nil, fmt.Errorf("internal error: stub %s: %v", path, stubErr)
	}
	lp.pkg, lp.initOrder = pkg, lp.info.InitOrder
	lp.boxed = map[*types.Var]bool{}
	for _, f := range files {
		findBoxed(lp.info, lp.boxed, f)
	}
	return lp, nil
}

func newInfo() *types.Info {
	return &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Instances:  map[*ast.Ident]types.Instance{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
}

type importer struct {
	p    *program
	errs *[]compileError
}

func (im *importer) Import(path string) (*types.Package, error) {
	if lp, ok := im.p.byPath[path]; ok {
		return lp.pkg, nil
	}
	stdMu.Lock()
	lp, err := loadStd(path)
	files := stdFiles
	stdMu.Unlock()
	if err != nil {
		return nil, err
	}
	im.p.addStdFiles(files)
	im.p.add(lp)
	return lp.pkg, nil
}

// add appends lp to the run's packages after what it imports.
func (p *program) add(lp *loadedPkg) {
	if _, ok := p.byPath[lp.path]; ok {
		return
	}
	p.byPath[lp.path] = lp
	for _, d := range lp.deps {
		p.add(d)
	}
	p.pkgs = append(p.pkgs, lp)
}

// addStdFiles copies into the run's FileSet the position tables of the
// stub files it does not have yet, at their bases in stdFset.
func (p *program) addStdFiles(files []stdFile) {
	for _, sf := range files[p.nstd:] {
		p.fset.AddFile(sf.name, sf.base, sf.size).SetLines(sf.lines)
	}
	p.nstd = len(files)
}

// pkgAt is the package whose files hold pos: the program's for positions
// below stdBase.
func (p *program) pkgAt(pos token.Pos) *loadedPkg {
	if pos < stdBase {
		return p.main
	}
	for _, lp := range p.pkgs {
		if lp.std && lp.lo <= pos && pos < lp.hi {
			return lp
		}
	}
	return p.main
}

// load parses and type-checks src as package main. It returns the errors as
// the go command would print them, sorted by position.
func load(src, file string) (*program, []compileError) {
	p := &program{
		fset:   token.NewFileSet(),
		info:   newInfo(),
		file:   file,
		src:    src,
		byPath: map[string]*loadedPkg{},
	}
	var errs []compileError
	if len(src) >= stdBase-2 {
		return nil, []compileError{{token.Position{Filename: file, Line: 1, Column: 1}, "program too large"}}
	}
	f, err := parser.ParseFile(p.fset, file, src, parser.SkipObjectResolution|parser.ParseComments)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok {
			// Like the compiler, stop at the first syntax error: the
			// parser's later ones are mostly consequences of it.
			errs = append(errs, compileError{list[0].Pos, syntaxMessage(list[0].Msg)})
		} else {
			errs = append(errs, compileError{token.Position{Filename: file, Line: 1, Column: 1}, err.Error()})
		}
		return nil, dedupe(errs)
	}
	if f.Name.Name != "main" {
		errs = append(errs, compileError{p.fset.Position(f.Name.Pos()), fmt.Sprintf("package %s is not a main package", f.Name.Name)})
		return nil, errs
	}
	// Unsupported imports get a clear message before type checking, which
	// would otherwise report them as "could not import".
	for _, is := range f.Imports {
		path := strings.Trim(is.Path.Value, "\"`")
		if !userImportable(path) {
			errs = append(errs, compileError{p.fset.Position(is.Path.Pos()), fmt.Sprintf("package %s is not supported by Taskline's Go mode (supported: %s)", path, supportedList())})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	im := &importer{p: p, errs: &errs}
	conf := types.Config{
		Importer:  im,
		Sizes:     types.SizesFor("gc", "amd64"),
		GoVersion: "go1.26",
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				errs = append(errs, compileError{te.Fset.Position(te.Pos), te.Msg})
			}
		},
	}
	// The runtime's error types and errors.New are used by the evaluator
	// itself, whatever the program imports.
	for _, path := range []string{"runtime", "errors"} {
		if _, err := im.Import(path); err != nil {
			errs = append(errs, compileError{token.Position{Filename: file}, err.Error()})
			return nil, errs
		}
	}
	if errs := typeBombs(p.fset, f); len(errs) > 0 {
		return nil, errs
	}
	pkg, _ := conf.Check("main", p.fset, []*ast.File{f}, p.info)
	if len(errs) == 0 {
		errs = append(errs, sizeErrors(p, pkg, f)...)
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
			errs = append(errs, compileError{p.fset.Position(fd.Name.Pos()), "missing function body"})
		}
	}
	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool {
			a, b := errs[i].pos, errs[j].pos
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		return nil, dedupe(errs)
	}
	if pkg.Scope().Lookup("main") == nil {
		errs = append(errs, compileError{token.Position{Filename: file}, "function main is undeclared in the main package"})
		return nil, errs
	}
	p.main = &loadedPkg{path: "main", pkg: pkg, files: []*ast.File{f}, initOrder: p.info.InitOrder, info: p.info}
	p.pkgs = append(p.pkgs, p.main)
	return p, nil
}

func supportedList() string {
	var l []string
	for k := range stubFiles {
		if userImportable(k) {
			l = append(l, k)
		}
	}
	sort.Strings(l)
	return strings.Join(l, ", ")
}

// syntaxMessage rewrites go/parser's wording into the compiler's, which is
// what go build prints ("syntax error: unexpected newline in argument
// list; possibly missing comma or )").
func syntaxMessage(msg string) string {
	switch {
	case strings.HasPrefix(msg, "missing ',' before newline in "):
		ctx := strings.TrimPrefix(msg, "missing ',' before newline in ")
		closer := ")"
		if strings.Contains(ctx, "composite literal") {
			closer = "}"
		}
		return "syntax error: unexpected newline in " + ctx + "; possibly missing comma or " + closer
	case strings.HasPrefix(msg, "expected "):
		want, found, ok := strings.Cut(strings.TrimPrefix(msg, "expected "), ", found ")
		if !ok {
			break
		}
		found = unquoteTok(found)
		switch want {
		case "';'":
			return "syntax error: unexpected " + found + " at end of statement"
		case "operand":
			return "syntax error: unexpected " + found + ", expected expression"
		}
		return "syntax error: unexpected " + found + ", expected " + unquoteTok(want)
	}
	return "syntax error: " + msg
}

func unquoteTok(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	return s
}

func dedupe(errs []compileError) []compileError {
	var out []compileError
	seen := map[int]bool{}
	for _, e := range errs {
		if seen[e.pos.Line] {
			continue // like the compiler, one error per line
		}
		seen[e.pos.Line] = true
		out = append(out, e)
	}
	return out
}

// formatErrors prints errors as `go build` does.
func formatErrors(errs []compileError, file string) string {
	var b strings.Builder
	b.WriteString("# command-line-arguments\n")
	for i, e := range errs {
		if i == 10 {
			fmt.Fprintf(&b, "./%s:%d:%d: too many errors\n", file, e.pos.Line, e.pos.Column)
			break
		}
		if e.pos.Line == 0 {
			fmt.Fprintf(&b, "%s\n", e.msg)
			continue
		}
		fmt.Fprintf(&b, "./%s:%d:%d: %s\n", file, e.pos.Line, e.pos.Column, e.msg)
	}
	return b.String()
}
