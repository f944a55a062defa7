package golite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strings"
)

// The compiler turns the typed AST into Go closures: each expression
// becomes a func(*Frame) Value and each statement a func(*Frame) ctl, with
// the operation chosen from the static types once, at compile time, so the
// evaluator never looks at the AST or at types while a program runs.
// Generic functions are compiled once per instantiation.

type ev = func(fr *Frame) Value
type sx = func(fr *Frame) ctl

type ctl int

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
	ctlFallthrough
)

// Frame is one activation of a function.
type Frame struct {
	L      []Value
	C      []*Cell
	m      *Machine
	g      *G
	code   *FuncCode
	parent *Frame
	pos    token.Pos
	defers []deferred
	lbl    *labelInfo
	recov  *goPanic // the panic a deferred call may recover
	depth  int
}

type labelInfo struct{ name string }

// deferred is a deferred call: its arguments evaluated, run at its defer
// statement's position (pos).
type deferred struct {
	call func(fr *Frame)
	pos  token.Pos
}

// FuncCode is a compiled function.
type FuncCode struct {
	Name     string
	NParams  int // receiver included
	NResults int
	NLocals  int
	Variadic bool
	Body     sx
	HasDefer bool
	Boxed    []int // parameter and result slots that live in Cells
	BoxedRes []int
	ResInit  []func() Value // zero values of aggregate results, by index (nil entries for others)
	Pos      token.Pos
	Std      bool
	Label    string // a function literal of the program: the goroutine label of what it runs

	// KeepFrame: something the function makes may refer to its frame
	// after it returns (a pointer to a local, a native's function value,
	// a deferred or started call, a range-over-func body), so a call
	// must not hand the frame to the next call (spare).
	KeepFrame bool
	// spare is a frame a call of this function returned and nothing
	// refers to any more: the next call takes it rather than
	// allocating (takeFrame). A CPU-bound loop calling a small function
	// allocated one frame per call, and the collector's work on them
	// was a sixth of its time. A compiled program is used by one run
	// at a time (progcache), so its FuncCode is never shared.
	spare *Frame
}

type varKind int

const (
	vLocal varKind = iota
	vBoxed
	vCapt
	vGlobal
)

type varLoc struct {
	kind varKind
	idx  int
	cell *Cell
}

type compiler struct {
	fset    *token.FileSet
	prog    *program
	m       *Machine
	funcs   map[*types.Func]*FuncCode
	decls   map[*types.Func]*ast.FuncDecl
	insts   map[string]*FuncCode
	lazy    map[*types.Func]bool // stub functions not compiled yet
	globals map[*types.Var]*Cell
	// globalOrder is the package variables in the order they were
	// declared (and first zeroed), dependencies first.
	globalOrder []*types.Var
	// compiling counts the function bodies being compiled: not 0 after a
	// run means one was left half-compiled (putCompiled).
	compiling int
	boxed     map[*types.Var]bool
	errs      []compileError
	litN      map[string]int // closure counters per enclosing function

	zeroC  map[types.Type]func() Value
	eqC    map[types.Type]func(a, b Value) bool
	keyC   map[types.Type]func(Value) any
	cloneC map[types.Type]func(Value) Value
	copyC  map[types.Type]func(dst, src *Agg)
	methC  map[types.Type]map[string]*methodImpl
	implC  map[[2]types.Type]bool
	// strMethC: hasStringMethod's answers.
	strMethC map[strMethodKey]bool
	nameC    map[types.Type]string

	natives     map[string]nativeFn
	errT        types.Type // *errors.errorString, for errors made by natives
	runtimeErrT types.Type
	timeT       types.Type

	timerLabels map[int]string // by line: labels of the goroutines timers start (label.go)
}

type nativeFn func(fr *Frame, a []Value) []Value

// unsupported records a construct outside the subset.
func (c *compiler) unsupported(pos token.Pos, format string, args ...any) {
	c.errs = append(c.errs, compileError{c.fset.Position(pos), fmt.Sprintf(format, args...)})
}

