package eval

import (
	"fmt"

	"taskline/engine/py/ast"
)

// The compiler turns the syntax tree into a tree of Go closures. Statements
// compile to stmtFn, which return nil, a control-flow sentinel (break,
// continue, return) or the exception being raised; expressions compile to
// exprFn. Names were resolved to slots beforehand (resolve.go).
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

// SyntaxErr is a compile-time error found by the resolver or compiler
// (for example a nonlocal without binding).
type SyntaxErr struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *SyntaxErr) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// Program is a compiled module.
type Program struct {
	code *funcCode
	g    *globals
	file string
}

type compiler struct {
	file    string
	modName string
	r       *resolver
	g       *globals
	sc      *scope
	loop    int // loop nesting in the current function
}

// Compile resolves and compiles a parsed module as the program's __main__.
func Compile(mod *ast.Module, file string) (prog *Program, err error) {
	return compileModule(mod, file, "__main__")
}

func compileModule(mod *ast.Module, file, modName string) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*UnsupportedError); ok {
				prog, err = nil, e
				return
			}
			if e, ok := r.(*SyntaxErr); ok {
				prog, err = nil, e
				return
			}
			panic(r)
		}
	}()
	r := &resolver{scopes: map[ast.Node]*scope{}, file: file}
	top := r.newScope(scModule, nil, "<module>", mod)
	r.stmts(mod.Body, top)
	if r.err != nil {
		return nil, r.err
	}
	r.resolveAll()
	if r.err != nil {
		return nil, r.err
	}
	c := &compiler{file: file, modName: modName, r: r, g: &globals{index: map[string]int{}}, sc: top}
	body := c.block(mod.Body)
	code := &funcCode{name: "<module>", qualname: "<module>", kind: -1, exec: body, line: 1, file: file}
	return &Program{code: code, g: c.g, file: file}, nil
}

func (c *compiler) unsupported(n ast.Node, what string) {
	p, _ := n.Span()
	panic(&UnsupportedError{File: c.file, Line: p.Line, Col: p.Col, What: what})
}

func (c *compiler) syntaxError(n ast.Node, msg string) {
	p, _ := n.Span()
	panic(&SyntaxErr{File: c.file, Line: p.Line, Col: p.Col, Msg: msg})
}
