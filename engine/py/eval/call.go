package eval

import (
	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// call compiles a call expression. Calls of the form obj.name(...) look the
// method up without creating a bound method object.
func (c *compiler) call(e *ast.Call) exprFn {
	if n, ok := e.Func.(*ast.Name); ok && n.Id == "super" && len(e.Args) == 0 && len(e.Keywords) == 0 {
		if f := c.zeroArgSuper(e); f != nil {
			return f
		}
	}
	return c.callOrAwait(e, false)
}

// callAwaited compiles `await f(args)`: as the call followed by the await,
// except that a builtin with an AwaitCall (asyncio.sleep) is awaited
// without making the awaitable. It returns nil for a call it leaves to
// the general path (super()).
func (c *compiler) callAwaited(e *ast.Call) exprFn {
	if n, ok := e.Func.(*ast.Name); ok && n.Id == "super" {
		return nil
	}
	return c.callOrAwait(e, true)
}

// callOrAwait compiles a call, awaited or not: one derivation of the
// evaluation order and the error spans for both.
func (c *compiler) callOrAwait(e *ast.Call, awaited bool) exprFn {
	args := c.argList(e.Args)
	kws := c.kwList(e.Keywords)
	if a, ok := e.Func.(*ast.Attribute); ok {
		obj := c.expr(a.Value)
		name := a.Attr
		start, end := attrSpan(a)
		cs, ce := e.Span()
		return func(in *Interp, fr *frame) (Value, error) {
			o, err := obj(in, fr)
			if err != nil {
				return nil, markedAt(err, fr, cs, ce)
			}
			av, err := args(in, fr)
			if err != nil {
				return nil, markedAt(err, fr, cs, ce)
			}
			var kw []Kwarg
			if kws != nil {
				if kw, err = kws(in, fr); err != nil {
					return nil, markedAt(err, fr, cs, ce)
				}
			}
			if awaited {
				if v, ok, callErr, err := in.awaitMethodAt(o, name, av, kw); ok {
					if callErr != nil {
						return nil, markedAt(callErr, fr, cs, ce)
					}
					return v, err
				}
				if m, ok := o.(*Module); ok {
					// What callMethodAt does for a module, with the
					// builtin's AwaitCall in place of call and await.
					f, err := in.GetAttr(m, name)
					if err != nil {
						return nil, markedAt(err, fr, start, end)
					}
					return in.awaitCallOf(fr, f, av, kw, cs, ce)
				}
			}
			v, lookup, err := in.callMethodAt(o, name, av, kw)
			if err != nil {
				if lookup {
					return nil, markedAt(err, fr, start, end)
				}
				return nil, markedAt(err, fr, cs, ce)
			}
			if awaited {
				return in.Await(v)
			}
			return v, nil
		}
	}
	fn := c.expr(e.Func)
	// Errors are marked with the call's span for the caret line in the
	// error branches (an inner expression's own mark wins), so that a
	// call that succeeds pays nothing for it.
	start, end := e.Span()
	return func(in *Interp, fr *frame) (Value, error) {
		f, err := fn(in, fr)
		if err != nil {
			return nil, markedAt(err, fr, start, end)
		}
		av, err := args(in, fr)
		if err != nil {
			return nil, markedAt(err, fr, start, end)
		}
		var kw []Kwarg
		if kws != nil {
			if kw, err = kws(in, fr); err != nil {
				return nil, markedAt(err, fr, start, end)
			}
		}
		if awaited {
			return in.awaitCallOf(fr, f, av, kw, start, end)
		}
		v, err := in.call(f, av, kw)
		if err != nil {
			return nil, markedAt(err, fr, start, end)
		}
		return v, nil
	}
}

// CallAwaiter is a callable that `await f(args)` can await without making
// the awaitable (asyncio.sleep, awaited once per step of a task): ok
// false leaves the call to the general path. Otherwise the outcome must be
// that of awaiting what the call returns; callErr is an error of the call
// itself (its arguments), err one of the await.
type CallAwaiter interface {
	AwaitCall(in *Interp, args []Value, kw []Kwarg) (v Value, ok bool, callErr, err error)
}

// AwaitCall awaits a call of b through its AwaitFn.
func (b *Builtin) AwaitCall(in *Interp, args []Value, kw []Kwarg) (Value, bool, error, error) {
	if b.AwaitFn == nil || b.Method != nil {
		return nil, false, nil, nil
	}
	v, callErr, err := b.AwaitFn(in, args, kw)
	return v, true, callErr, err
}

// awaitCallOf is `await f(args)` once f and the arguments are evaluated;
// an error of the call is marked with the call's span [start, end), as a
// call's errors are.
func (in *Interp) awaitCallOf(fr *frame, f Value, args []Value, kw []Kwarg, start, end ast.Pos) (Value, error) {
	if a, ok := f.(CallAwaiter); ok {
		if v, ok, callErr, err := a.AwaitCall(in, args, kw); ok {
			if callErr != nil {
				return nil, markedAt(callErr, fr, start, end)
			}
			return v, err
		}
	}
	v, err := in.call(f, args, kw)
	if err != nil {
		return nil, markedAt(err, fr, start, end)
	}
	return in.Await(v)
}

// newerMethods are methods of builtin types that came after CPython 3.7,
// each with the minor version that brought it.
var newerMethods = map[*Class]map[string]int{}

func initNewerMethods() {
	newerMethods[StrClass] = map[string]int{"removeprefix": 9, "removesuffix": 9}
	newerMethods[BytesClass] = map[string]int{"removeprefix": 9, "removesuffix": 9}
	newerMethods[IntClass] = map[string]int{"bit_count": 10}
	newerMethods[BaseExceptionClass] = map[string]int{"add_note": 11, "__notes__": 11}
}

// AddedIn records that CPython's class c has had the attribute name only
// since 3.minor: in older versions it is an AttributeError, as there.
func (c *Class) AddedIn(name string, minor int) {
	if newerMethods[c] == nil {
		newerMethods[c] = map[string]int{}
	}
	newerMethods[c][name] = minor
	newestAdded = max(newestAdded, minor)
}

// newestAdded is the newest version in newerMethods: from it on, nothing
// is hidden.
var newestAdded = 11

// hiddenIn37 reports whether name is a builtin method too new for the
// modelled version.
func (in *Interp) hiddenIn37(o Value, name string) bool {
	if in.minor >= newestAdded {
		return false
	}
	for _, k := range o.Type().MRO {
		if in.minor < newerMethods[k][name] {
			return true
		}
	}
	return false
}

// CallMethod calls o.name(args...).
func (in *Interp) CallMethod(o Value, name string, args []Value, kw []Kwarg) (Value, error) {
	v, _, err := in.callMethodAt(o, name, args, kw)
	return v, err
}

// awaitMethodAt is `await o.name(args)` for a native method with an
// AwaitMethod, called the way callMethodAt calls it (found on the class,
// not bound), without making the awaitable. ok false leaves the call to
// callMethodAt and the await to Await (any other method, or an error in
// finding this one, which callMethodAt raises).
func (in *Interp) awaitMethodAt(o Value, name string, args []Value, kw []Kwarg) (v Value, ok bool, callErr, err error) {
	switch o.(type) {
	case *Module, *Class, *Super:
		return nil, false, nil, nil
	}
	if in.hiddenIn37(o, name) {
		return nil, false, nil, nil
	}
	cls := o.Type()
	m, _ := cls.lookup(name)
	f, _ := m.(*Builtin)
	if f == nil || f.AwaitMethod == nil || f.Method == nil || f.Self != nil || f.checkSelfOf(o, cls) != nil {
		return nil, false, nil, nil
	}
	v, callErr, err = f.AwaitMethod(in, o, args, kw)
	return v, true, callErr, err
}

// callMethodAt is CallMethod that also reports whether an error came from
// looking the method up (tracebacks then underline o.name, not the call).
func (in *Interp) callMethodAt(o Value, name string, args []Value, kw []Kwarg) (Value, bool, error) {
	if in.hiddenIn37(o, name) {
		return nil, true, in.noAttr(o, name)
	}
	switch o.(type) {
	case *Module, *Class, *Super:
	default:
		cls := o.Type()
		if m, ok := cls.lookup(name); ok {
			switch f := m.(type) {
			case *Function:
				if x, ok := o.(*Object); !ok || (len(x.names) == 0 && x.dict == nil) || !x.has(name) {
					v, err := f.callSelf(in, o, args, kw)
					return v, false, err
				}
			case *Builtin:
				if f.Method != nil && f.Self == nil {
					if err := f.checkSelfOf(o, cls); err != nil {
						return nil, false, err
					}
					v, err := f.Method(in, o, args, kw)
					return v, false, err
				}
			}
		}
	}
	f, err := in.GetAttr(o, name)
	if err != nil {
		return nil, true, err
	}
	v, err := in.call(f, args, kw)
	return v, false, err
}

func (c *compiler) argList(es []ast.Expr) func(in *Interp, fr *frame) ([]Value, error) {
	if len(es) == 0 {
		return func(*Interp, *frame) ([]Value, error) { return nil, nil }
	}
	if hasStar(es) {
		el := c.elems(es)
		return el
	}
	fns := c.exprs(es)
	switch len(fns) {
	case 1:
		f0 := fns[0]
		return func(in *Interp, fr *frame) ([]Value, error) {
			v, err := f0(in, fr)
			if err != nil {
				return nil, err
			}
			return []Value{v}, nil
		}
	}
	return func(in *Interp, fr *frame) ([]Value, error) {
		out := make([]Value, len(fns))
		for i, f := range fns {
			v, err := f(in, fr)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
}

func (c *compiler) kwList(ks []*ast.Keyword) func(in *Interp, fr *frame) ([]Kwarg, error) {
	if len(ks) == 0 {
		return nil
	}
	names := make([]string, len(ks))
	fns := make([]exprFn, len(ks))
	for i, k := range ks {
		names[i] = k.Arg
		fns[i] = c.expr(k.Value)
	}
	return func(in *Interp, fr *frame) ([]Kwarg, error) {
		out := make([]Kwarg, 0, len(fns))
		for i, f := range fns {
			v, err := f(in, fr)
			if err != nil {
				return nil, err
			}
			if names[i] != "" {
				out = append(out, Kwarg{names[i], v})
				continue
			}
			// **mapping
			d, ok := v.(*Dict)
			if !ok {
				if _, ok := v.Type().lookup("keys"); !ok {
					return nil, Errorf(TypeErrorClass, "argument after ** must be a mapping, not %s", v.Type().Name)
				}
				nd := NewDict()
				if err := in.dictUpdate(nd, []Value{v}, nil); err != nil {
					return nil, err
				}
				d = nd
			}
			keys, vals := d.Items()
			for j, k := range keys {
				s, ok := k.(Str)
				if !ok {
					return nil, Errorf(TypeErrorClass, "keywords must be strings")
				}
				for _, prev := range out {
					if prev.Name == string(s) {
						return nil, Errorf(TypeErrorClass, "got multiple values for keyword argument '%s'", s)
					}
				}
				out = append(out, Kwarg{string(s), vals[j]})
			}
		}
		return out, nil
	}
}

// Super is the object super() returns.
type Super struct {
	cls *Class
	obj Value
}

func (*Super) Type() *Class { return SuperClass }

func (c *compiler) zeroArgSuper(e *ast.Call) exprFn {
	sc := c.sc
	if sc.Kind != syntax.FunctionScope {
		return nil
	}
	cellIdx, ok := sc.CellIndex("__class__")
	if !ok {
		return nil
	}
	// The first positional parameter; CPython's super() finds "no
	// arguments" without one.
	var first binding
	name, have := sc.FirstArg()
	if have {
		first = c.lookup(name)
	}
	return func(in *Interp, fr *frame) (Value, error) {
		cls, _ := fr.cells[cellIdx].V.(*Class)
		if cls == nil {
			return nil, Errorf(RuntimeErrorClass, "super(): __class__ cell not found")
		}
		if !have {
			return nil, Errorf(RuntimeErrorClass, "super(): no arguments")
		}
		var self Value
		switch first.kind {
		case bLocal:
			self = fr.locals[first.index]
		case bCell, bFree:
			self = fr.cells[first.index].V
		}
		if self == nil {
			return nil, Errorf(RuntimeErrorClass, "super(): arg[0] deleted")
		}
		return &Super{cls: cls, obj: self}, nil
	}
}

// superGetAttr looks name up along the MRO of the object's class, after s.cls.
func (in *Interp) superGetAttr(s *Super, name string) (Value, error) {
	var mro []*Class
	objIsClass := false
	if k, ok := s.obj.(*Class); ok && k.IsSubclass(s.cls) {
		mro = k.MRO
		objIsClass = true
	} else {
		mro = s.obj.Type().MRO
	}
	i := 0
	for i < len(mro) && mro[i] != s.cls {
		i++
	}
	for _, k := range mro[min(i+1, len(mro)):] {
		if v, ok := k.Dict[name]; ok {
			switch a := v.(type) {
			case *Property:
				if objIsClass {
					return a, nil
				}
				return in.propGet(a, s.obj)
			case *ClassMethod:
				cls := s.obj
				if !objIsClass {
					cls = s.obj.Type()
				}
				return &BoundMethod{Self: cls, Fn: a.Fn}, nil
			case *StaticMethod:
				return a.Fn, nil
			}
			if objIsClass {
				return v, nil
			}
			return bindAttr(v, s.obj), nil
		}
	}
	if name == "__class__" {
		return SuperClass, nil
	}
	return nil, Errorf(AttributeErrorClass, "'super' object has no attribute '%s'", name)
}
