package explain

import (
	"strings"

	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
	"taskline/engine/trace"
)

// pyProgram is the parsed Python program, for what the trace cannot say:
// which call a line holds, and where to change it.
type pyProgram struct {
	mod     *ast.Module
	version string
}

func parsePy(src, runtime string) *pyProgram {
	version := "3.11"
	if strings.HasSuffix(runtime, "3.7") {
		version = "3.7"
	}
	mod, err := syntax.ParseVersion("main.py", []byte(src), version)
	if err != nil || mod == nil {
		return nil
	}
	return &pyProgram{mod: mod, version: version}
}

// inspect walks the whole module.
func (p *pyProgram) inspect(f func(ast.Node) bool) { ast.Inspect(p.mod, f) }

// callName is the name a call's function is known by: "gather" for
// asyncio.gather(...), "sleep" for time.sleep, with the qualifier apart.
func callName(c *ast.Call) (qual, name string) {
	switch f := c.Func.(type) {
	case *ast.Name:
		return "", f.Id
	case *ast.Attribute:
		if n, ok := f.Value.(*ast.Name); ok {
			return n.Id, f.Attr
		}
		return "?", f.Attr
	}
	return "", ""
}

// callAt finds the call of a function named name that starts on line.
func (p *pyProgram) callAt(line int, name string) *ast.Call {
	var found *ast.Call
	p.inspect(func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if c, ok := n.(*ast.Call); ok {
			if _, nm := callName(c); nm == name {
				s, e := c.Span()
				if s.Line <= line && line <= e.Line {
					found = c
					return false
				}
			}
		}
		return true
	})
	return found
}

// stmtAt finds the innermost statement starting on line, with the body list
// that holds it and its index there.
func (p *pyProgram) stmtAt(line int) (ast.Stmt, []ast.Stmt, int) {
	var st ast.Stmt
	var body []ast.Stmt
	idx := -1
	var walk func(list []ast.Stmt)
	walk = func(list []ast.Stmt) {
		for i, s := range list {
			a, b := s.Span()
			if a.Line == line && st == nil {
				st, body, idx = s, list, i
			}
			if a.Line <= line && line <= b.Line {
				for _, sub := range childBodies(s) {
					walk(sub)
				}
			}
		}
	}
	walk(p.mod.Body)
	// the innermost: a compound statement and its first child may share a line
	return st, body, idx
}

// childBodies lists the statement lists directly inside s.
func childBodies(s ast.Stmt) [][]ast.Stmt {
	switch s := s.(type) {
	case *ast.FunctionDef:
		return [][]ast.Stmt{s.Body}
	case *ast.ClassDef:
		return [][]ast.Stmt{s.Body}
	case *ast.For:
		return [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.While:
		return [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.If:
		return [][]ast.Stmt{s.Body, s.Orelse}
	case *ast.With:
		return [][]ast.Stmt{s.Body}
	case *ast.Try:
		out := [][]ast.Stmt{s.Body, s.Orelse, s.Finalbody}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}

// funcAt is the innermost function definition whose extent holds line.
func (p *pyProgram) funcAt(line int) *ast.FunctionDef {
	var best *ast.FunctionDef
	p.inspect(func(n ast.Node) bool {
		if f, ok := n.(*ast.FunctionDef); ok {
			a, b := f.Span()
			if a.Line <= line && line <= b.Line {
				best = f
			}
		}
		return true
	})
	return best
}

// funcDefAt is the function defined at line (its def or first decorator).
func (p *pyProgram) funcDefAt(line int) *ast.FunctionDef {
	var found *ast.FunctionDef
	p.inspect(func(n ast.Node) bool {
		if f, ok := n.(*ast.FunctionDef); ok && found == nil {
			if a, _ := f.Span(); a.Line == line || f.NamePos.Line == line {
				found = f
			}
		}
		return found == nil
	})
	return found
}

// handlerAt is the except clause that starts on line, with its try.
func (p *pyProgram) handlerAt(line int) (*ast.Try, *ast.ExceptHandler) {
	var t *ast.Try
	var h *ast.ExceptHandler
	p.inspect(func(n ast.Node) bool {
		if x, ok := n.(*ast.Try); ok {
			for _, hh := range x.Handlers {
				if a, _ := hh.Span(); a.Line == line {
					t, h = x, hh
				}
			}
		}
		return h == nil
	})
	return t, h
}

// exceptStarAround is the line of the first except* clause of a try whose
// body holds line, or 0.
func (p *pyProgram) exceptStarAround(line int) int {
	found := 0
	p.inspect(func(n ast.Node) bool {
		if t, ok := n.(*ast.Try); ok && t.Star && len(t.Body) > 0 && len(t.Handlers) > 0 {
			a, _ := t.Body[0].Span()
			_, b := t.Body[len(t.Body)-1].Span()
			if a.Line <= line && line <= b.Line {
				h, _ := t.Handlers[0].Span()
				found = h.Line
			}
		}
		return true
	})
	return found
}

// hasAwait reports whether n contains an await (or async for/with), not
// counting nested function definitions.
func hasAwait(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.Await:
			found = true
		case *ast.For:
			found = found || m.Async
		case *ast.With:
			found = found || m.Async
		case *ast.FunctionDef, *ast.Lambda:
			return m == n
		}
		return !found
	})
	return found
}

