package golite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"time"
)

// Lane labels: what a goroutine runs, as a person reads the program
// (trace.Task.Label, docs/TRACE.md).
//
// A go statement's label is compiled from its call expression: the called
// function as written, then each argument — a constant formatted as Go's
// %v formats it (strings quoted as %q, a time.Duration as its String()),
// an argument of a basic type or time.Duration with the value it had when
// the go statement ran, anything else (and any type with its own String or
// Error method, which %v would call) by its source text. A closure is
// labelled by the one call its body makes (a `defer wg.Done()` aside),
// where the closure's parameters show the values the go statement passed;
// a closure doing more than that is named as Go names it, after its
// enclosing function, with its line: `main.func1 (line 23)`.

// labelArgMax is the longest an argument's text gets before its middle is
// cut out, as reprlib cuts a Python repr.
const labelArgMax = 30

// argLabel is one argument of a labelled call: fixed text, or a value
// taken from the evaluated arguments of the go statement.
type argLabel struct {
	text string
	val  func(v Value) string // formats the value; nil: text only
	idx  int                  // index in the evaluated arguments
	sub  int                  // index in a packed variadic slice, or -1
}

// callLabel is a call as its label shows it.
type callLabel struct {
	fun    string
	args   []argLabel
	spread bool // the last argument is xs...
	nvals  int  // how many evaluated arguments the values come from
}

func (l *callLabel) render(vals []Value) string {
	var b strings.Builder
	b.WriteString(l.fun)
	b.WriteByte('(')
	for i, a := range l.args {
		if i > 0 {
			b.WriteString(", ")
		}
		if a.val != nil && len(vals) == l.nvals && a.idx < len(vals) {
			v := vals[a.idx]
			ok := true
			if a.sub >= 0 {
				sl := v.Sl()
				if ok = a.sub < len(sl); ok {
					v = sl[a.sub]
				}
			}
			if ifc, isIface := v.R.(*Iface); isIface {
				v = ifc.V
			}
			if ok {
				b.WriteString(a.val(v))
				continue
			}
		}
		b.WriteString(a.text)
	}
	if l.spread {
		b.WriteString("...")
	}
	b.WriteByte(')')
	return b.String()
}

// source is the program's text of n, on one line; nodes outside the
// program's file are printed.
func (c *compiler) source(n ast.Node) string {
	if f := c.fset.File(n.Pos()); f != nil && f.Name() == c.prog.file && n.End().IsValid() {
		lo, hi := f.Offset(n.Pos()), f.Offset(n.End())
		if 0 <= lo && lo <= hi && hi <= len(c.prog.src) {
			return strings.Join(strings.Fields(c.prog.src[lo:hi]), " ")
		}
	}
	if e, ok := n.(ast.Expr); ok {
		return types.ExprString(e)
	}
	return ""
}

// cutMiddle keeps the two ends of s around "..." when it is longer than
// limit characters.
func cutMiddle(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := (limit - 3) / 2
	j := limit - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// shortName is a function's name without the main package's prefix:
// "worker", "main.func1", "(*Server).run".
func shortName(name string) string { return strings.TrimPrefix(name, "main.") }

// litLine is a closure's fallback label: its Go name and line.
func (c *compiler) litLine(name string, lit *ast.FuncLit) string {
	return fmt.Sprintf("%s (line %d)", shortName(name), c.fset.Position(lit.Pos()).Line)
}

// mainCall is the one call a closure's body makes: the body is that call
// as a statement, `return f(...)`, `x := f(...)`, `ch <- f(...)` or
// `if err := f(...); ...`, beside deferred X.Done() calls and a return
// of no call. nil otherwise.
func mainCall(body *ast.BlockStmt) *ast.CallExpr {
	var found *ast.CallExpr
	for _, s := range body.List {
		var e ast.Expr
		switch s := s.(type) {
		case *ast.DeferStmt:
			if sel, ok := unparen(s.Call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Done" && len(s.Call.Args) == 0 {
				continue
			}
		case *ast.ExprStmt:
			e = s.X
		case *ast.ReturnStmt:
			if len(s.Results) == 1 {
				e = s.Results[0]
			}
			if _, call := unparen(e).(*ast.CallExpr); !call && !hasCall(s) {
				continue // return nil, return err: no work of its own
			}
		case *ast.AssignStmt:
			if len(s.Rhs) == 1 {
				e = s.Rhs[0]
			}
		case *ast.SendStmt:
			e = s.Value
		case *ast.IfStmt:
			if as, ok := s.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				e = as.Rhs[0]
			}
		}
		call, ok := unparen(e).(*ast.CallExpr)
		if !ok || found != nil {
			return nil
		}
		if _, lit := unparen(call.Fun).(*ast.FuncLit); lit {
			return nil
		}
		found = call
	}
	return found
}

