package golite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"taskline/engine/trace"
)

type methodTarget struct {
	code *FuncCode
	nat  nativeFn
}

// nativeName is the key of a bodiless stub function in the natives table:
// "fmt.Println", "time.Duration.String", "sync.WaitGroup.Add".
func nativeName(o *types.Func) string {
	sig := o.Type().(*types.Signature)
	if r := sig.Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return o.Pkg().Path() + "." + n.Obj().Name() + "." + o.Name()
		}
	}
	return o.Pkg().Path() + "." + o.Name()
}

// funcFor returns the compiled code of a function or method, or its native.
func (c *compiler) funcFor(o *types.Func, targs []types.Type, pos token.Pos) (*FuncCode, nativeFn) {
	return c.funcForRecv(o, targs, pos, nil)
}

// funcForRecv is funcFor for a method called on a receiver of type recv
// (with the caller's type parameters already substituted), which gives the
// type arguments of a generic receiver.
func (c *compiler) funcForRecv(o *types.Func, targs []types.Type, pos token.Pos, recv types.Type) (*FuncCode, nativeFn) {
	orig := o.Origin()
	if g := genericNatives[nativeName(orig)]; g != nil {
		return nil, g(c, targs)
	}
	decl := c.decls[orig]
	sig := o.Type().(*types.Signature)
	osig := orig.Type().(*types.Signature)
	if decl != nil && decl.Body != nil {
		generic := osig.TypeParams().Len() > 0 || osig.RecvTypeParams().Len() > 0
		if !generic {
			return c.funcCode(orig), nil
		}
		subst := map[*types.TypeParam]types.Type{}
		if osig.RecvTypeParams().Len() > 0 {
			rt := sig.Recv().Type()
			if recv != nil {
				rt = recv
			}
			if p, ok := rt.(*types.Pointer); ok {
				rt = p.Elem()
			}
			named, ok := rt.(*types.Named)
			if !ok || named.TypeArgs().Len() != osig.RecvTypeParams().Len() {
				c.unsupported(pos, "generic method %s is not supported here", o.Name())
				return nil, nil
			}
			for i := 0; i < named.TypeArgs().Len(); i++ {
				subst[osig.RecvTypeParams().At(i)] = named.TypeArgs().At(i)
			}
		}
		if osig.TypeParams().Len() > 0 {
			if len(targs) != osig.TypeParams().Len() {
				c.unsupported(pos, "cannot infer type arguments of %s", o.Name())
				return nil, nil
			}
			for i, t := range targs {
				subst[osig.TypeParams().At(i)] = t
			}
		}
		return c.instance(orig, decl, subst), nil
	}
	name := nativeName(orig)
	if g := genericNatives[name]; g != nil {
		return nil, g(c, targs)
	}
	if n := c.natives[name]; n != nil {
		return nil, n
	}
	c.unsupported(pos, "%s is not supported by Taskline", strings.TrimPrefix(name, "golang.org/x/sync/"))
	return nil, func(fr *Frame, a []Value) []Value { return nil }
}

func (c *compiler) instance(orig *types.Func, decl *ast.FuncDecl, subst map[*types.TypeParam]types.Type) *FuncCode {
	var key strings.Builder
	key.WriteString(orig.FullName())
	var tps []*types.TypeParam
	for tp := range subst {
		tps = append(tps, tp)
	}
	// Order by index, then name, for a stable key.
	for i := 0; i < len(tps); i++ {
		for j := i + 1; j < len(tps); j++ {
			if tps[j].Obj().Pos() < tps[i].Obj().Pos() {
				tps[i], tps[j] = tps[j], tps[i]
			}
		}
	}
	for _, tp := range tps {
		key.WriteString("|" + types.TypeString(subst[tp], nil))
	}
	k := key.String()
	if code, ok := c.insts[k]; ok {
		return code
	}
	code := &FuncCode{Name: funcName(orig) + "[...]", Pos: decl.Pos(), Std: orig.Pkg().Path() != "main"}
	c.insts[k] = code
	c.compileDecl(orig, decl, code, subst)
	return code
}

// funcName is a function's name as Go's tracebacks print it.
func funcName(o *types.Func) string {
	sig := o.Type().(*types.Signature)
	pkg := o.Pkg().Name()
	if r := sig.Recv(); r != nil {
		t := r.Type()
		ptr := false
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), true
		}
		tn := ""
		if n, ok := t.(*types.Named); ok {
			tn = n.Obj().Name()
		}
		if ptr {
			return fmt.Sprintf("%s.(*%s).%s", pkg, tn, o.Name())
		}
		return fmt.Sprintf("%s.%s.%s", pkg, tn, o.Name())
	}
	return pkg + "." + o.Name()
}

