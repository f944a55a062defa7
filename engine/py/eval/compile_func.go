package eval

import (
	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// ---------------------------------------------------------------------------
// Functions and classes

func (c *compiler) params(p *ast.Params, sc *syntax.Scope, code *funcCode) {
	for _, a := range p.PosOnly {
		code.paramNames = append(code.paramNames, a.Name)
	}
	for _, a := range p.Args {
		code.paramNames = append(code.paramNames, a.Name)
	}
	code.nposonly = len(p.PosOnly)
	code.npos = len(p.PosOnly) + len(p.Args)
	for _, a := range p.KwOnly {
		code.paramNames = append(code.paramNames, a.Name)
		code.kwonly = append(code.kwonly, a.Name)
	}
	all := append([]string(nil), code.paramNames...)
	if p.Vararg != nil {
		code.varargs = p.Vararg.Name
		all = append(all, p.Vararg.Name)
	}
	if p.Kwarg != nil {
		code.kwarg = p.Kwarg.Name
		all = append(all, p.Kwarg.Name)
	}
	for _, n := range all {
		if b := sc.Lookup(n); b.Kind == syntax.LocalBinding {
			code.paramSlot = append(code.paramSlot, slotRef{i: b.Index})
		} else {
			code.paramSlot = append(code.paramSlot, slotRef{cell: true, i: b.Index})
		}
	}
}

// newCode compiles a function-like scope.
func (c *compiler) newCode(sc *syntax.Scope, name string, line int, compileBody func() stmtFn) *funcCode {
	saved, savedLoop := c.sc, c.loop
	c.sc, c.loop = sc, 0
	defer func() { c.sc, c.loop = saved, savedLoop }()
	code := &funcCode{name: name, qualname: sc.Qualname, line: line, kind: -1, file: c.file,
		nlocals: len(sc.LocalNames), localNames: sc.LocalNames, ncells: sc.NumCells, cellNames: sc.Cells}
	switch {
	case sc.Async && sc.Generator:
		code.kind = KindAsyncGenerator
	case sc.Async:
		code.kind = KindCoroutine
	case sc.Generator:
		code.kind = KindGenerator
	}
	code.exec = compileBody()
	return code
}

// closureOf returns a function that collects, from the defining frame,
// the cells the new scope's free variables refer to.
func (c *compiler) closureOf(sc *syntax.Scope) func(fr *frame) []*Cell {
	if len(sc.Free) == 0 {
		return nil
	}
	idx := make([]int, len(sc.Free))
	for i, n := range sc.Free {
		j, ok := c.sc.CellIndex(n)
		if !ok {
			// The resolver makes every free variable a cell of the
			// enclosing scope.
			panic("internal: free variable " + n + " not found in the enclosing scope")
		}
		idx[i] = j
	}
	return func(fr *frame) []*Cell {
		cl := make([]*Cell, len(idx))
		for i, j := range idx {
			cl[i] = fr.cells[j]
		}
		return cl
	}
}

func (c *compiler) defaults(p *ast.Params) (func(in *Interp, fr *frame) ([]Value, map[string]Value, error), bool) {
	if len(p.Defaults) == 0 && len(p.KwDefaults) == 0 {
		return nil, false
	}
	defs := make([]exprFn, len(p.Defaults))
	for i, d := range p.Defaults {
		defs[i] = c.expr(d)
	}
	kwdefs := make([]exprFn, len(p.KwDefaults))
	for i, d := range p.KwDefaults {
		if d != nil {
			kwdefs[i] = c.expr(d)
		}
	}
	var kwnames []string
	for _, a := range p.KwOnly {
		kwnames = append(kwnames, a.Name)
	}
	return func(in *Interp, fr *frame) ([]Value, map[string]Value, error) {
		var dv []Value
		for _, d := range defs {
			v, err := d(in, fr)
			if err != nil {
				return nil, nil, err
			}
			dv = append(dv, v)
		}
		var kw map[string]Value
		for i, d := range kwdefs {
			if d == nil {
				continue
			}
			v, err := d(in, fr)
			if err != nil {
				return nil, nil, err
			}
			if kw == nil {
				kw = map[string]Value{}
			}
			kw[kwnames[i]] = v
		}
		return dv, kw, nil
	}, true
}

func (c *compiler) makeFunction(sc *syntax.Scope, code *funcCode, p *ast.Params) exprFn {
	defs, _ := c.defaults(p)
	closure := c.closureOf(sc)
	g := c.g
	modName := c.modName
	return func(in *Interp, fr *frame) (Value, error) {
		f := &Function{code: code, g: g, Name: code.name, Qualname: code.qualname, Module: modName}
		if defs != nil {
			d, kw, err := defs(in, fr)
			if err != nil {
				return nil, err
			}
			f.defaults, f.kwdefaults = d, kw
		}
		if closure != nil {
			f.closure = closure(fr)
		}
		return f, nil
	}
}

func (c *compiler) decorate(decs []ast.Expr, defLine int, mk exprFn) exprFn {
	if len(decs) == 0 {
		return mk
	}
	fns := make([]exprFn, len(decs))
	lines := make([]int, len(decs))
	for i, d := range decs {
		fns[i] = c.expr(d)
		start, _ := d.Span()
		lines[i] = start.Line
	}
	// An error evaluating or applying a decorator is reported at the
	// decorator's line, as in CPython (3.7: see below).
	return func(in *Interp, fr *frame) (Value, error) {
		line := fr.line
		ds := make([]Value, len(fns))
		for i, f := range fns {
			fr.line = lines[i]
			v, err := f(in, fr)
			if err != nil {
				return nil, err
			}
			ds[i] = v
		}
		fr.line = line
		v, err := mk(in, fr)
		if err != nil {
			return nil, err
		}
		for i := len(ds) - 1; i >= 0; i-- {
			fr.line = lines[i]
			if in.py37 {
				// 3.7's line numbers only move forward within a
				// statement: the calls stay at the last decorator.
				fr.line = lines[len(lines)-1]
			} else if in.minor <= 10 {
				// 3.8-3.10 call the decorators at the line of the
				// def or class keyword (defLine).
				fr.line = defLine
			}
			v, err = in.Call(ds[i], []Value{v}, nil)
			if err != nil {
				if in.minor >= 11 {
					start, end := decs[i].Span()
					markPos(err, fr, start, end)
				}
				return nil, err
			}
		}
		fr.line = line
		return v, nil
	}
}

func (c *compiler) funcDef(s *ast.FunctionDef) stmtFn {
	sc := c.f.Scope(s)
	code := c.newCode(sc, s.Name, s.Start.Line, func() stmtFn { return c.block(s.Body) })
	c.paramsInto(s.Params, sc, code)
	mk := c.decorate(s.Decorators, s.NamePos.Line, c.makeFunction(sc, code, s.Params))
	st := c.storeName(s.Name)
	return func(in *Interp, fr *frame) error {
		f, err := mk(in, fr)
		if err != nil {
			return err
		}
		return st(in, fr, f)
	}
}

func (c *compiler) paramsInto(p *ast.Params, sc *syntax.Scope, code *funcCode) {
	c.params(p, sc, code)
}

func (c *compiler) lambda(e *ast.Lambda) exprFn {
	sc := c.f.Scope(e)
	code := c.newCode(sc, "<lambda>", e.Start.Line, func() stmtFn {
		body := c.expr(e.Body)
		return func(in *Interp, fr *frame) error {
			v, err := body(in, fr)
			if err != nil {
				return err
			}
			fr.ret = v
			return errReturn
		}
	})
	c.paramsInto(e.Params, sc, code)
	return c.makeFunction(sc, code, e.Params)
}

func (c *compiler) classDef(s *ast.ClassDef) stmtFn {
	sc := c.f.Scope(s)
	var meta exprFn
	for _, k := range s.Keywords {
		if k.Arg != "metaclass" {
			c.unsupported(k, "class keyword '"+k.Arg+"'")
		}
		meta = c.expr(k.Value)
	}
	bases := make([]exprFn, len(s.Bases))
	for i, b := range s.Bases {
		if _, ok := b.(*ast.Starred); ok {
			c.unsupported(b, "starred base class")
		}
		bases[i] = c.expr(b)
	}
	code := c.newCode(sc, s.Name, s.Start.Line, func() stmtFn { return c.block(s.Body) })
	closure := c.closureOf(sc)
	name := s.Name
	qual := sc.Qualname
	modName := c.modName
	classCell := sc.ClassCell()
	mk := c.decorate(s.Decorators, s.NamePos.Line, func(in *Interp, fr *frame) (Value, error) {
		var bs []*Class
		for _, b := range bases {
			v, err := b(in, fr)
			if err != nil {
				return nil, err
			}
			k, ok := v.(*Class)
			if !ok {
				return nil, Errorf(TypeErrorClass, "bases must be types")
			}
			bs = append(bs, k)
		}
		if len(bs) == 0 {
			bs = []*Class{ObjectClass}
		}
		for _, b := range bs {
			if b.native && !b.isExc && b != ObjectClass && (b.Module == "builtins" || b.New == nil) {
				if b == BoolClass {
					return nil, Errorf(TypeErrorClass, "type 'bool' is not an acceptable base type")
				}
				// Builtin types and native classes without an allocator
				// cannot be subclassed here.
				return nil, &UnsupportedError{File: in.File, Line: fr.line, What: "subclassing '" + b.Name + "'"}
			}
			if b == BoolClass {
				return nil, Errorf(TypeErrorClass, "type 'bool' is not an acceptable base type")
			}
		}
		var ord []string
		cf := &frame{act: in.newAct(), code: code, ns: map[string]Value{"__module__": Str(modName), "__qualname__": Str(qual)}, nsOrd: &ord}
		if n := len(code.cellNames); n > 0 {
			cf.cells = make([]*Cell, n)
			for i := 0; i < code.ncells; i++ {
				cf.cells[i] = &Cell{}
			}
			if closure != nil {
				copy(cf.cells[code.ncells:], closure(fr))
			}
		}
		th := in.th
		saved := th.frame
		th.frame = cf
		err := code.exec(in, cf)
		th.frame = saved
		if err != nil {
			return nil, err
		}
		cls := &Class{Name: name, Qualname: qual, Module: modName, Bases: bs, Dict: map[string]Value{}}
		for _, k := range ord {
			if v, ok := cf.ns[k]; ok {
				cls.Dict[k] = v
				cls.order = append(cls.order, k)
			}
		}
		if m, ok := cf.ns["__module__"].(Str); ok {
			cls.Module = string(m)
		}
		delete(cls.Dict, "__module__")
		delete(cls.Dict, "__qualname__")
		mro, err2 := c3(cls)
		if err2 != nil {
			return nil, Errorf(TypeErrorClass, "%s", err2.Error())
		}
		cls.MRO = mro
		for _, b := range bs {
			if b.isExc {
				cls.isExc = true
			}
		}
		if f, ok := cls.Dict["__init_subclass__"].(*Function); ok {
			cls.Dict["__init_subclass__"] = &ClassMethod{Fn: f}
		}
		if f, ok := cls.Dict["__class_getitem__"].(*Function); ok {
			cls.Dict["__class_getitem__"] = &ClassMethod{Fn: f}
		}
		if _, ok := cls.Dict["__eq__"]; ok {
			if _, ok := cls.Dict["__hash__"]; !ok {
				cls.Dict["__hash__"] = None
			}
		}
		cls.recomputeFlags()
		if classCell >= 0 {
			cf.cells[classCell].V = cls
		}
		for _, k := range cls.order {
			if d, ok := cls.Dict[k].(*Object); ok {
				if sn, ok := d.Class.lookup("__set_name__"); ok {
					if _, err := in.callMethod(sn, d, []Value{cls, Str(k)}, nil); err != nil {
						return nil, err
					}
				}
			}
		}
		if meta != nil {
			// Only `type` and the stand-ins of lib/abc.py are metaclasses
			// here.
			mv, err := meta(in, fr)
			if err != nil {
				return nil, err
			}
			mc, _ := mv.(*Class)
			if mc != TypeClass {
				hook, ok := Value(nil), false
				if mc != nil {
					hook, ok = mc.lookup("_taskline_metaclass_")
				}
				if !ok {
					return nil, &UnsupportedError{File: in.File, Line: fr.line, What: "metaclass " + Repr(in, mv)}
				}
				if sm, isSM := hook.(*StaticMethod); isSM {
					hook = sm.Fn
				}
				if _, err := in.Call(hook, []Value{cls}, nil); err != nil {
					return nil, err
				}
			}
		}
		// __init_subclass__ of a base.
		if len(bs) > 0 {
			if m, ok := bs[0].lookup("__init_subclass__"); ok {
				if cm, ok := m.(*ClassMethod); ok {
					if _, err := in.Call(&BoundMethod{Self: cls, Fn: cm.Fn}, nil, nil); err != nil {
						return nil, err
					}
				}
			}
		}
		return cls, nil
	})
	st := c.storeName(name)
	return func(in *Interp, fr *frame) error {
		v, err := mk(in, fr)
		if err != nil {
			return err
		}
		return st(in, fr, v)
	}
}
