// Package eval is the evaluator of Taskline's Python subset: the object
// model, a compiler from the syntax tree (engine/py/ast) to Go closures, the
// builtins, the exception hierarchy with CPython's names and messages,
// generators and coroutines, and the small modules sys, time and random.
//
// Values are Go values implementing Value. Immutable scalars are plain Go
// types (Int, Float, Str, Bool, NoneType) so that the arithmetic fast paths
// allocate little; everything with identity is a pointer. Python exceptions
// travel as Go errors of type *Exception; any other error (the step budget,
// an unsupported feature) is not catchable by Python code and ends the run.
//
// The compiler resolves every name to a slot before running (locals, cells,
// module globals), as go.starlark.net's resolver does, so the hot path never
// looks a name up in a map. Generators and coroutines that must suspend run
// on a sched.Fiber each; `await` of a bare coroutine and `yield from` of a
// fresh generator run inline on the caller's fiber, as in CPython.
//
// Native modules (asyncio lives in its own package) register themselves with
// RegisterModule; docs/HACKING-eval.md describes the API they use.
package eval

import (
	"math/big"
)

// Value is any Python value.
type Value interface {
	// Type returns the value's class (type(v) in Python).
	Type() *Class
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Bool is a Python bool.
type Bool bool

// Int is a Python int that fits in 64 bits. Larger values are *BigInt;
// arithmetic normalises results back to Int when they fit.
type Int int64

// BigInt is a Python int outside the int64 range.
type BigInt struct{ V *big.Int }

// Float is a Python float.
type Float float64

// Str is a Python str (UTF-8 text; indexing counts code points).
type Str string

// Bytes is a Python bytes value.
type Bytes string

// Tuple is a Python tuple.
type Tuple []Value

// List is a Python list.
type List struct{ Elems []Value }

// Ellipsis is the type of the ... literal.
type EllipsisType struct{}

// Cell holds a variable captured by a nested function.
type Cell struct{ V Value }

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// Type methods of the scalar types.
func (NoneType) Type() *Class     { return NoneTypeClass }
func (Bool) Type() *Class         { return BoolClass }
func (Int) Type() *Class          { return IntClass }
func (*BigInt) Type() *Class      { return IntClass }
func (Float) Type() *Class        { return FloatClass }
func (Str) Type() *Class          { return StrClass }
func (Bytes) Type() *Class        { return BytesClass }
func (Tuple) Type() *Class        { return TupleClass }
func (*List) Type() *Class        { return ListClass }
func (EllipsisType) Type() *Class { return EllipsisClass }

// True and False.
const (
	True  = Bool(true)
	False = Bool(false)
)

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{Elems: elems} }

// Object is an instance of a class defined in Python (or of object itself).
// Its attributes are kept as parallel slices in insertion order (most
// objects have a handful, and a linear search beats a map there), with an
// index once there are many.
type Object struct {
	Class *Class
	names []string
	vals  []Value
	index map[string]int
	// dict, once the program asked for obj.__dict__, holds the attributes
	// instead of names/vals, so that writes through it are seen.
	dict *Dict
}

// AttrDict returns the live attribute dictionary (obj.__dict__).
func (o *Object) AttrDict() *Dict {
	if o.dict == nil {
		d := NewDict()
		for i, n := range o.names {
			d.SetStr(n, o.vals[i])
		}
		o.dict, o.names, o.vals, o.index = d, nil, nil, nil
	}
	return o.dict
}

// Attr returns an instance attribute (not looking at the class).
func (o *Object) Attr(name string) (Value, bool) {
	if o.dict != nil {
		return o.dict.GetStr(name)
	}
	if o.index != nil {
		if i, ok := o.index[name]; ok {
			return o.vals[i], true
		}
		return nil, false
	}
	for i, n := range o.names {
		if n == name {
			return o.vals[i], true
		}
	}
	return nil, false
}

func (o *Object) has(name string) bool {
	_, ok := o.Attr(name)
	return ok
}

// SetAttrLocal sets an instance attribute.
func (o *Object) SetAttrLocal(name string, v Value) {
	if o.dict != nil {
		o.dict.SetStr(name, v)
		return
	}
	if o.index != nil {
		if i, ok := o.index[name]; ok {
			o.vals[i] = v
			return
		}
	} else {
		for i, n := range o.names {
			if n == name {
				o.vals[i] = v
				return
			}
		}
	}
	o.names = append(o.names, name)
	o.vals = append(o.vals, v)
	if o.index != nil {
		o.index[name] = len(o.names) - 1
	} else if len(o.names) > 12 {
		o.index = make(map[string]int, len(o.names))
		for i, n := range o.names {
			o.index[n] = i
		}
	}
}

// DelAttrLocal deletes an instance attribute and reports whether it existed.
func (o *Object) DelAttrLocal(name string) bool {
	if o.dict != nil {
		_, ok, _ := o.dict.Delete(nil, Str(name))
		return ok
	}
	for i, n := range o.names {
		if n == name {
			o.names = append(o.names[:i], o.names[i+1:]...)
			o.vals = append(o.vals[:i], o.vals[i+1:]...)
			if o.index != nil {
				o.index = make(map[string]int, len(o.names))
				for j, m := range o.names {
					o.index[m] = j
				}
			}
			return true
		}
	}
	return false
}

// Type returns the object's class.
func (o *Object) Type() *Class { return o.Class }

// InstanceDict is implemented by values that carry per-instance
// attributes (instances of Python classes, exceptions, functions).
type InstanceDict interface {
	Value
	InstDict() map[string]Value
}

// InstDict returns a copy of the instance attributes.
func (o *Object) InstDict() map[string]Value {
	if o.dict != nil {
		m := map[string]Value{}
		keys, vals := o.dict.Items()
		for i, k := range keys {
			if s, ok := k.(Str); ok {
				m[string(s)] = vals[i]
			}
		}
		return m
	}
	m := make(map[string]Value, len(o.names))
	for i, n := range o.names {
		m[n] = o.vals[i]
	}
	return m
}

// Module is an imported module: its name and attributes.
type Module struct {
	Name string
	Dict map[string]Value
	g    *globals // the main module's slots, or nil
}

// Type returns the module type.
func (*Module) Type() *Class { return ModuleClass }

// Get returns a module attribute.
func (m *Module) Get(name string) (Value, bool) {
	if m.g != nil {
		if i, ok := m.g.index[name]; ok && m.g.vals[i] != nil {
			return m.g.vals[i], true
		}
		return nil, false
	}
	v, ok := m.Dict[name]
	return v, ok
}

// NewModule returns an empty native module.
func NewModule(name string) *Module {
	return &Module{Name: name, Dict: map[string]Value{"__name__": Str(name)}}
}

// NewModuleSize returns an empty native module with room for about n names.
func NewModuleSize(name string, n int) *Module {
	d := make(map[string]Value, n)
	d["__name__"] = Str(name)
	return &Module{Name: name, Dict: d}
}

// globals are the main module's variables, resolved to slots.
type globals struct {
	names []string
	index map[string]int
	vals  []Value
}

func (g *globals) slot(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.names)
	g.names = append(g.names, name)
	g.vals = append(g.vals, nil)
	return len(g.names) - 1
}