// invoke runs a prepared frame.
func (m *Machine) invoke(caller *Frame, nf *Frame) {
	code := nf.code
	g := caller.g
	nf.m, nf.g, nf.parent = m, g, caller
	nf.depth = caller.depth + 1
	if nf.depth > m.maxDepth {
		panic(fatalSignal{"stack overflow"})
	}
	m.step()
	if m.seed != 0 && !code.Std && m.rng.Intn(16) == 0 {
		// Seeded schedules also switch goroutines at some calls, where
		// Go's scheduler may preempt, to expose unsynchronised updates.
		m.maybeYield()
	}
	for i, z := range code.ResInit {
		if z != nil {
			nf.L[code.NParams+i] = z()
		}
	}
	for _, i := range code.Boxed {
		nf.L[i] = Value{R: &Cell{V: nf.L[i]}}
	}
	if g.pendingRecover != nil {
		nf.recov = g.pendingRecover
		g.pendingRecover = nil
	}
	g.frame = nf
	if code.HasDefer {
		m.runDeferring(nf)
	} else {
		code.Body(nf)
	}
	for _, i := range code.BoxedRes {
		nf.L[i] = nf.L[i].R.(*Cell).V
	}
	g.frame = caller
}

func (m *Machine) runDeferring(fr *Frame) {
	if r := m.bodyDeferring(fr); r != nil {
		// Unwinding goes on from here, after the deferred function has
		// returned: a panic raised inside a deferred function nests in
		// the one it recovered, and the runtime walks that chain at each
		// level, so a deep recursion with a defer in every frame would
		// take quadratic time to unwind.
		panic(r)
	}
}

// bodyDeferring runs fr's body and then its deferred calls, returning
// what must go on unwinding (a Go panic, or a signal), if anything.
func (m *Machine) bodyDeferring(fr *Frame) (out any) {
	defer func() { out = m.unwind(fr, recover()) }()
	fr.code.Body(fr)
	return nil
}

func (m *Machine) unwind(fr *Frame, r any) any {
	var p *goPanic
	if r != nil {
		switch r.(type) {
		case exitSignal, stopSignal, fatalSignal, outOfMemory:
			// They unwind without running deferred calls.
			return r
		}
		if isKill(r) {
			return r
		}
		p = m.asPanic(fr, r)
	}
	g := fr.g
	// A deferred call runs at its defer statement (fr.pos), but a panic
	// going on up is reported at the line that panicked, as Go does.
	pos := fr.pos
	for len(fr.defers) > 0 {
		d := fr.defers[len(fr.defers)-1]
		fr.defers = fr.defers[:len(fr.defers)-1]
		g.frame = fr
		p = m.runDefer(fr, d, p)
	}
	fr.pos = pos
	g.frame = fr
	if p != nil && !p.recovered {
		return p
	}
	return nil
}

func (m *Machine) runDefer(fr *Frame, d deferred, p *goPanic) (res *goPanic) {
	res = p
	defer func() {
		if r := recover(); r != nil {
			q := m.asPanic(fr, r)
			// A panic raised by the deferred call nests in the one it
			// runs for, recovered or not: until the call returns, Go
			// keeps that panic in its chain (and prints it marked
			// [recovered]).
			if q != p && p != nil && q.prev == nil {
				q.prev = p
			}
			res = q
		}
	}()
	if p != nil && !p.recovered {
		fr.g.pendingRecover = p
	}
	fr.pos = d.pos // a deferred call happens at its defer statement
	d.call(fr)
	fr.g.pendingRecover = nil
	if p != nil && p.recovered {
		return nil
	}
	return p
}

// asPanic turns a recovered host panic into a Go panic, or re-panics the
// signals that must unwind without running deferred calls.
func (m *Machine) asPanic(fr *Frame, r any) *goPanic {
	switch r := r.(type) {
	case *goPanic:
		return r
	case exitSignal, stopSignal, fatalSignal, outOfMemory:
		panic(r)
	}
	if isKill(r) {
		panic(r)
	}
	if p := hostPanic(m, fr.g, r); p != nil {
		return p
	}
	panic(r)
}

// call is a compiled call: it returns the results.
type callFn = func(fr *Frame) []Value