// What go/types found about a node: the program's Info, or the Info of the
// stub package the node belongs to (each is checked once per process,
// check.go), chosen by the node's position.
func (c *compiler) infoAt(pos token.Pos) *types.Info {
	if pos < stdBase {
		return c.prog.info
	}
	return c.prog.pkgAt(pos).info
}

func (c *compiler) tv(e ast.Expr) types.TypeAndValue { return c.infoAt(e.Pos()).Types[e] }
func (c *compiler) exprType(e ast.Expr) types.Type   { return c.infoAt(e.Pos()).TypeOf(e) }
func (c *compiler) use(id *ast.Ident) types.Object   { return c.infoAt(id.Pos()).Uses[id] }
func (c *compiler) def(id *ast.Ident) types.Object   { return c.infoAt(id.Pos()).Defs[id] }
func (c *compiler) implicit(n ast.Node) types.Object { return c.infoAt(n.Pos()).Implicits[n] }
func (c *compiler) selection(s *ast.SelectorExpr) *types.Selection {
	return c.infoAt(s.Pos()).Selections[s]
}

// isBoxed reports whether v lives in a Cell (findBoxed).
func (c *compiler) isBoxed(v *types.Var) bool {
	if c.boxed[v] {
		return true
	}
	if v.Pkg() != nil {
		if lp := c.prog.byPath[v.Pkg().Path()]; lp != nil && lp.std {
			return lp.boxed[v]
		}
	}
	return false
}

type fnCtx struct {
	c        *compiler
	parent   *fnCtx
	code     *FuncCode
	vars     map[*types.Var]varLoc
	capt     []*types.Var
	captIdx  map[*types.Var]int
	nlocals  int
	subst    map[*types.TypeParam]types.Type
	results  []int // result slots
	resTypes []types.Type
	labels   map[string]*labelInfo
	std      bool
	pkg      *types.Package
}

func (c *compiler) newFn(parent *fnCtx, code *FuncCode, subst map[*types.TypeParam]types.Type) *fnCtx {
	fc := &fnCtx{c: c, parent: parent, code: code, vars: map[*types.Var]varLoc{}, captIdx: map[*types.Var]int{}, subst: subst, labels: map[string]*labelInfo{}}
	if parent != nil {
		fc.std, fc.pkg = parent.std, parent.pkg
		if fc.subst == nil {
			fc.subst = parent.subst
		}
	}
	return fc
}

func (fc *fnCtx) newSlot() int {
	fc.nlocals++
	return fc.nlocals - 1
}

// declare gives v a slot in the current function.
func (fc *fnCtx) declare(v *types.Var) varLoc {
	l := varLoc{kind: vLocal, idx: fc.newSlot()}
	if fc.c.isBoxed(v) {
		l.kind = vBoxed
	}
	fc.vars[v] = l
	return l
}

// lookup finds v: a local, a captured variable or a global.
func (fc *fnCtx) lookup(v *types.Var) varLoc {
	if l, ok := fc.vars[v]; ok {
		return l
	}
	if cell, ok := fc.c.globals[v]; ok {
		return varLoc{kind: vGlobal, cell: cell}
	}
	if i, ok := fc.captIdx[v]; ok {
		return varLoc{kind: vCapt, idx: i}
	}
	if fc.parent == nil {
		panic(fmt.Sprintf("internal error: variable %s not found", v.Name()))
	}
	fc.captIdx[v] = len(fc.capt)
	fc.capt = append(fc.capt, v)
	return varLoc{kind: vCapt, idx: len(fc.capt) - 1}
}

// cellOf returns code yielding the Cell of a boxed or captured variable.
func (fc *fnCtx) cellOf(v *types.Var) func(fr *Frame) *Cell {
	l := fc.lookup(v)
	switch l.kind {
	case vBoxed:
		i := l.idx
		return func(fr *Frame) *Cell { return fr.L[i].R.(*Cell) }
	case vCapt:
		i := l.idx
		return func(fr *Frame) *Cell { return fr.C[i] }
	case vGlobal:
		cell := l.cell
		return func(fr *Frame) *Cell { return cell }
	}
	panic("internal error: variable " + v.Name() + " is not boxed")
}

