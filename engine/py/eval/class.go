package eval

import (
	"fmt"
	"strings"
)

// Class is a Python class: a builtin type, a class defined by the program,
// or a native class defined in Go (asyncio.Task, ...).
type Class struct {
	Name     string
	Qualname string
	Module   string // "builtins" for builtin types, "__main__" for the program's classes
	// TpName, if set, is CPython's tp_name where it is not Name: a type
	// of a C extension module ("_asyncio.Task") names itself so in
	// attribute errors.
	TpName string
	Bases  []*Class
	MRO    []*Class
	Dict   map[string]Value
	order  []string // definition order of Dict keys

	// New, if set, allocates an instance of cls (the __new__ of native
	// classes, found along the MRO). Classes without one make *Object.
	New func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error)

	native bool // a builtin or native class: attributes are read-only
	isExc  bool // BaseException or a subclass
	// Flags computed on definition (and kept up to date by SetAttr) so the
	// hot path can skip lookups that cannot succeed.
	hasGetattr, hasEq, hasHash, hasInit bool

	// AttrNotModelled, if set, gives the error for an attribute that
	// instances lack in Taskline but may have in CPython (see limits.go);
	// nil keeps the AttributeError.
	AttrNotModelled func(in *Interp, name string) error
}

// Type returns the class's metaclass, which is always type.
func (*Class) Type() *Class { return TypeClass }

// NewClass returns a native class with the given bases (object if none).
// module is what __module__ reports ("asyncio.exceptions"); the qualname is
// the name.
func NewClass(name, module string, bases ...*Class) *Class {
	if len(bases) == 0 && ObjectClass != nil {
		bases = []*Class{ObjectClass}
	}
	c := &Class{Name: name, Qualname: name, Module: module, Bases: bases, Dict: map[string]Value{}, native: true}
	mro, err := c3(c)
	if err != nil {
		panic(err)
	}
	c.MRO = mro
	for _, b := range bases {
		if b.isExc {
			c.isExc = true
		}
	}
	c.recomputeFlags()
	return c
}

// SetAttr sets a class attribute (a value, a *Builtin method, a *Property...).
func (c *Class) SetAttr(name string, v Value) {
	if _, ok := c.Dict[name]; !ok {
		c.order = append(c.order, name)
	}
	c.Dict[name] = v
	c.recomputeFlags()
}

// DefMethod defines a native method; fn receives self as its first argument.
func (c *Class) DefMethod(name string, fn func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error)) {
	c.SetAttr(name, &Builtin{Name: name, Qual: c.Name + "." + name, Method: withArity(c.Name, name, fn), Owner: c})
}

// DefAwaitMethod gives the method name, defined by DefMethod, an
// AwaitMethod: what `await obj.name(args)` does instead of awaiting what
// the method returns (see Builtin.AwaitMethod).
func (c *Class) DefAwaitMethod(name string, fn func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error, error)) {
	c.Dict[name].(*Builtin).AwaitMethod = fn
}

// DefProperty defines a read-only (set == nil) or read-write property.
func (c *Class) DefProperty(name string, get func(in *Interp, self Value) (Value, error), set func(in *Interp, self, v Value) error) {
	c.SetAttr(name, &Property{Name: name, NGet: get, NSet: set, Owner: c})
}

func (c *Class) recomputeFlags() {
	_, c.hasGetattr = c.lookup("__getattr__")
	eq, _ := c.lookup("__eq__")
	_, isBuiltin := eq.(*Builtin)
	c.hasEq = eq != nil && !isBuiltin
	h, _ := c.lookup("__hash__")
	_, isBuiltin = h.(*Builtin)
	c.hasHash = h != nil && !isBuiltin
	_, c.hasInit = c.lookup("__init__")
}

// Lookup finds name along the MRO.
func (c *Class) Lookup(name string) (Value, bool) { return c.lookup(name) }