// call1 compiles a call used as a single value.
func (fc *fnCtx) call1(e *ast.CallExpr) ev {
	if tv := fc.c.tv(e.Fun); tv.IsType() {
		return fc.conversion(fc.T(tv.Type), e.Args[0])
	}
	if b := fc.builtinOf(e); b != "" {
		return fc.builtin(b, e)
	}
	return fc.callOne(e, fc.calleeOf(e))
}

// callOne compiles a call of cl whose first result, if any, is all its
// caller reads, and reads it at once: the callee's frame is then given
// back for the function's next call (releaseFrame).
func (fc *fnCtx) callOne(e *ast.CallExpr, cl callee) ev {
	if cl.sig == nil || cl.nat != nil && cl.dyn == nil {
		f := fc.callTo(e, cl)
		return func(fr *Frame) Value {
			if r := f(fr); len(r) > 0 {
				return r[0]
			}
			return Value{}
		}
	}
	n, fill := fc.args(e, cl.sig)
	pos := e.Pos()
	switch {
	case cl.static != nil && cl.dyn == nil:
		code, recv := cl.static, cl.recv
		off := 0
		if recv != nil {
			off = 1
		}
		return func(fr *Frame) Value {
			nf := newFrame(code)
			if recv != nil {
				nf.L[0] = recv(fr)
			}
			fill(fr, nf.L[off:])
			fr.pos = pos
			fr.m.invoke(fr, nf)
			return firstResult(nf)
		}
	case cl.dyn != nil:
		dyn := cl.dyn
		return func(fr *Frame) Value {
			fr.pos = pos
			r, code, nat := dyn(fr)
			if nat != nil {
				return callNativeRecv(fr, nat, r, n, fill)
			}
			nf := newFrame(code)
			nf.L[0] = r
			fill(fr, nf.L[1:])
			fr.m.invoke(fr, nf)
			return firstResult(nf)
		}
	}
	fv := cl.fval
	return func(fr *Frame) Value {
		v := fv(fr)
		c, _ := v.R.(*Closure)
		fr.pos = pos
		if c == nil {
			panic(fr.m.nilDeref())
		}
		if c.Code == nil {
			return callNativeValue(fr, c, n, fill)
		}
		code := c.Code
		nf := newFrame(code)
		nf.C = c.Cells
		if c.Bound {
			nf.L[0] = c.Recv
			fill(fr, nf.L[1:])
		} else {
			fill(fr, nf.L)
		}
		fr.m.invoke(fr, nf)
		return firstResult(nf)
	}
}

// callNativeRecv and callNativeValue are callOne's calls of natives,
// apart so that the frames of its closures, which every interpreted call
// of a goroutine keeps on its fiber's stack, stay small.
//
//go:noinline
func callNativeRecv(fr *Frame, nat nativeFn, r Value, n int, fill func(fr *Frame, dst []Value)) Value {
	a := make([]Value, n+1)
	a[0] = r
	fill(fr, a[1:])
	if res := nat(fr, a); len(res) > 0 {
		return res[0]
	}
	return Value{}
}

//go:noinline
func callNativeValue(fr *Frame, c *Closure, n int, fill func(fr *Frame, dst []Value)) Value {
	a := make([]Value, n)
	fill(fr, a)
	if c.Bound {
		a = append([]Value{c.Recv}, a...)
	}
	if res := c.Native(fr.m, a); len(res) > 0 {
		return res[0]
	}
	return Value{}
}

// firstResult reads the first result of nf's returned call, if it has
// one, and gives nf back (releaseFrame).
func firstResult(nf *Frame) Value {
	var v Value
	if code := nf.code; code.NResults > 0 {
		v = nf.L[code.NParams]
	}
	releaseFrame(nf)
	return v
}

func (fc *fnCtx) builtinOf(e *ast.CallExpr) string {
	fun := unparen(e.Fun)
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := fc.c.use(id).(*types.Builtin); ok {
			return b.Name()
		}
	}
	return ""
}