func (fc *fnCtx) loadVar(v *types.Var) ev {
	l := fc.lookup(v)
	switch l.kind {
	case vLocal:
		i := l.idx
		return func(fr *Frame) Value { return fr.L[i] }
	case vBoxed:
		i := l.idx
		return func(fr *Frame) Value { return fr.L[i].R.(*Cell).V }
	case vCapt:
		i := l.idx
		return func(fr *Frame) Value { return fr.C[i].V }
	default:
		cell := l.cell
		return func(fr *Frame) Value { return cell.V }
	}
}

// refVar returns code yielding a pointer to v's storage.
func (fc *fnCtx) refVar(v *types.Var) func(fr *Frame) *Value {
	l := fc.lookup(v)
	switch l.kind {
	case vLocal:
		i := l.idx
		return func(fr *Frame) *Value { return &fr.L[i] }
	case vBoxed:
		i := l.idx
		return func(fr *Frame) *Value { return &fr.L[i].R.(*Cell).V }
	case vCapt:
		i := l.idx
		return func(fr *Frame) *Value { return &fr.C[i].V }
	default:
		cell := l.cell
		return func(fr *Frame) *Value { return &cell.V }
	}
}

// initVar returns code storing a fresh value in a newly declared variable.
func (fc *fnCtx) initVar(v *types.Var) func(fr *Frame, x Value) {
	l := fc.declare(v)
	i := l.idx
	if l.kind == vBoxed {
		return func(fr *Frame, x Value) { fr.L[i] = Value{R: &Cell{V: x}} }
	}
	return func(fr *Frame, x Value) { fr.L[i] = x }
}

// T substitutes type parameters of the function being compiled.
func (fc *fnCtx) T(t types.Type) types.Type {
	if len(fc.subst) == 0 || t == nil {
		return t
	}
	return substType(t, fc.subst)
}

func (fc *fnCtx) typeOf(e ast.Expr) types.Type {
	return fc.T(fc.c.exprType(e))
}

func substType(t types.Type, s map[*types.TypeParam]types.Type) types.Type {
	switch t := t.(type) {
	case *types.TypeParam:
		if r, ok := s[t]; ok {
			return r
		}
		return t
	case *types.Pointer:
		e := substType(t.Elem(), s)
		if e == t.Elem() {
			return t
		}
		return types.NewPointer(e)
	case *types.Slice:
		e := substType(t.Elem(), s)
		if e == t.Elem() {
			return t
		}
		return types.NewSlice(e)
	case *types.Array:
		e := substType(t.Elem(), s)
		if e == t.Elem() {
			return t
		}
		return types.NewArray(e, t.Len())
	case *types.Map:
		k, v := substType(t.Key(), s), substType(t.Elem(), s)
		if k == t.Key() && v == t.Elem() {
			return t
		}
		return types.NewMap(k, v)
	case *types.Chan:
		e := substType(t.Elem(), s)
		if e == t.Elem() {
			return t
		}
		return types.NewChan(t.Dir(), e)
	case *types.Tuple:
		if t == nil {
			return t
		}
		changed := false
		vars := make([]*types.Var, t.Len())
		for i := 0; i < t.Len(); i++ {
			v := t.At(i)
			nt := substType(v.Type(), s)
			if nt != v.Type() {
				changed = true
			}
			vars[i] = types.NewVar(v.Pos(), v.Pkg(), v.Name(), nt)
		}
		if !changed {
			return t
		}
		return types.NewTuple(vars...)
	case *types.Signature:
		p := substType(t.Params(), s).(*types.Tuple)
		r := substType(t.Results(), s).(*types.Tuple)
		if p == t.Params() && r == t.Results() {
			return t
		}
		return types.NewSignatureType(nil, nil, nil, p, r, t.Variadic())
	case *types.Struct:
		changed := false
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			nt := substType(f.Type(), s)
			if nt != f.Type() {
				changed = true
			}
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), nt, f.Embedded())
			tags[i] = t.Tag(i)
		}
		if !changed {
			return t
		}
		return types.NewStruct(fields, tags)
	case *types.Named:
		ta := t.TypeArgs()
		if ta == nil || ta.Len() == 0 {
			return t
		}
		args := make([]types.Type, ta.Len())
		changed := false
		for i := range args {
			args[i] = substType(ta.At(i), s)
			if args[i] != ta.At(i) {
				changed = true
			}
		}
		if !changed {
			return t
		}
		nt, err := types.Instantiate(nil, t.Origin(), args, false)
		if err != nil {
			return t
		}
		return nt
	}
	return t
}

