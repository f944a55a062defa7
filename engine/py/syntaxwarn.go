package py

import (
	"fmt"
	"strings"

	"taskline/engine"
	"taskline/engine/py/ast"
)

// compileWarnings is what CPython's compiler prints on stderr before the
// program runs, from 3.8 on: the SyntaxWarning for a call of something a
// display or literal makes, which can never be callable ("perhaps you
// missed a comma?", compile.c's check_caller), one line per call in source
// order, shown by the warnings module as FILE:LINE: SyntaxWarning: MSG and
// the stripped source line.
func compileWarnings(mod *ast.Module, file, src, version string) string {
	if engine.PythonMinor(version) < 8 {
		return ""
	}
	lines := strings.Split(src, "\n")
	var b strings.Builder
	ast.Inspect(mod, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		tp := notCallable(c.Func)
		if tp == "" {
			return true
		}
		start, _ := c.Span()
		fmt.Fprintf(&b, "%s:%d: SyntaxWarning: '%s' object is not callable; perhaps you missed a comma?\n", file, start.Line, tp)
		if start.Line >= 1 && start.Line <= len(lines) {
			if text := strings.TrimSpace(lines[start.Line-1]); text != "" {
				b.WriteString("  " + text + "\n")
			}
		}
		return true
	})
	return b.String()
}

// notCallable is the type name of e when e is a literal or display, whose
// value is never callable (compile.c's infer_type), else "".
func notCallable(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case string:
			return "str"
		case []byte:
			return "bytes"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case ast.Ellipsis:
			return "ellipsis"
		default:
			return "int"
		}
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}
