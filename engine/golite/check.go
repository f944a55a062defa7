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
	"encoding/json":              "json",
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
	pkg.SetImports(append(pkg.Imports(), hiddenImports(path)...))
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

// Clashing names among the real packages' dependencies. The type
// checker names a package in a message by its path, quoted, when two
// packages the program depends on (transitively) share its name:
// `"sync".Mutex`, because sync imports internal/sync, but `atomic.Int64`
// when the program imports sync/atomic alone. The stubs do not import
// those internal packages, so each stub is given, as extra imports,
// stand-ins for the ones its real package depends on (from
// `go list -deps` of Go 1.26): the runtime's internal/runtime/atomic,
// internal/runtime/math, internal/runtime/maps and internal/strconv for
// every package that imports the runtime, internal/sync as well for those
// that import sync.
var (
	runtimeInternals = []string{"internal/runtime/atomic", "internal/runtime/math", "internal/runtime/maps", "internal/strconv"}
	syncInternals    = append([]string{"internal/sync"}, runtimeInternals...)
	hiddenDeps       = map[string][]string{
		"errors": runtimeInternals, "strconv": runtimeInternals, "sort": runtimeInternals,
		"slices": runtimeInternals, "maps": runtimeInternals, "iter": runtimeInternals,
		"runtime": runtimeInternals, "path": runtimeInternals, "container/heap": runtimeInternals,
		"math/rand/v2": runtimeInternals,
		"fmt":          syncInternals, "context": syncInternals, "time": syncInternals, "sync": syncInternals,
		"strings": syncInternals, "os": syncInternals, "math/rand": syncInternals,
		"golang.org/x/sync/errgroup": syncInternals, "bytes": syncInternals, "html": syncInternals,
		"log": syncInternals, "io": syncInternals, "bufio": syncInternals, "encoding/json": syncInternals,
	}
)

// hiddenImports is the stand-ins for the internal packages path depends on.
func hiddenImports(path string) []*types.Package {
	var ps []*types.Package
	for _, h := range hiddenDeps[path] {
		ps = append(ps, types.NewPackage(h, h[strings.LastIndex(h, "/")+1:]))
	}
	return ps
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
			e := list[0]
			if kw, ok := strings.CutPrefix(e.Msg, "expression in "); ok && strings.HasSuffix(kw, " must be function call") {
				// Not a syntax error for the compiler, whose parser
				// accepts `go f` and whose type checker reports it at
				// the expression; go/parser reports it at its end.
				kw = strings.TrimSuffix(kw, " must be function call")
				errs = append(errs, compileError{exprAfterKeyword(src, e.Pos, kw), e.Msg})
				return nil, errs
			}
			pos := e.Pos
			if strings.Contains(e.Msg, "found 'EOF'") {
				// The compiler reports an unexpected end at the end.
				pos.Offset = len(src)
				pos.Line = 1 + strings.Count(src, "\n")
				pos.Column = len(src) - (strings.LastIndexByte(src, '\n') + 1) + 1
			}
			errs = append(errs, compileError{pos, syntaxMessage(e.Msg, src, pos.Offset)})
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
				pos, msg := compilerPos(f, te.Pos, te.Msg), compilerMsg(te.Msg)
				msg = strings.ReplaceAll(msg, " "+file+":", " ./"+file+":")
				errs = append(errs, compileError{te.Fset.Position(pos), msg})
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
		return nil, compilerReport(errs)
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
func syntaxMessage(msg, src string, off int) string {
	switch {
	case strings.HasPrefix(msg, "missing ',' in "):
		// go/parser does not name the token it found there.
		ctx := strings.TrimPrefix(msg, "missing ',' in ")
		closer := ")"
		if strings.Contains(ctx, "composite literal") {
			closer = "}"
		}
		return "syntax error: unexpected " + tokenAt(src, off) + " in " + ctx + "; possibly missing comma or " + closer
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
		found = compilerTok(found)
		switch want {
		case "statement":
			// The compiler ends the statement list at a token that
			// cannot begin a statement and wants the block's }.
			return "syntax error: unexpected " + found + ", expected }"
		case "'{'":
			// The compiler says which clause wants the block.
			if kw := firstWordOfLine(src, off); kw == "for" || kw == "if" || kw == "switch" || kw == "select" {
				return "syntax error: unexpected " + found + ", expected { after " + kw + " clause"
			}
		case "';'":
			return "syntax error: unexpected " + found + " at end of statement"
		case "operand":
			return "syntax error: unexpected " + found + ", expected expression"
		}
		return "syntax error: unexpected " + found + ", expected " + unquoteTok(want)
	}
	return "syntax error: " + msg
}

// exprAfterKeyword is where the expression of the go or defer statement
// that ends at end begins: after the last keyword kw that begins a line's
// statement before end (the expression may span lines, a func literal).
func exprAfterKeyword(src string, end token.Position, kw string) token.Position {
	before := src[:min(end.Offset, len(src))]
	for i := len(before) - len(kw); i >= 0; i-- {
		if !strings.HasPrefix(before[i:], kw) {
			continue
		}
		lineStart := strings.LastIndexByte(before[:i], '\n') + 1
		if strings.TrimLeft(before[lineStart:i], " \t") != "" {
			continue
		}
		j := i + len(kw)
		for j < len(before) && (before[j] == ' ' || before[j] == '\t') {
			j++
		}
		if j == i+len(kw) {
			continue // not the keyword (goto, gopher)
		}
		p := end
		p.Offset = j
		p.Line = 1 + strings.Count(src[:j], "\n")
		p.Column = j - lineStart + 1
		return p
	}
	return end
}

// compilerTok names a token as the compiler's syntax errors do: go/parser
// quotes keywords and operators ('else') and gives names and literals
// bare; the compiler says "keyword else", "name x", "literal 1".
func compilerTok(found string) string {
	if t := unquoteTok(found); t != found {
		if token.Lookup(t).IsKeyword() {
			return "keyword " + t
		}
		return t
	}
	switch {
	case found == "newline" || found == "EOF" || found == "":
		return found
	case token.IsIdentifier(found):
		return "name " + found
	case strings.ContainsAny(found[:1], "0123456789\"'`."):
		return "literal " + found
	}
	return found
}

// tokenAt is the token at offset off of src, named as compilerTok names it.
func tokenAt(src string, off int) string {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src)-off)
	sc.Init(f, []byte(src[off:]), nil, 0)
	_, tok, lit := sc.Scan()
	switch {
	case tok.IsKeyword():
		return "keyword " + tok.String()
	case tok == token.IDENT:
		return "name " + lit
	case tok.IsLiteral():
		return "literal " + lit
	}
	return tok.String()
}