func isAgg(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		return true
	}
	return false
}

func isIface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}

func basicKind(t types.Type) types.BasicKind {
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Kind()
	}
	return types.Invalid
}

func isUnsigned(k types.BasicKind) bool {
	switch k {
	case types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Uintptr:
		return true
	}
	return false
}

func isIntKind(k types.BasicKind) bool {
	return k >= types.Int && k <= types.Uintptr || k == types.UntypedInt || k == types.UntypedRune
}

func isFloatKind(k types.BasicKind) bool {
	return k == types.Float32 || k == types.Float64 || k == types.UntypedFloat
}

// wrapInt truncates a 64-bit result to the width of kind k.
func wrapInt(k types.BasicKind) func(uint64) uint64 {
	switch k {
	case types.Int8:
		return func(x uint64) uint64 { return uint64(int64(int8(x))) }
	case types.Int16:
		return func(x uint64) uint64 { return uint64(int64(int16(x))) }
	case types.Int32, types.UntypedRune:
		return func(x uint64) uint64 { return uint64(int64(int32(x))) }
	case types.Uint8:
		return func(x uint64) uint64 { return uint64(uint8(x)) }
	case types.Uint16:
		return func(x uint64) uint64 { return uint64(uint16(x)) }
	case types.Uint32:
		return func(x uint64) uint64 { return uint64(uint32(x)) }
	}
	return nil
}

// constValue converts a constant of type t.
func (c *compiler) constValue(t types.Type, cv constant.Value) Value {
	if isIface(t) {
		dt := defaultType(cv)
		return Value{R: &Iface{T: dt, V: c.constValue(dt, cv)}}
	}
	k := basicKind(t)
	switch {
	case k == types.Bool || k == types.UntypedBool:
		return mkBool(constant.BoolVal(cv))
	case k == types.String || k == types.UntypedString:
		return mkStr(constant.StringVal(cv))
	case isIntKind(k):
		if cv.Kind() == constant.Float {
			cv = constant.ToInt(cv)
		}
		if isUnsigned(k) {
			u, _ := constant.Uint64Val(cv)
			return mkUint(u)
		}
		i, _ := constant.Int64Val(cv)
		return mkInt(i)
	case isFloatKind(k):
		f, _ := constant.Float64Val(constant.ToFloat(cv))
		if k == types.Float32 {
			f = float64(float32(f))
		}
		return mkFloat(f)
	case k == types.UntypedNil:
		return Value{}
	}
	return Value{}
}

func defaultType(cv constant.Value) types.Type {
	switch cv.Kind() {
	case constant.Bool:
		return types.Typ[types.Bool]
	case constant.String:
		return types.Typ[types.String]
	case constant.Int:
		return types.Typ[types.Int]
	case constant.Float:
		return types.Typ[types.Float64]
	}
	return types.Typ[types.Int]
}

