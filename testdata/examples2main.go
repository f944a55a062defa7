//go:build ignore

// examples2main turns the standard library's own Example functions into
// main programs for the Go corpus, mechanically: for every ExampleX with an
// `// Output:` comment in $GOROOT/src/PKG/example*_test.go (external test
// packages only), it writes testdata/go/ex_PKG_X.go holding the example's
// body as main, the file's top-level declarations the body needs, the
// imports they use, and the expected output as a trailing comment
// ("// Output:" lines), which engine/corpus checks against the recording.
//
//	go run testdata/examples2main.go [-out testdata/go] PKG ...
//
// Then record them (go run testdata/record_go.go NAME ...); a program
// Taskline cannot run yet is deleted and listed rather than kept failing.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

func main() {
	out := flag.String("out", "testdata/go", "directory to write the programs to")
	flag.Parse()
	n := 0
	for _, pkg := range flag.Args() {
		files, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", pkg, "example*_test.go"))
		for _, file := range files {
			n += convert(pkg, file, *out)
		}
	}
	fmt.Fprintf(os.Stderr, "examples2main: %d programs written\n", n)
}

func convert(pkg, file, outDir string) int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if !strings.HasSuffix(f.Name.Name, "_test") {
		return 0 // an internal example may use the package's unexported names
	}
	// Top-level declarations by name; methods go with their type.
	decls := map[string][]ast.Decl{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				name := recvName(d.Recv.List[0].Type)
				decls[name] = append(decls[name], d)
			} else if !strings.HasPrefix(d.Name.Name, "Example") {
				decls[d.Name.Name] = append(decls[d.Name.Name], d)
			}
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			for _, s := range d.Specs {
				var names []string
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						names = append(names, id.Name)
					}
				}
				for _, name := range names {
					// One spec per name keeps the order of the source.
					decls[name] = append(decls[name], &ast.GenDecl{Tok: d.Tok, Specs: []ast.Spec{s}})
				}
			}
		}
	}
	imports := map[string]string{} // local name -> path
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		name := filepath.Base(p)
		if strings.HasPrefix(name, "v") && strings.Contains(p, "/") && len(name) == 2 {
			name = filepath.Base(filepath.Dir(p)) // math/rand/v2
		}
		if is.Name != nil {
			name = is.Name.Name
		}
		imports[name] = p
	}
	n := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || !strings.HasPrefix(fd.Name.Name, "Example") || fd.Body == nil {
			continue
		}
		output, ok := exampleOutput(fd, f)
		if !ok {
			continue
		}
		src := program(fset, fd, decls, imports, output)
		if src == nil {
			continue
		}
		name := "ex_" + strings.ReplaceAll(pkg, "/", "_") + "_" + strings.TrimPrefix(strings.TrimPrefix(fd.Name.Name, "Example"), "_")
		if name[len(name)-1] == '_' {
			name += "package"
		}
		if err := os.WriteFile(filepath.Join(outDir, name+".go"), src, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		n++
	}
	return n
}

func recvName(t ast.Expr) string {
	switch t := t.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	}
	return ""
}

// exampleOutput returns the text of the example's last comment if it is
// an ordered `Output:` (an unordered one cannot be compared byte for byte).
func exampleOutput(fd *ast.FuncDecl, f *ast.File) (string, bool) {
	var last *ast.CommentGroup
	for _, cg := range f.Comments {
		if cg.Pos() > fd.Body.Lbrace && cg.End() <= fd.Body.Rbrace {
			last = cg
		}
	}
	if last == nil {
		return "", false
	}
	text := last.Text()
	i := strings.Index(text, "Output:")
	if i < 0 || strings.Contains(text[:i], "Unordered") || strings.TrimSpace(text[:i]) != "" {
		return "", false
	}
	return strings.TrimSpace(text[i+len("Output:"):]), true
}

// program writes the example as package main.
func program(fset *token.FileSet, fd *ast.FuncDecl, decls map[string][]ast.Decl, imports map[string]string, output string) []byte {
	need := map[string]bool{}
	usedPkgs := map[string]bool{}
	var queue []ast.Node
	queue = append(queue, fd.Body)
	for len(queue) > 0 {
		nd := queue[0]
		queue = queue[1:]
		ast.Inspect(nd, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok {
					if _, isPkg := imports[id.Name]; isPkg && decls[id.Name] == nil {
						usedPkgs[id.Name] = true
					}
				}
			case *ast.Ident:
				if ds, ok := decls[x.Name]; ok && !need[x.Name] {
					need[x.Name] = true
					for _, d := range ds {
						queue = append(queue, d)
					}
				}
			}
			return true
		})
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s from $GOROOT/src (Go %s), turned into a main program by testdata/examples2main.go.\n\npackage main\n\n", fd.Name.Name, strings.TrimPrefix(runtime.Version(), "go"))
	var names []string
	for name := range usedPkgs {
		names = append(names, name)
	}
	sort.Strings(names)
	if len(names) > 0 {
		b.WriteString("import (\n")
		for _, name := range names {
			p := imports[name]
			if filepath.Base(p) == name || strings.HasSuffix(p, "/v2") && filepath.Base(filepath.Dir(p)) == name {
				fmt.Fprintf(&b, "\t%q\n", p)
			} else {
				fmt.Fprintf(&b, "\t%s %q\n", name, p)
			}
		}
		b.WriteString(")\n\n")
	}
	// Declarations in source order.
	var ds []ast.Decl
	seen := map[ast.Decl]bool{}
	for name := range need {
		for _, d := range decls[name] {
			if !seen[d] {
				seen[d] = true
				ds = append(ds, d)
			}
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].Pos() < ds[j].Pos() })
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}
	for _, d := range ds {
		cfg.Fprint(&b, fset, d)
		b.WriteString("\n\n")
	}
	b.WriteString("func main() ")
	cfg.Fprint(&b, fset, fd.Body)
	b.WriteString("\n\n// Output:\n")
	for _, l := range strings.Split(output, "\n") {
		b.WriteString(strings.TrimRight("// "+l, " ") + "\n")
	}
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil
	}
	return out
}
