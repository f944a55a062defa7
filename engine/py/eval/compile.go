package eval

import (
	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// The compiler turns the syntax tree into a tree of Go closures. Statements
// compile to stmtFn, which return nil, a control-flow sentinel (break,
// continue, return) or the exception being raised; expressions compile to
// exprFn. Names were resolved to slots beforehand, by the scope resolver of
// package syntax (syntax/resolve.go).
//
// The compiler is split by concern: compile_stmt.go (statements and loops),
// compile_names.go (loads, stores, deletes), compile_func.go (functions,
// lambdas, classes), compile_exc.go (raise, try, except*, with),
// compile_import.go, compile_expr.go (expressions and comprehensions) and
// compile_fstring.go. What runs at run time lives in the runtime files
// (ops.go, iter.go, exceptions.go, call.go …).

type stmtFn func(in *Interp, fr *frame) error
type exprFn func(in *Interp, fr *frame) (Value, error)
type storeFn func(in *Interp, fr *frame, v Value) error

type ctlErr struct{ what string }

func (e *ctlErr) Error() string { return "'" + e.what + "' outside loop" }

var (
	errBreak    = &ctlErr{"break"}
	errContinue = &ctlErr{"continue"}
	errReturn   = &ctlErr{"return"}
)

// Program is a compiled module.
type Program struct {
	code *funcCode
	g    *globals
	file string
}

type compiler struct {
	file    string
	modName string
	f       *syntax.File
	g       *globals
	sc      *syntax.Scope
	loop    int // loop nesting in the current function
}

// Compile compiles a parsed and resolved module as the program's __main__.
func Compile(f *syntax.File) (prog *Program, err error) {
	return compileModule(f, "__main__")
}

func compileModule(f *syntax.File, modName string) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*UnsupportedError); ok {
				prog, err = nil, e
				return
			}
			if e, ok := r.(*syntax.SyntaxError); ok {
				prog, err = nil, e
				return
			}
			panic(r)
		}
	}()
	file := f.Filename
	c := &compiler{file: file, modName: modName, f: f, g: &globals{index: map[string]int{}}, sc: f.Top}
	body := c.block(f.Module.Body)
	code := &funcCode{name: "<module>", qualname: "<module>", kind: -1, exec: body, line: 1, file: file}
	return &Program{code: code, g: c.g, file: file}, nil
}

func (c *compiler) unsupported(n ast.Node, what string) {
	p, _ := n.Span()
	panic(&UnsupportedError{File: c.file, Line: p.Line, Col: p.Col, What: what})
}

// syntaxError stops the compilation with a SyntaxError the parser and the
// checks of package syntax should have found first.
func (c *compiler) syntaxError(n ast.Node, msg string) {
	panic(c.f.Errorf(n, "%s", msg))
}