// busyLoopIn is the line of a loop without awaits in the coroutine task
// runs, or 0: what holds the event loop when a task never yields.
func (p *pyProgram) busyLoopIn(tasks []trace.Task, task int) int {
	if task < 0 || task >= len(tasks) {
		return 0
	}
	f := p.funcDefAt(tasks[task].DefPos.Line)
	if f == nil || !f.Async {
		return 0
	}
	line := 0
	ast.Inspect(f, func(n ast.Node) bool {
		if line > 0 {
			return false
		}
		switch n.(type) {
		case *ast.While, *ast.For:
			if !hasAwait(n) {
				a, _ := n.Span()
				line = a.Line
				return false
			}
		case *ast.FunctionDef:
			return n == f
		}
		return true
	})
	return line
}

// isCancelledErrorType reports whether an except clause's type names
// CancelledError alone (asyncio.CancelledError, CancelledError).
func isCancelledErrorType(e ast.Expr) bool {
	switch t := e.(type) {
	case *ast.Name:
		return t.Id == "CancelledError"
	case *ast.Attribute:
		return t.Attr == "CancelledError"
	}
	return false
}

// handlerRaises reports whether the except clause starting on line raises
// anything (re-raises, or raises another exception) on some path: the
// trace does not record a raise that an enclosing async with handles in
// the same frame, so the source decides.
func (p *pyProgram) handlerRaises(line int) bool {
	return p.handlerHas(line, func(n ast.Node) bool {
		_, ok := n.(*ast.Raise)
		return ok
	})
}

// handlerUncancels reports whether the except clause that starts on line
// calls .uncancel(): the task withdraws the cancellation on purpose
// (Task.uncancel, 3.11+), which is not swallowing it.
func (p *pyProgram) handlerUncancels(line int) bool {
	return p.handlerHas(line, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok {
			return false
		}
		a, ok := c.Func.(*ast.Attribute)
		return ok && a.Attr == "uncancel"
	})
}

// handlerHas reports whether the body of the except clause that starts on
// line holds a node for which is is true, outside the functions and
// classes it defines.
func (p *pyProgram) handlerHas(line int, is func(ast.Node) bool) bool {
	if p == nil {
		return false
	}
	_, h := p.handlerAt(line)
	if h == nil {
		return false
	}
	found := false
	for _, st := range h.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			}
			if is(n) {
				found = true
			}
			return !found
		})
	}
	return found
}