// args compiles the arguments of a call to a function of signature sig:
// conversions to the parameter types, variadic packing, f(g()) spreading.
func (fc *fnCtx) args(e *ast.CallExpr, sig *types.Signature) (n int, fill func(fr *Frame, dst []Value)) {
	params := sig.Params()
	np := params.Len()
	if len(e.Args) == 1 && np > 1 || len(e.Args) == 1 && sig.Variadic() && np == 1 && isTuple(fc.c.exprType(e.Args[0])) {
		if tup, ok := fc.c.exprType(e.Args[0]).(*types.Tuple); ok && tup.Len() > 1 {
			inner := fc.callMulti(e.Args[0].(*ast.CallExpr))
			conv := make([]func(Value) Value, tup.Len())
			for i := 0; i < tup.Len(); i++ {
				pt := paramType(sig, i)
				if isIface(pt) {
					conv[i] = fc.c.toIface(fc.T(tup.At(i).Type()))
				}
			}
			variadic := sig.Variadic()
			return np, func(fr *Frame, dst []Value) {
				r := inner(fr)
				vals := make([]Value, len(r))
				for i, v := range r {
					if conv[i] != nil {
						v = conv[i](v)
					}
					vals[i] = v
				}
				if variadic {
					copy(dst, vals[:np-1])
					rest := append([]Value(nil), vals[np-1:]...)
					dst[np-1] = Value{R: rest}
				} else {
					copy(dst, vals)
				}
			}
		}
	}
	var fixed []ev
	var extra []ev
	spread := e.Ellipsis.IsValid()
	for i, a := range e.Args {
		if sig.Variadic() && i >= np-1 && !spread {
			et := fc.T(params.At(np - 1).Type()).(*types.Slice).Elem()
			extra = append(extra, fc.value(a, et))
			continue
		}
		fixed = append(fixed, fc.value(a, fc.T(params.At(min(i, np-1)).Type())))
	}
	if sig.Variadic() && !spread {
		nf := len(fixed)
		return np, func(fr *Frame, dst []Value) {
			for i, f := range fixed {
				dst[i] = f(fr)
			}
			if len(extra) == 0 {
				dst[nf] = Value{}
				return
			}
			rest := make([]Value, len(extra))
			for i, f := range extra {
				rest[i] = f(fr)
			}
			dst[nf] = Value{R: rest}
		}
	}
	switch len(fixed) {
	case 0:
		return np, func(fr *Frame, dst []Value) {}
	case 1:
		a0 := fixed[0]
		return np, func(fr *Frame, dst []Value) { dst[0] = a0(fr) }
	case 2:
		a0, a1 := fixed[0], fixed[1]
		return np, func(fr *Frame, dst []Value) { dst[0] = a0(fr); dst[1] = a1(fr) }
	}
	return np, func(fr *Frame, dst []Value) {
		for i, f := range fixed {
			dst[i] = f(fr)
		}
	}
}

func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}

func isTuple(t types.Type) bool {
	tp, ok := t.(*types.Tuple)
	return ok && tp.Len() > 1
}

func paramType(sig *types.Signature, i int) types.Type {
	np := sig.Params().Len()
	if sig.Variadic() && i >= np-1 {
		return sig.Params().At(np - 1).Type().(*types.Slice).Elem()
	}
	return sig.Params().At(i).Type()
}

// callee describes what a call expression calls.
type callee struct {
	static *FuncCode // a known function
	nat    nativeFn  // a known native
	recv   ev        // receiver for methods (nil for functions)
	dyn    func(fr *Frame) (Value, *FuncCode, nativeFn)
	fval   ev // a function value
	sig    *types.Signature
	name   string
}

func (fc *fnCtx) calleeOf(e *ast.CallExpr) callee {
	c := fc.c
	fun := unparen(e.Fun)
	sig, _ := fc.typeOf(e.Fun).Underlying().(*types.Signature)
	cl := callee{sig: sig}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.IndexExpr:
		if x, ok := unparen(f.X).(*ast.Ident); ok {
			id = x
		} else if s, ok := unparen(f.X).(*ast.SelectorExpr); ok && c.selection(s) == nil {
			id = s.Sel
		}
	case *ast.IndexListExpr:
		if x, ok := unparen(f.X).(*ast.Ident); ok {
			id = x
		} else if s, ok := unparen(f.X).(*ast.SelectorExpr); ok && c.selection(s) == nil {
			id = s.Sel
		}
	case *ast.SelectorExpr:
		sel := c.selection(f)
		if sel == nil {
			id = f.Sel
		} else if sel.Kind() == types.MethodVal {
			recv, t, dyn := fc.methodCall(f, sel)
			cl.recv, cl.dyn = recv, dyn
			cl.name = sel.Obj().Name()
			if t != nil {
				cl.static, cl.nat = t.code, t.nat
			}
			return cl
		}
	}
	if id != nil {
		if o, ok := c.use(id).(*types.Func); ok {
			targs, _ := fc.instanceOf(o, id)
			cl.static, cl.nat = c.funcFor(o, targs, id.Pos())
			cl.name = o.Name()
			return cl
		}
	}
	cl.fval = fc.expr(e.Fun)
	return cl
}