func (c *Class) lookup(name string) (Value, bool) {
	for _, k := range c.MRO {
		if v, ok := k.Dict[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	if c == base {
		return true
	}
	for _, k := range c.MRO {
		if k == base {
			return true
		}
	}
	return false
}

// FullName is the class name as a traceback's last line shows it: the
// qualname, prefixed by the module unless it is builtins (or __main__ in
// 3.11 mode, which does print it in 3.7).
func (in *Interp) FullName(c *Class) string {
	if c.Module == "builtins" || c.Module == "" || (c.Module == "__main__" && in.minor >= 11) {
		return c.Qualname
	}
	return c.Module + "." + c.Qualname
}

// tpName is the class name in "'X' object has no attribute" messages.
func (c *Class) tpName() string {
	if c.TpName != "" {
		return c.TpName
	}
	return c.Name
}

// c3 computes the C3 linearisation of c.
func c3(c *Class) ([]*Class, error) {
	var seqs [][]*Class
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out := []*Class{c}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Class
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			h := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[min(1, len(t)):] {
					if x == h {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = h
				break
			}
		}
		if cand == nil {
			var names []string
			for _, b := range c.Bases {
				names = append(names, b.Name)
			}
			//lint:ignore ST1005 CPython's own words, capital and all
			return nil, fmt.Errorf("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// Builtin is a function or method implemented in Go.
type Builtin struct {
	Name string
	Qual string
	// Exactly one of Fn and Method is set. A Method stored in a class is
	// bound to the instance on attribute access, like a Python function.
	Fn     func(in *Interp, args []Value, kw []Kwarg) (Value, error)
	Method func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error)
	Self   Value  // bound receiver of a Method, or nil
	Owner  *Class // the class that defines a Method (its receiver's type)

	// AwaitFn, optional beside Fn, is what `await f(args)` does: the
	// same as awaiting what Fn returns, without making that awaitable
	// (see CallAwaiter).
	AwaitFn func(in *Interp, args []Value, kw []Kwarg) (v Value, callErr, err error)
	// AwaitMethod is AwaitFn for a Method: `await obj.name(args)`
	// (Queue.put and get, awaited once per item).
	AwaitMethod func(in *Interp, self Value, args []Value, kw []Kwarg) (v Value, callErr, err error)
}

// checkSelfOf is checkSelf for a receiver whose class is cls: nothing to
// check when the method's own class is the receiver's.
func (b *Builtin) checkSelfOf(self Value, cls *Class) error {
	if b.Owner == cls {
		return nil
	}
	return b.checkSelf(self)
}

// checkSelf verifies that a native method is applied to an instance of the
// class that defines it (list.append(5, 1) must be a TypeError, not a Go
// type assertion failure).
func (b *Builtin) checkSelf(self Value) error {
	if b.Owner == nil {
		return nil
	}
	if t := self.Type(); t == b.Owner || t.IsSubclass(b.Owner) {
		return nil
	}
	if b.Owner.isExc {
		if _, ok := self.(*Exception); ok {
			return nil
		}
	}
	return Errorf(TypeErrorClass, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, self.Type().Name)
}

// Type returns builtin_function_or_method.
func (*Builtin) Type() *Class { return BuiltinFunctionClass }

// NewBuiltin returns a native function.
func NewBuiltin(name string, fn func(in *Interp, args []Value, kw []Kwarg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Qual: name, Fn: fn}
}

// Property is a property object: Python's property() or a native one.
type Property struct {
	Name       string
	Fget, Fset Value // Python callables, or nil
	NGet       func(in *Interp, self Value) (Value, error)
	NSet       func(in *Interp, self, v Value) error
	Doc        Value
	Owner      *Class // for native properties: the class defining them
}

func (*Property) Type() *Class { return PropertyClass }

func (p *Property) checkSelf(self Value) error {
	if p.Owner == nil {
		return nil
	}
	if t := self.Type(); t == p.Owner || t.IsSubclass(p.Owner) {
		return nil
	}
	if _, ok := self.(*Exception); ok && p.Owner.isExc && self.Type().IsSubclass(p.Owner) {
		return nil
	}
	return Errorf(TypeErrorClass, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", p.Name, p.Owner.Name, self.Type().Name)
}

// StaticMethod and ClassMethod wrap a callable in a class body.
type StaticMethod struct{ Fn Value }
type ClassMethod struct{ Fn Value }

func (*StaticMethod) Type() *Class { return StaticMethodClass }
func (*ClassMethod) Type() *Class  { return ClassMethodClass }

// BoundMethod is a Python function bound to an instance (or class).
type BoundMethod struct {
	Self Value
	Fn   Value
}

func (*BoundMethod) Type() *Class { return MethodClass }