// zero returns a maker of t's zero value. Aggregates get fresh storage.
func (c *compiler) zero(t types.Type) func() Value {
	if z, ok := c.zeroC[t]; ok {
		return z
	}
	var z func() Value
	switch u := t.Underlying().(type) {
	case *types.Struct:
		n := u.NumFields()
		fz := make([]func() Value, n)
		c.zeroC[t] = func() Value { // recursion guard; replaced below
			return z()
		}
		for i := 0; i < n; i++ {
			if isAgg(u.Field(i).Type()) {
				fz[i] = c.zero(u.Field(i).Type())
			}
		}
		z = func() Value {
			c.m.allocValues(int64(n))
			f := make([]Value, n)
			for i, fn := range fz {
				if fn != nil {
					f[i] = fn()
				}
			}
			return Value{R: &Agg{F: f}}
		}
	case *types.Array:
		n := u.Len()
		if isAgg(u.Elem()) {
			ez := c.zero(u.Elem())
			total := aggBytes(t)
			z = func() Value {
				// The whole array first: [1<<20][1<<20]int must fail
				// before its first row is built.
				c.m.alloc(total)
				c.m.allocValues(n)
				f := make([]Value, n)
				for i := range f {
					f[i] = ez()
				}
				return Value{R: &Agg{F: f}}
			}
		} else {
			z = func() Value {
				c.m.allocValues(n)
				return Value{R: &Agg{F: make([]Value, n)}}
			}
		}
	default:
		z = func() Value { return Value{} }
	}
	c.zeroC[t] = z
	return z
}

// cloner returns a deep copy function for aggregates, nil for other types.
func (c *compiler) cloner(t types.Type) func(Value) Value {
	if !isAgg(t) {
		return nil
	}
	if f, ok := c.cloneC[t]; ok {
		return f
	}
	var f func(Value) Value
	c.cloneC[t] = func(v Value) Value { return f(v) }
	switch u := t.Underlying().(type) {
	case *types.Struct:
		n := u.NumFields()
		fc := make([]func(Value) Value, n)
		for i := 0; i < n; i++ {
			fc[i] = c.cloner(u.Field(i).Type())
		}
		f = func(v Value) Value {
			a := v.R.(*Agg)
			c.m.allocValues(int64(n))
			nf := make([]Value, n)
			copy(nf, a.F)
			for i, cl := range fc {
				if cl != nil {
					nf[i] = cl(nf[i])
				}
			}
			return Value{R: &Agg{F: nf}}
		}
	case *types.Array:
		ec := c.cloner(u.Elem())
		f = func(v Value) Value {
			a := v.R.(*Agg)
			c.m.allocValues(int64(len(a.F)))
			nf := make([]Value, len(a.F))
			copy(nf, a.F)
			if ec != nil {
				for i := range nf {
					nf[i] = ec(nf[i])
				}
			}
			return Value{R: &Agg{F: nf}}
		}
	}
	c.cloneC[t] = f
	return f
}

// copier returns the function that copies an aggregate of type t into
// existing storage, recursing into nested structs and arrays so that
// pointers to them (&x.inner, &arr[i]) stay valid and see the new value.
func (c *compiler) copier(t types.Type) func(dst, src *Agg) {
	if f, ok := c.copyC[t]; ok {
		return f
	}
	var f func(dst, src *Agg)
	c.copyC[t] = func(dst, src *Agg) { f(dst, src) }
	var nested func(i int) func(dst, src *Agg)
	n := 0
	switch u := t.Underlying().(type) {
	case *types.Struct:
		n = u.NumFields()
		nested = func(i int) func(dst, src *Agg) {
			if isAgg(u.Field(i).Type()) {
				return c.copier(u.Field(i).Type())
			}
			return nil
		}
	case *types.Array:
		n = int(u.Len())
		var ec func(dst, src *Agg)
		if isAgg(u.Elem()) {
			ec = c.copier(u.Elem())
		}
		nested = func(int) func(dst, src *Agg) { return ec }
	}
	subs := make([]func(dst, src *Agg), n)
	any := false
	for i := range subs {
		subs[i] = nested(i)
		if subs[i] != nil {
			any = true
		}
	}
	f = func(dst, src *Agg) {
		if dst == src {
			return
		}
		if !any {
			copy(dst.F, src.F)
			return
		}
		for i, sub := range subs {
			if sub != nil {
				d, _ := dst.F[i].R.(*Agg)
				sv, _ := src.F[i].R.(*Agg)
				if d != nil && sv != nil {
					sub(d, sv)
					continue
				}
			}
			dst.F[i] = src.F[i]
		}
	}
	c.copyC[t] = f
	return f
}