// callMulti compiles a call to a function or method, returning all results.
func (fc *fnCtx) callMulti(e *ast.CallExpr) callFn {
	if tv := fc.c.tv(e.Fun); tv.IsType() {
		f := fc.conversion(fc.T(tv.Type), e.Args[0])
		return func(fr *Frame) []Value { return []Value{f(fr)} }
	}
	if b := fc.builtinOf(e); b != "" {
		f := fc.builtin(b, e)
		return func(fr *Frame) []Value { return []Value{f(fr)} }
	}
	return fc.callTo(e, fc.calleeOf(e))
}

// callTo compiles a call of cl, returning all results.
func (fc *fnCtx) callTo(e *ast.CallExpr, cl callee) callFn {
	pos := e.Pos()
	if cl.sig == nil {
		fc.c.unsupported(e.Pos(), "call of non-function")
		return func(*Frame) []Value { return nil }
	}
	n, fill := fc.args(e, cl.sig)
	off := 0
	if cl.recv != nil {
		off = 1
	}
	switch {
	case cl.static != nil && cl.dyn == nil:
		code := cl.static
		recv := cl.recv
		return func(fr *Frame) []Value {
			nf := newFrame(code)
			if recv != nil {
				nf.L[0] = recv(fr)
			}
			fill(fr, nf.L[off:])
			fr.pos = pos
			fr.m.invoke(fr, nf)
			return nf.L[code.NParams : code.NParams+code.NResults]
		}
	case cl.nat != nil && cl.dyn == nil:
		nat := cl.nat
		recv := cl.recv
		return func(fr *Frame) []Value {
			a := make([]Value, n+off)
			if recv != nil {
				a[0] = recv(fr)
			}
			fill(fr, a[off:])
			fr.pos = pos
			return nat(fr, a)
		}
	case cl.dyn != nil:
		dyn := cl.dyn
		return func(fr *Frame) []Value {
			fr.pos = pos
			r, code, nat := dyn(fr)
			if nat != nil {
				a := make([]Value, n+1)
				a[0] = r
				fill(fr, a[1:])
				return nat(fr, a)
			}
			nf := newFrame(code)
			nf.L[0] = r
			fill(fr, nf.L[1:])
			fr.m.invoke(fr, nf)
			return nf.L[code.NParams : code.NParams+code.NResults]
		}
	}
	fv := cl.fval
	return func(fr *Frame) []Value {
		v := fv(fr)
		c, _ := v.R.(*Closure)
		fr.pos = pos
		if c == nil {
			panic(fr.m.nilDeref())
		}
		if c.Code == nil {
			a := make([]Value, n)
			fill(fr, a)
			if c.Bound {
				a = append([]Value{c.Recv}, a...)
			}
			return c.Native(fr.m, a)
		}
		code := c.Code
		nf := newFrame(code)
		nf.C = c.Cells
		if c.Bound {
			nf.L[0] = c.Recv
			fill(fr, nf.L[1:])
		} else {
			fill(fr, nf.L)
		}
		fr.m.invoke(fr, nf)
		return nf.L[code.NParams : code.NParams+code.NResults]
	}
}

// callClosure calls a function value with evaluated arguments.
func (m *Machine) callClosure(fr *Frame, c *Closure, args []Value) []Value {
	if c == nil {
		panic(m.nilDeref())
	}
	if c.Code == nil {
		if c.Bound {
			args = append([]Value{c.Recv}, args...)
		}
		return c.Native(m, args)
	}
	code := c.Code
	nf := newFrame(code)
	nf.C = c.Cells
	if c.Bound {
		nf.L[0] = c.Recv
		copy(nf.L[1:], args)
	} else {
		copy(nf.L, args)
	}
	m.invoke(fr, nf)
	return nf.L[code.NParams : code.NParams+code.NResults]
}

// callClosureDone is callClosure for a call whose results nobody reads
// (a deferred or started call): the frame is given back (releaseFrame).
func (m *Machine) callClosureDone(fr *Frame, c *Closure, args []Value) {
	if c == nil || c.Code == nil {
		m.callClosure(fr, c, args)
		return
	}
	nf := newFrame(c.Code)
	nf.C = c.Cells
	if c.Bound {
		nf.L[0] = c.Recv
		copy(nf.L[1:], args)
	} else {
		copy(nf.L, args)
	}
	m.invoke(fr, nf)
	releaseFrame(nf)
}