// hasCall reports whether n contains a call.
func hasCall(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.CallExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// callLabelOf compiles the label of call. vals, if not nil, maps a
// variable to the index of the evaluated argument that holds its value (a
// closure's parameters); nvals is how many there are. With vals nil, the
// call's own arguments are the evaluated ones.
func (c *compiler) callLabelOf(call *ast.CallExpr, vals map[types.Object]int, nvals int) *callLabel {
	l := &callLabel{fun: c.source(call.Fun), spread: call.Ellipsis.IsValid(), nvals: nvals}
	var sig *types.Signature
	if t := c.exprType(call.Fun); t != nil {
		sig, _ = t.Underlying().(*types.Signature)
	}
	own := vals == nil
	if own && sig != nil {
		l.nvals = sig.Params().Len()
	}
	multi := len(call.Args) == 1 && isTuple(c.exprType(call.Args[0]))
	for i, a := range call.Args {
		idx, sub := -1, -1
		switch {
		case multi:
		case own && sig != nil:
			np := sig.Params().Len()
			if sig.Variadic() && !l.spread && i >= np-1 {
				idx, sub = np-1, i-(np-1)
			} else {
				idx = i
			}
		case !own:
			if id, ok := unparen(a).(*ast.Ident); ok {
				if k, ok := vals[c.use(id)]; ok {
					idx = k
				}
			}
		}
		l.args = append(l.args, c.argLabelOf(a, idx, sub))
	}
	return l
}

// argLabelOf is how argument a is shown; idx >= 0 says where its value
// will be found when the label is rendered.
func (c *compiler) argLabelOf(a ast.Expr, idx, sub int) argLabel {
	if lit, ok := unparen(a).(*ast.FuncLit); ok {
		return argLabel{text: c.litText(lit)}
	}
	tv := c.tv(a)
	if tv.Value != nil {
		if s, ok := constText(tv.Type, tv.Value); ok {
			return argLabel{text: s}
		}
	}
	al := argLabel{text: cutMiddle(c.source(a), labelArgMax)}
	if idx >= 0 && tv.Type != nil {
		if f := valueText(tv.Type); f != nil {
			al.val, al.idx, al.sub = f, idx, sub
		}
	}
	return al
}

// litText is a function literal as an argument: `func() { cancel() }`
// when its body is one call, else `func() {...}`.
func (c *compiler) litText(lit *ast.FuncLit) string {
	head := c.source(lit.Type)
	if call := mainCall(lit.Body); call != nil && len(lit.Body.List) == 1 {
		return head + " { " + c.callLabelOf(call, map[types.Object]int{}, 0).render(nil) + " }"
	}
	return head + " {...}"
}

func isDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Duration"
}

// formatsItself reports whether %v would call a method of t's (String or
// Error) rather than print the value.
func formatsItself(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	return ms.Lookup(nil, "String") != nil || ms.Lookup(nil, "Error") != nil
}

// quoteText is a string as %q prints it, shortened.
func quoteText(s string) string { return cutMiddle(strconv.Quote(s), labelArgMax) }

// constText is a constant of type t as %v prints it.
func constText(t types.Type, v constant.Value) (string, bool) {
	if isDuration(t) {
		if i, ok := constant.Int64Val(constant.ToInt(v)); ok {
			return time.Duration(i).String(), true
		}
		return "", false
	}
	if t == nil || formatsItself(t) {
		return "", false
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return "", false
	}
	info := b.Info()
	switch {
	case info&types.IsBoolean != 0:
		return strconv.FormatBool(constant.BoolVal(v)), true
	case info&types.IsString != 0:
		return quoteText(constant.StringVal(v)), true
	case info&types.IsInteger != 0:
		return constant.ToInt(v).ExactString(), true
	case info&types.IsFloat != 0:
		f, _ := constant.Float64Val(v)
		if b.Kind() == types.Float32 {
			return fmt.Sprint(float32(f)), true
		}
		return fmt.Sprint(f), true
	}
	return "", false
}

// valueText formats a value of type t as %v does, for the basic types and
// time.Duration; nil for every other type.
func valueText(t types.Type) func(Value) string {
	if isDuration(t) {
		return func(v Value) string { return time.Duration(v.I()).String() }
	}
	if formatsItself(t) {
		return nil
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil
	}
	switch b.Kind() {
	case types.Bool, types.UntypedBool:
		return func(v Value) string { return strconv.FormatBool(v.B()) }
	case types.Int, types.Int64, types.UntypedInt, types.UntypedRune:
		return func(v Value) string { return strconv.FormatInt(v.I(), 10) }
	case types.Int8:
		return func(v Value) string { return strconv.FormatInt(int64(int8(v.I())), 10) }
	case types.Int16:
		return func(v Value) string { return strconv.FormatInt(int64(int16(v.I())), 10) }
	case types.Int32:
		return func(v Value) string { return strconv.FormatInt(int64(int32(v.I())), 10) }
	case types.Uint, types.Uint64, types.Uintptr:
		return func(v Value) string { return strconv.FormatUint(v.N, 10) }
	case types.Uint8:
		return func(v Value) string { return strconv.FormatUint(uint64(uint8(v.N)), 10) }
	case types.Uint16:
		return func(v Value) string { return strconv.FormatUint(uint64(uint16(v.N)), 10) }
	case types.Uint32:
		return func(v Value) string { return strconv.FormatUint(uint64(uint32(v.N)), 10) }
	case types.Float32:
		return func(v Value) string { return fmt.Sprint(float32(v.F())) }
	case types.Float64, types.UntypedFloat:
		return func(v Value) string { return fmt.Sprint(v.F()) }
	case types.String, types.UntypedString:
		return func(v Value) string { return quoteText(v.S()) }
	}
	return nil
}

