// Package golite runs a subset of Go — goroutines, channels, select,
// sync, time, context and errgroup included — on Taskline's deterministic
// scheduler and virtual clock, recording a trace of every goroutine.
//
// The front end is the standard library's: go/parser and go/types check the
// program against declarations of the supported packages (stubs/), so a
// program that would not compile gets the compiler's own errors. The typed
// AST is then compiled to closures (compile.go, expr.go, stmt.go, call.go)
// that run on fibers, one per goroutine, of which exactly one runs at a
// time (machine.go, chan.go). Output, panics, deadlocks and exit statuses
// are those of a binary built by `go build`.
package golite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"taskline/engine"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

// debugPanics makes internal errors crash with their stack (tests).
var debugPanics bool

func init() {
	engine.Register("go", Run)
}

// Run compiles and runs src, returning its trace.
func Run(src string, o engine.Options) (tr *trace.Trace) {
	file := o.File
	if file == "" {
		file = "prog.go"
	}
	defer func() {
		if r := recover(); r != nil {
			if oom, ok := r.(outOfMemory); ok {
				// The zero value of a package variable did not fit
				// before main started.
				msg := "out of memory"
				tr = failTrace(file, trace.OutcomePanic, 2, oomText(oom)+"fatal error: "+msg+"\n",
					&trace.Error{Type: "fatal error", Message: msg, Line: "fatal error: " + msg, Task: -1})
				return
			}
			if debugPanics {
				panic(r)
			}
			tr = failTrace(file, trace.OutcomeInternal, trace.ExitInternal, fmt.Sprintf("taskline: internal error: %v\n", r), &trace.Error{Type: "internal", Message: fmt.Sprint(r), Line: fmt.Sprintf("internal error: %v", r), Task: -1})
		}
	}()
	maxSteps := o.MaxSteps
	if maxSteps == 0 {
		maxSteps = sched.DefaultMaxSteps
	}
	lo := optsLite{seed: o.Seed, file: file, maxSteps: maxSteps, poll: o.Poll, maxMemory: o.MaxMemory, traceLimit: o.TraceLimit, output: o.Output}
	cp := takeCompiled(file, src)
	var m *Machine
	if cp != nil {
		m = newMachine(cp.c, lo)
		cp.c.m = m
		cp.zeroGlobals()
	} else {
		p, errs := load(src, file)
		if len(errs) > 0 {
			stderr := formatErrors(errs, file)
			e := errs[0]
			return failTrace(file, trace.OutcomeSyntaxError, 1, stderr, &trace.Error{Type: "compile error", Message: e.msg,
				Line: fmt.Sprintf("./%s:%d:%d: %s", file, e.pos.Line, e.pos.Column, e.msg), Pos: trace.Pos{Line: e.pos.Line, Col: e.pos.Column}, Task: -1})
		}
		c := newCompiler(p)
		m = newMachine(c, lo)
		c.m = m
		mainCode, initFns := c.compileProgram()
		if len(c.errs) > 0 {
			e := c.errs[0]
			line := fmt.Sprintf("./%s:%d:%d: %s", file, e.pos.Line, e.pos.Column, e.msg)
			var b strings.Builder
			for _, e := range c.errs {
				fmt.Fprintf(&b, "taskline: ./%s:%d:%d: %s\n", file, e.pos.Line, e.pos.Column, e.msg)
			}
			return failTrace(file, trace.OutcomeUnsupported, 1, b.String(), &trace.Error{Type: "unsupported", Message: e.msg, Line: line, Pos: trace.Pos{Line: e.pos.Line, Col: e.pos.Column}, Task: -1})
		}
		cp = &compiled{key: compiledKey(file, src), c: c, main: mainCode, inits: initFns}
	}
	mainCode, initFns := cp.main, cp.inits
	m.main = m.spawn(nil, "main.main", "main()", mainCode.Pos, mainCode.Pos, func(root *Frame) {
		for _, f := range initFns {
			f(root)
		}
		nf := newFrame(mainCode)
		m.invoke(root, nf)
	})
	m.run()
	// Goroutines still alive when main returned (or os.Exit ran) leaked;
	// after a crash or a deadlock they were merely stopped.
	unended := trace.EndPending
	if m.outcome.Kind == trace.OutcomeOK || m.outcome.Kind == trace.OutcomeExit {
		unended = trace.EndLeaked
	}
	putCompiled(cp)
	tr = m.rec.Finish(unended)
	tr.Outcome.Kind = m.outcome.Kind
	tr.Outcome.ExitCode = m.outcome.ExitCode
	tr.Outcome.Error = m.errInfo
	if tr.Outcome.Kind == "" {
		tr.Outcome.Kind = trace.OutcomeOK
	}
	return tr
}