// methodCall resolves x.M for a call or method value. For a static target
// it returns the receiver code and the target; for a call through an
// interface, dyn resolves the method from the dynamic type.
func (fc *fnCtx) methodCall(e *ast.SelectorExpr, sel *types.Selection) (ev, *methodTarget, func(fr *Frame) (Value, *FuncCode, nativeFn)) {
	c := fc.c
	fn := sel.Obj().(*types.Func)
	path := sel.Index()
	fpath := path[:len(path)-1]
	recvT := fc.T(sel.Recv())
	// Walk embedded fields to the type that declares the method.
	t := recvT
	for _, i := range fpath {
		st := t
		if p, ok := st.Underlying().(*types.Pointer); ok {
			st = p.Elem()
		}
		t = st.Underlying().(*types.Struct).Field(i).Type()
	}
	base := fc.expr(e.X)
	var at ev // the value of type t
	if len(fpath) == 0 {
		at = base
	} else {
		walk := fc.fieldWalk(recvT, fpath)
		at = func(fr *Frame) Value { return *walk(fr, base(fr)) }
	}
	if isIface(t) {
		name, pkg := fn.Name(), fn.Pkg()
		var lastT types.Type
		var last *methodImpl
		return nil, nil, func(fr *Frame) (Value, *FuncCode, nativeFn) {
			v := at(fr)
			ifc, _ := v.R.(*Iface)
			if ifc == nil {
				panic(fr.m.nilDeref())
			}
			var mi *methodImpl
			if ifc.T == lastT {
				mi = last
			} else {
				mi = c.methodImpl(ifc.T, name, pkg)
				lastT, last = ifc.T, mi
			}
			return mi.adapt(fr, ifc.V), mi.code, mi.nat
		}
	}
	if rt := fn.Type().(*types.Signature).Recv().Type(); !isIface(t) && (isIface(rt) || isTypeParam(rt)) {
		// A method of a type parameter's constraint, called on the
		// type argument: resolve it on the concrete type.
		mi := c.methodImpl(t, fn.Name(), fn.Pkg())
		return func(fr *Frame) Value { return mi.adapt(fr, at(fr)) }, &methodTarget{mi.code, mi.nat}, nil
	}
	code, nat := c.funcForRecv(fn, nil, e.Sel.Pos(), t)
	wantPtr := false
	if _, ok := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); ok {
		wantPtr = true
	}
	_, havePtr := t.Underlying().(*types.Pointer)
	var recv ev
	switch {
	case wantPtr == havePtr:
		recv = at
		if !wantPtr {
			if cl := c.cloner(t); cl != nil {
				recv = func(fr *Frame) Value { return cl(at(fr)) }
			}
		}
	case wantPtr && !havePtr:
		if isAgg(t) {
			recv = at
		} else if len(fpath) == 0 {
			recv = fc.addr(e.X)
		} else {
			walk := fc.fieldWalk(recvT, fpath)
			recv = func(fr *Frame) Value { return Value{R: walk(fr, base(fr))} }
		}
	default: // value method through a pointer
		cl := c.cloner(t.Underlying().(*types.Pointer).Elem())
		recv = func(fr *Frame) Value {
			v := at(fr)
			switch r := v.R.(type) {
			case *Agg:
				if cl != nil {
					return cl(v)
				}
				return v
			case *Value:
				return *r
			}
			panic(fr.m.nilDeref())
		}
	}
	return recv, &methodTarget{code, nat}, nil
}

// methodImpl is a method found from a dynamic type.
type methodImpl struct {
	code  *FuncCode
	nat   nativeFn
	adapt func(fr *Frame, v Value) Value
}