// goLabel compiles the label of a go statement in the program: given the
// evaluated arguments of its call, the text.
func (fc *fnCtx) goLabel(call *ast.CallExpr, name string) func(vals []Value) string {
	c := fc.c
	lit, ok := unparen(call.Fun).(*ast.FuncLit)
	if !ok {
		l := c.callLabelOf(call, nil, 0)
		return l.render
	}
	inner := mainCall(lit.Body)
	if inner == nil {
		s := c.litLine(name, lit)
		return func([]Value) string { return s }
	}
	params := map[types.Object]int{}
	sig, _ := c.exprType(lit).(*types.Signature)
	k := 0
	for _, f := range lit.Type.Params.List {
		for _, id := range f.Names {
			if sig == nil || !sig.Variadic() || k < sig.Params().Len()-1 {
				params[c.def(id)] = k
			}
			k++
		}
		if len(f.Names) == 0 {
			k++
		}
	}
	l := c.callLabelOf(inner, params, k)
	return l.render
}

// litLabel is the label of a function literal of the program, for the
// goroutines that library code starts to run it (errgroup's Go,
// WaitGroup.Go): the call it makes, or its name and line.
func (c *compiler) litLabel(lit *ast.FuncLit, name string) string {
	if inner := mainCall(lit.Body); inner != nil {
		return c.callLabelOf(inner, map[types.Object]int{}, 0).render(nil)
	}
	return c.litLine(name, lit)
}

// closureLabel is what a goroutine running cl does, if cl is the
// program's: its literal's label, or the named function it is.
func closureLabel(cl *Closure) (string, bool) {
	if cl == nil || cl.Native != nil || cl.Code == nil || cl.Code.Std {
		return "", false
	}
	if cl.Code.Label != "" {
		return cl.Code.Label, true
	}
	return shortName(cl.Code.Name) + "()", true
}

// stdGoLabel is the label of a goroutine that library code starts: the
// program's function it runs — the called func value, or one the library
// function was handed (errgroup's and WaitGroup's Go(f)) — else the
// library's function and the program's line.
func (m *Machine) stdGoLabel(fr *Frame, callee *Closure, name string) string {
	if s, ok := closureLabel(callee); ok {
		return s
	}
	for _, v := range fr.L {
		if cell, ok := v.R.(*Cell); ok {
			v = cell.V
		}
		if cl, ok := v.R.(*Closure); ok {
			if s, ok := closureLabel(cl); ok {
				return s
			}
		}
	}
	return fmt.Sprintf("%s (line %d)", name, m.pos(m.userPos(fr.g)).Line)
}

// timerLabel is the label of the goroutine a timer of the program starts
// when it fires, set at line: `time.AfterFunc(50ms, stop) (line 9)`, or
// for the timer of a context deadline `deadline of ctx (line 25)`.
func (c *compiler) timerLabel(line int) string {
	if c.timerLabels == nil {
		c.timerLabels = map[int]string{}
		for _, f := range c.prog.main.files {
			c.findTimers(f)
		}
	}
	if s, ok := c.timerLabels[line]; ok {
		return s
	}
	return fmt.Sprintf("time.AfterFunc (line %d)", line)
}

func (c *compiler) findTimers(f *ast.File) {
	calleeName := func(call *ast.CallExpr) string {
		sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		if o, ok := c.use(sel.Sel).(*types.Func); ok && o.Pkg() != nil {
			return o.Pkg().Path() + "." + o.Name()
		}
		return ""
	}
	deadline := func(call *ast.CallExpr) bool {
		switch calleeName(call) {
		case "context.WithTimeout", "context.WithDeadline", "context.WithTimeoutCause", "context.WithDeadlineCause":
			return true
		}
		return false
	}
	add := func(p token.Pos, s string) {
		line := c.fset.Position(p).Line
		if _, ok := c.timerLabels[line]; !ok {
			c.timerLabels[line] = fmt.Sprintf("%s (line %d)", s, line)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
				if call, ok := unparen(n.Rhs[0]).(*ast.CallExpr); ok && deadline(call) {
					add(call.Pos(), "deadline of "+c.source(n.Lhs[0]))
				}
			}
		case *ast.CallExpr:
			switch {
			case deadline(n):
				add(n.Pos(), "deadline of "+c.callLabelOf(n, map[types.Object]int{}, 0).render(nil))
			case calleeName(n) == "time.AfterFunc":
				add(n.Pos(), c.callLabelOf(n, map[types.Object]int{}, 0).render(nil))
			}
		}
		return true
	})
}