// copyAgg copies src into dst one level deep (natives' use).
func copyAgg(dst, src *Agg) {
	copy(dst.F, src.F)
}

// eq returns the equality function for values of type t.
func (c *compiler) eq(t types.Type) func(a, b Value) bool {
	if f, ok := c.eqC[t]; ok {
		return f
	}
	var f func(a, b Value) bool
	c.eqC[t] = func(a, b Value) bool { return f(a, b) }
	switch u := t.Underlying().(type) {
	case *types.Basic:
		k := u.Kind()
		switch {
		case k == types.String || k == types.UntypedString:
			f = func(a, b Value) bool { return a.S() == b.S() }
		case isFloatKind(k):
			f = func(a, b Value) bool { return a.F() == b.F() }
		case k == types.UntypedNil:
			f = func(a, b Value) bool { return a.R == b.R }
		default:
			f = func(a, b Value) bool { return a.N == b.N }
		}
	case *types.Interface:
		f = func(a, b Value) bool { return c.eqIface(a, b) }
	case *types.Struct:
		n := u.NumFields()
		fe := make([]func(a, b Value) bool, n)
		for i := 0; i < n; i++ {
			fe[i] = c.eq(u.Field(i).Type())
		}
		f = func(a, b Value) bool {
			x, y := a.R.(*Agg), b.R.(*Agg)
			for i, e := range fe {
				if !e(x.F[i], y.F[i]) {
					return false
				}
			}
			return true
		}
	case *types.Array:
		ee := c.eq(u.Elem())
		f = func(a, b Value) bool {
			x, y := a.R.(*Agg), b.R.(*Agg)
			for i := range x.F {
				if !ee(x.F[i], y.F[i]) {
					return false
				}
			}
			return true
		}
	case *types.Slice, *types.Map, *types.Signature:
		f = func(a, b Value) bool {
			return isNilValue(a) && isNilValue(b)
		}
	default: // pointers, channels
		f = func(a, b Value) bool { return a.R == b.R }
	}
	c.eqC[t] = f
	return f
}

func isNilValue(v Value) bool {
	switch r := v.R.(type) {
	case nil:
		return true
	case []Value:
		return r == nil
	case *Map:
		return r == nil
	case *Closure:
		return r == nil
	case *Chan:
		return r == nil
	}
	return false
}

func comparable(t types.Type) bool { return types.Comparable(t) }

func (c *compiler) eqIface(a, b Value) bool {
	x, _ := a.R.(*Iface)
	y, _ := b.R.(*Iface)
	if x == nil || y == nil {
		return x == y
	}
	if !types.Identical(x.T, y.T) {
		return false
	}
	if !comparable(x.T) {
		panic(c.m.runtimeErr("comparing uncomparable type " + c.typeName(x.T)))
	}
	return c.eq(x.T)(x.V, y.V)
}

type ifaceKey struct {
	t string
	k any
}

// key returns the map-key normaliser for keys of type t.
func (c *compiler) key(t types.Type) func(Value) any {
	if f, ok := c.keyC[t]; ok {
		return f
	}
	var f func(Value) any
	c.keyC[t] = func(v Value) any { return f(v) }
	switch u := t.Underlying().(type) {
	case *types.Basic:
		k := u.Kind()
		switch {
		case k == types.String:
			f = func(v Value) any { return v.S() }
		case isFloatKind(k):
			f = func(v Value) any { return v.F() }
		default:
			f = func(v Value) any { return v.N }
		}
	case *types.Interface:
		f = func(v Value) any {
			x, _ := v.R.(*Iface)
			if x == nil {
				return nil
			}
			if !comparable(x.T) {
				panic(c.m.runtimeErr("hash of unhashable type " + c.typeName(x.T)))
			}
			return ifaceKey{c.typeName(x.T), c.key(x.T)(x.V)}
		}
	case *types.Struct:
		n := u.NumFields()
		fk := make([]func(Value) any, n)
		for i := 0; i < n; i++ {
			fk[i] = c.key(u.Field(i).Type())
		}
		f = func(v Value) any {
			a := v.R.(*Agg)
			var b strings.Builder
			for i, k := range fk {
				fmt.Fprintf(&b, "%#v\x00", k(a.F[i]))
			}
			return b.String()
		}
	case *types.Array:
		ek := c.key(u.Elem())
		f = func(v Value) any {
			a := v.R.(*Agg)
			var b strings.Builder
			for _, x := range a.F {
				fmt.Fprintf(&b, "%#v\x00", ek(x))
			}
			return b.String()
		}
	default:
		f = func(v Value) any { return v.R }
	}
	c.keyC[t] = f
	return f
}