// firstWordOfLine is the first word of the line holding offset off.
func firstWordOfLine(src string, off int) string {
	start := strings.LastIndexByte(src[:min(off, len(src))], '\n') + 1
	line := strings.TrimLeft(src[start:], " \t")
	end := strings.IndexFunc(line, func(r rune) bool { return !('a' <= r && r <= 'z') })
	if end < 0 {
		return line
	}
	return line[:end]
}

func unquoteTok(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	return s
}

// compilerReport is what the compiler prints of the type checker's
// errors, in the order they were reported (cmd/compile/internal/base's
// ErrorfAt and FlushErrors): an error equal to the one before on the same
// line is dropped; the tenth error ends compilation, and the ten are
// printed sorted by position, then "too many errors" at the tenth's.
func compilerReport(errs []compileError) []compileError {
	var out []compileError
	for i, e := range errs {
		if i > 0 && e.pos.Line == errs[i-1].pos.Line && e.msg == errs[i-1].msg {
			continue
		}
		out = append(out, e)
		if len(out) == 10 {
			break
		}
	}
	tooMany := len(out) == 10
	last := out[len(out)-1]
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].pos, out[j].pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	if tooMany {
		out = append(out, compileError{last.pos, "too many errors"})
	}
	return out
}

// compilerMsg is the compiler's wording of the errors it reports in its
// own syntax package's checkBranches, not in the type checker.
func compilerMsg(msg string) string {
	switch msg {
	case "break not in for, switch, or select statement":
		return "break is not in a loop, switch, or select"
	case "continue not in for statement":
		return "continue is not in a loop"
	}
	if name, ok := strings.CutPrefix(msg, "label "); ok {
		if n, ok := strings.CutSuffix(name, " declared and not used"); ok {
			return "label " + n + " defined and not used"
		}
		if n, ok := strings.CutSuffix(name, " not declared"); ok {
			return "label " + n + " not defined"
		}
	}
	return msg
}

// compilerPos moves an error from where go/types reports it to where the
// compiler's types2 does, where the two differ: types2 reports at the
// start of a node where go/types points into it (a send's arrow, a call's
// closing parenthesis), and at the position syntax gives an index or call
// expression (its bracket or parenthesis) where go/types gives the start.
func compilerPos(f *ast.File, pos token.Pos, msg string) token.Pos {
	var at token.Pos
	switch {
	case strings.HasPrefix(msg, "not enough arguments in call to "):
		// At the last argument, or at the call with none.
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && c.Rparen == pos {
				at = c.Pos()
				if len(c.Args) > 0 {
					at = c.Args[len(c.Args)-1].Pos()
				}
			}
			return at == token.NoPos
		})
	case strings.HasPrefix(msg, "invalid operation: cannot send to receive-only channel"):
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.SendStmt); ok && s.Arrow == pos {
				at = s.Pos()
			}
			return at == token.NoPos
		})
	case strings.HasPrefix(msg, "cannot index "):
		// The innermost index expression of the operand at pos.
		ast.Inspect(f, func(n ast.Node) bool {
			if ix, ok := n.(*ast.IndexExpr); ok && ix.X.Pos() == pos {
				at = ix.Lbrack
			}
			return true
		})
	case strings.HasPrefix(msg, "in call to ") && strings.Contains(msg, ", cannot infer "),
		strings.Contains(msg, " does not satisfy "):
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && c.Pos() == pos {
				at = c.Lparen
			}
			return true
		})
	}
	if at.IsValid() {
		return at
	}
	return pos
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
	for _, e := range errs {
		if e.pos.Line == 0 {
			fmt.Fprintf(&b, "%s\n", e.msg)
			continue
		}
		fmt.Fprintf(&b, "./%s:%d:%d: %s\n", file, e.pos.Line, e.pos.Column, e.msg)
	}
	return b.String()
}