func (c *compiler) methodImpl(t types.Type, name string, pkg *types.Package) *methodImpl {
	mt := c.methC[t]
	if mt == nil {
		mt = map[string]*methodImpl{}
		c.methC[t] = mt
	}
	if mi, ok := mt[name]; ok {
		return mi
	}
	ms := types.NewMethodSet(t)
	sel := ms.Lookup(pkg, name)
	if sel == nil && !token.IsExported(name) {
		// Method of an unexported interface from another package.
		for i := 0; i < ms.Len(); i++ {
			if ms.At(i).Obj().Name() == name {
				sel = ms.At(i)
			}
		}
	}
	if sel == nil {
		panic(fmt.Sprintf("internal error: no method %s on %s", name, t))
	}
	fn := sel.Obj().(*types.Func)
	path := sel.Index()
	fpath := append([]int(nil), path[:len(path)-1]...)
	ft := t
	for _, i := range fpath {
		st := ft
		if p, ok := st.Underlying().(*types.Pointer); ok {
			st = p.Elem()
		}
		ft = st.Underlying().(*types.Struct).Field(i).Type()
	}
	walk := func(fr *Frame, v Value) (Value, *Value) {
		var p *Value
		for _, i := range fpath {
			a, _ := v.R.(*Agg)
			if a == nil {
				panic(fr.m.nilDeref())
			}
			p = &a.F[i]
			v = *p
		}
		return v, p
	}
	mi := &methodImpl{}
	if isIface(ft) {
		mi.adapt = func(fr *Frame, v Value) Value { x, _ := walk(fr, v); return x }
		mi.nat = func(fr *Frame, a []Value) []Value {
			return fr.m.callMethod(fr, a[0], name, pkg, a[1:])
		}
		mt[name] = mi
		return mi
	}
	mi.code, mi.nat = c.funcFor(fn, nil, token.NoPos)
	wantPtr := false
	if _, ok := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); ok {
		wantPtr = true
	}
	_, havePtr := ft.Underlying().(*types.Pointer)
	switch {
	case wantPtr == havePtr:
		cl := c.cloner(ft)
		mi.adapt = func(fr *Frame, v Value) Value {
			x, _ := walk(fr, v)
			if cl != nil && !wantPtr {
				return cl(x)
			}
			return x
		}
	case wantPtr && !havePtr:
		mi.adapt = func(fr *Frame, v Value) Value {
			x, p := walk(fr, v)
			if _, ok := x.R.(*Agg); ok || p == nil {
				return x
			}
			return Value{R: p}
		}
	default:
		cl := c.cloner(ft.Underlying().(*types.Pointer).Elem())
		mi.adapt = func(fr *Frame, v Value) Value {
			x, _ := walk(fr, v)
			switch r := x.R.(type) {
			case *Agg:
				if cl != nil {
					return cl(x)
				}
				return x
			case *Value:
				return *r
			}
			panic(fr.m.nilDeref())
		}
	}
	mt[name] = mi
	return mi
}

// callMethod calls method name on an interface value.
func (m *Machine) callMethod(fr *Frame, iv Value, name string, pkg *types.Package, args []Value) []Value {
	ifc, _ := iv.R.(*Iface)
	if ifc == nil {
		panic(m.nilDeref())
	}
	return m.callMethodOn(fr, ifc.T, ifc.V, name, pkg, args)
}

func (m *Machine) callMethodOn(fr *Frame, t types.Type, v Value, name string, pkg *types.Package, args []Value) []Value {
	mi := m.c.methodImpl(t, name, pkg)
	r := mi.adapt(fr, v)
	if mi.nat != nil {
		a := make([]Value, len(args)+1)
		a[0] = r
		copy(a[1:], args)
		return mi.nat(fr, a)
	}
	code := mi.code
	nf := newFrame(code)
	nf.L[0] = r
	copy(nf.L[1:], args)
	m.invoke(fr, nf)
	return nf.L[code.NParams : code.NParams+code.NResults]
}

// hasStringMethod reports whether t's method set has a method name with
// no parameters returning one string (String, Error). fmt asks for every
// value it prints, so the answer is kept per type (types are the
// compiler's, made once).
func (c *compiler) hasStringMethod(t types.Type, name string) bool {
	k := strMethodKey{t, name}
	if r, ok := c.strMethC[k]; ok {
		return r
	}
	r := false
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		f := ms.At(i).Obj().(*types.Func)
		if f.Name() != name {
			continue
		}
		sig := f.Type().(*types.Signature)
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && basicKind(sig.Results().At(0).Type()) == types.String {
			r = true
			break
		}
	}
	c.strMethC[k] = r
	return r
}

type strMethodKey struct {
	t    types.Type
	name string
}

// thunk compiles the call of a go or defer statement: the function value
// and arguments are evaluated at once, the call happens later.
func (fc *fnCtx) thunk(e *ast.CallExpr) func(fr *Frame) func(caller *Frame) {
	th := fc.thunkArgs(e)
	return func(fr *Frame) func(*Frame) {
		t, _, _ := th(fr)
		return t
	}
}