func failTrace(file, kind string, code int, stderr string, e *trace.Error) *trace.Trace {
	rec := trace.NewRecorder("go", "go", file, func() int64 { return 0 })
	tr := rec.Finish(trace.EndLeaked)
	tr.Outcome = trace.Outcome{Kind: kind, ExitCode: code, Stderr: stderr, Error: e}
	return tr
}

func newCompiler(p *program) *compiler {
	c := &compiler{
		fset: p.fset, prog: p,
		funcs:    map[*types.Func]*FuncCode{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		insts:    map[string]*FuncCode{},
		globals:  map[*types.Var]*Cell{},
		boxed:    map[*types.Var]bool{},
		litN:     map[string]int{},
		zeroC:    map[types.Type]func() Value{},
		eqC:      map[types.Type]func(a, b Value) bool{},
		keyC:     map[types.Type]func(Value) any{},
		cloneC:   map[types.Type]func(Value) Value{},
		copyC:    map[types.Type]func(dst, src *Agg){},
		methC:    map[types.Type]map[string]*methodImpl{},
		implC:    map[[2]types.Type]bool{},
		strMethC: map[strMethodKey]bool{},
		nameC:    map[types.Type]string{},
		natives:  natives,
	}
	return c
}

// compileProgram compiles every package and returns main and the package
// initialisers in order.
func (c *compiler) compileProgram() (*FuncCode, []func(fr *Frame)) {
	for _, lp := range c.prog.pkgs {
		for _, f := range lp.files {
			if !lp.std {
				findBoxed(lp.info, c.boxed, f)
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				obj := c.def(fd.Name).(*types.Func)
				c.decls[obj] = fd
				sig := obj.Type().(*types.Signature)
				if fd.Body != nil && sig.TypeParams().Len() == 0 && sig.RecvTypeParams().Len() == 0 {
					c.funcs[obj] = &FuncCode{Name: funcName(obj), Pos: fd.Pos(), Std: lp.std}
				}
			}
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, sp := range gd.Specs {
					for _, n := range sp.(*ast.ValueSpec).Names {
						if v, ok := c.def(n).(*types.Var); ok {
							c.globals[v] = &Cell{V: c.zero(v.Type())()}
							c.globalOrder = append(c.globalOrder, v)
						}
					}
				}
			}
		}
	}
	if p := c.prog.byPath["errors"]; p != nil {
		if o := p.pkg.Scope().Lookup("errorString"); o != nil {
			c.errT = types.NewPointer(o.Type())
		}
	}
	if p := c.prog.byPath["runtime"]; p != nil {
		c.runtimeErrT = types.NewPointer(p.pkg.Scope().Lookup("rtError").Type())
	}
	if p := c.prog.byPath["time"]; p != nil {
		c.timeT = p.pkg.Scope().Lookup("Time").Type()
	}
	// Complex numbers are outside the subset.
	for e, tv := range c.prog.info.Types {
		if k := basicKind(tv.Type); k == types.Complex64 || k == types.Complex128 || k == types.UntypedComplex {
			if c.fset.Position(e.Pos()).Filename == c.prog.file {
				c.unsupported(e.Pos(), "complex numbers are not supported")
			}
		}
	}
	// The program's functions are compiled now, so that what it uses
	// outside the subset is reported before it runs; the stub packages'
	// functions when first used (funcCode), most never are.
	c.lazy = map[*types.Func]bool{}
	for obj, code := range c.funcs {
		if code.Std {
			c.lazy[obj] = true
		}
	}
	for obj, code := range c.funcs {
		if !code.Std {
			c.compileDecl(obj, c.decls[obj], code, nil)
		}
	}
	var inits []func(fr *Frame)
	for _, lp := range c.prog.pkgs {
		inits = append(inits, c.pkgInit(lp)...)
	}
	mainObj := c.prog.main.pkg.Scope().Lookup("main").(*types.Func)
	return c.funcCode(mainObj), inits
}