// toIface converts a value of static type from to interface type to.
func (c *compiler) toIface(from types.Type) func(Value) Value {
	if isIface(from) {
		return nil
	}
	if b, ok := from.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return func(Value) Value { return Value{} }
	}
	if b, ok := from.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		from = types.Default(from)
	}
	return func(v Value) Value { return Value{R: &Iface{T: from, V: v}} }
}

// typeName is a type as Go's runtime prints it: main.T, *main.T, []int,
// interface {}.
func (c *compiler) typeName(t types.Type) string {
	if s, ok := c.nameC[t]; ok {
		return s
	}
	var b strings.Builder
	writeType(&b, t)
	s := b.String()
	c.nameC[t] = s
	return s
}

// writeType prints a type as Go's runtime and %T do.
func writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Int32:
			b.WriteString("int32")
		case types.Uint8:
			b.WriteString("uint8")
		default:
			b.WriteString(t.Name())
		}
	case *types.Named:
		if t.Obj().Pkg() != nil {
			b.WriteString(t.Obj().Pkg().Name() + ".")
		}
		b.WriteString(t.Obj().Name())
		if ta := t.TypeArgs(); ta != nil && ta.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < ta.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeType(b, ta.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Alias:
		writeType(b, types.Unalias(t))
	case *types.Pointer:
		b.WriteByte('*')
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteByte(']')
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func(")
		for i := 0; i < t.Params().Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			pt := t.Params().At(i).Type()
			if t.Variadic() && i == t.Params().Len()-1 {
				b.WriteString("...")
				pt = pt.(*types.Slice).Elem()
			}
			writeType(b, pt)
		}
		b.WriteByte(')')
		switch r := t.Results(); r.Len() {
		case 0:
		case 1:
			b.WriteByte(' ')
			writeType(b, r.At(0).Type())
		default:
			b.WriteString(" (")
			for i := 0; i < r.Len(); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				writeType(b, r.At(i).Type())
			}
			b.WriteByte(')')
		}
	case *types.Interface:
		if t.Empty() {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := 0; i < t.NumMethods(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			var sb strings.Builder
			writeType(&sb, m.Type())
			b.WriteString(strings.TrimPrefix(sb.String(), "func"))
		}
		b.WriteString(" }")
	case *types.Struct:
		b.WriteString("struct {")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString(";")
			}
			f := t.Field(i)
			b.WriteByte(' ')
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeType(b, f.Type())
		}
		if t.NumFields() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("}")
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}

func floatOf(v Value, k types.BasicKind) float64 {
	switch {
	case isFloatKind(k):
		return v.F()
	case isUnsigned(k):
		return float64(v.N)
	}
	return float64(int64(v.N))
}

func toFloatKind(f float64, k types.BasicKind) Value {
	if k == types.Float32 {
		f = float64(float32(f))
	}
	return mkFloat(f)
}

// floatToInt converts like Go on amd64.
func floatToInt(f float64, k types.BasicKind) uint64 {
	if isUnsigned(k) {
		if f >= math.MaxInt64 {
			return uint64(f)
		}
		return uint64(int64(f))
	}
	return uint64(int64(f))
}