// thunkArgs is thunk that also hands back the evaluated arguments (after
// the receiver, a variadic tail packed into its slice) and the called
// closure when it is a func value, for the label of a go statement.
func (fc *fnCtx) thunkArgs(e *ast.CallExpr) func(fr *Frame) (func(caller *Frame), []Value, *Closure) {
	if b := fc.builtinOf(e); b != "" {
		var args []ev
		for _, a := range e.Args {
			args = append(args, fc.expr(a))
		}
		pos := e.Pos()
		switch b {
		case "close":
			return func(fr *Frame) (func(*Frame), []Value, *Closure) {
				ch, _ := args[0](fr).R.(*Chan)
				return func(caller *Frame) { caller.m.closeChan(caller, ch, pos) }, nil, nil
			}
		case "panic":
			a := fc.value(e.Args[0], types.NewInterfaceType(nil, nil))
			return func(fr *Frame) (func(*Frame), []Value, *Closure) {
				v := a(fr)
				return func(caller *Frame) { panic(caller.m.newPanic(caller, v)) }, nil, nil
			}
		case "recover":
			return func(fr *Frame) (func(*Frame), []Value, *Closure) {
				return func(caller *Frame) {}, nil, nil
			}
		}
		f := fc.builtin(b, e)
		return func(fr *Frame) (func(*Frame), []Value, *Closure) {
			return func(caller *Frame) { f(fr) }, nil, nil
		}
	}
	cl := fc.calleeOf(e)
	n, fill := fc.args(e, cl.sig)
	switch {
	case cl.dyn != nil:
		dyn := cl.dyn
		return func(fr *Frame) (func(*Frame), []Value, *Closure) {
			r, code, nat := dyn(fr)
			a := make([]Value, n+1)
			a[0] = r
			fill(fr, a[1:])
			return func(caller *Frame) {
				if nat != nil {
					nat(caller, a)
					return
				}
				nf := newFrame(code)
				copy(nf.L, a)
				caller.m.invoke(caller, nf)
				releaseFrame(nf)
			}, a[1:], nil
		}
	case cl.static != nil || cl.nat != nil:
		code, nat, recv := cl.static, cl.nat, cl.recv
		off := 0
		if recv != nil {
			off = 1
		}
		return func(fr *Frame) (func(*Frame), []Value, *Closure) {
			a := make([]Value, n+off)
			if recv != nil {
				a[0] = recv(fr)
			}
			fill(fr, a[off:])
			return func(caller *Frame) {
				if nat != nil {
					nat(caller, a)
					return
				}
				nf := newFrame(code)
				copy(nf.L, a)
				caller.m.invoke(caller, nf)
				releaseFrame(nf)
			}, a[off:], nil
		}
	}
	fv := cl.fval
	return func(fr *Frame) (func(*Frame), []Value, *Closure) {
		c, _ := fv(fr).R.(*Closure)
		a := make([]Value, n)
		fill(fr, a)
		return func(caller *Frame) {
			caller.m.callClosureDone(caller, c, a)
		}, a, c
	}
}

// goStmt starts a goroutine.
func (fc *fnCtx) goStmt(s *ast.GoStmt) sx {
	name := "main.main"
	defPos := s.Call.Pos()
	switch f := unparen(s.Call.Fun).(type) {
	case *ast.FuncLit:
		name = fmt.Sprintf("%s.func%d", fc.code.Name, fc.c.litN[fc.code.Name]+1)
		if fc.parent != nil {
			name = fmt.Sprintf("%s.%d", fc.code.Name, fc.c.litN[fc.code.Name]+1)
		}
		defPos = f.Pos()
	case *ast.Ident:
		name = "main." + f.Name
		if o, ok := fc.c.use(f).(*types.Func); ok {
			defPos = o.Pos()
		}
	case *ast.SelectorExpr:
		name = types.ExprString(f)
		if o, ok := fc.c.use(f.Sel).(*types.Func); ok {
			name = funcName(o)
			defPos = o.Pos()
		}
	}
	var label func([]Value) string
	if !fc.std {
		label = fc.goLabel(s.Call, name)
	}
	th := fc.thunkArgs(s.Call)
	pos := s.Pos()
	return func(fr *Frame) ctl {
		fr.pos = pos
		t, vals, callee := th(fr)
		m := fr.m
		var l string
		if label != nil {
			l = label(vals)
		} else {
			l = m.stdGoLabel(fr, callee, name)
		}
		m.spawn(fr.g, name, l, defPos, pos, t)
		m.maybePreempt()
		return ctlNone
	}
}

func (m *Machine) newPanic(fr *Frame, v Value) *goPanic {
	p := &goPanic{val: v, g: fr.g, pos: fr.pos, frame: fr.g.frame}
	m.event(fr.g.task, trace.EvPanic, m.pos(m.userPos(fr.g)), m.panicValueString(v), -1)
	return p
}