// funcCode is the code of a non-generic function with a body, compiled on
// first use if it is a stub package's.
func (c *compiler) funcCode(obj *types.Func) *FuncCode {
	code := c.funcs[obj]
	if c.lazy[obj] {
		delete(c.lazy, obj) // first, for recursive functions
		c.compileDecl(obj, c.decls[obj], code, nil)
	}
	return code
}

func (c *compiler) compileDecl(obj *types.Func, fd *ast.FuncDecl, code *FuncCode, subst map[*types.TypeParam]types.Type) {
	c.compiling++
	fc := c.newFn(nil, code, subst)
	fc.std = code.Std
	fc.pkg = obj.Pkg()
	sig := obj.Type().(*types.Signature)
	fc.compileBody(sig.Recv(), sig, fd.Type, fd.Body)
	c.compiling--
}

// pkgInit compiles a package's variable initialisers (in the order go/types
// computed) and its init functions.
func (c *compiler) pkgInit(lp *loadedPkg) []func(fr *Frame) {
	code := &FuncCode{Name: lp.pkg.Name() + ".init", Std: lp.std}
	fc := c.newFn(nil, code, nil)
	fc.std, fc.pkg = lp.std, lp.pkg
	var ss []sx
	for _, in := range lp.initOrder {
		if len(in.Lhs) == 1 {
			cell := c.globals[in.Lhs[0]]
			v := fc.value(in.Rhs, in.Lhs[0].Type())
			ss = append(ss, func(fr *Frame) ctl { cell.V = v(fr); return ctlNone })
			continue
		}
		f := fc.callMulti(in.Rhs.(*ast.CallExpr))
		var cells []*Cell
		for _, v := range in.Lhs {
			cells = append(cells, c.globals[v])
		}
		ss = append(ss, func(fr *Frame) ctl {
			r := f(fr)
			for i, cell := range cells {
				if cell != nil {
					cell.V = r[i]
				}
			}
			return ctlNone
		})
	}
	code.NLocals = fc.nlocals
	var out []func(fr *Frame)
	body := seqOf(ss)
	code.Body = body
	if len(ss) > 0 {
		out = append(out, func(root *Frame) {
			nf := newFrame(code)
			root.m.invoke(root, nf)
		})
	}
	for _, f := range lp.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "init" && fd.Recv == nil {
				ic := c.funcCode(c.def(fd.Name).(*types.Func))
				out = append(out, func(root *Frame) {
					nf := newFrame(ic)
					root.m.invoke(root, nf)
				})
			}
		}
	}
	return out
}

// findBoxed marks the variables that must live in Cells: those captured
// by a closure, and those whose address is taken (explicitly, or by
// calling a pointer method on them).
func findBoxed(info *types.Info, boxed map[*types.Var]bool, f *ast.File) {
	var lits []*ast.FuncLit
	var visit func(n ast.Node) bool
	mark := func(id *ast.Ident) {
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return
		}
		boxed[v] = true
	}
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lits = append(lits, n)
			ast.Inspect(n.Body, visit)
			lits = lits[:len(lits)-1]
			return false
		case *ast.Ident:
			if len(lits) > 0 {
				if v, ok := info.Uses[n].(*types.Var); ok && !v.IsField() {
					lit := lits[len(lits)-1]
					if v.Pos() < lit.Pos() || v.Pos() >= lit.End() {
						mark(n)
					}
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := unparen(n.X).(*ast.Ident); ok {
					mark(id)
				}
			}
		case *ast.RangeStmt:
			// Range over a function: the body runs inside the yield
			// closure but shares the frame, so nothing to box.
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
				if _, ok := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ok {
					if id, ok := unparen(n.X).(*ast.Ident); ok && len(sel.Index()) == 1 {
						if _, isPtr := sel.Recv().Underlying().(*types.Pointer); !isPtr && !isAgg(sel.Recv()) {
							mark(id)
						}
					}
				}
			}
		}
		return true
	}
	ast.Inspect(f, visit)
}
