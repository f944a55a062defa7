package eval

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// builtins is the builtins module's namespace; builtinOrder its names in
// CPython's order (for "Did you mean" suggestions).
var (
	builtins     = map[string]Value{}
	builtinOrder []string
)

var objectInit, objectRepr *Builtin

func defBuiltin(name string, fn func(in *Interp, args []Value, kw []Kwarg) (Value, error)) {
	builtins[name] = NewBuiltin(name, fn)
	builtinOrder = append(builtinOrder, name)
}

func defType(c *Class, newFn func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error)) {
	c.New = newFn
	builtins[c.Name] = c
	builtinOrder = append(builtinOrder, c.Name)
}

// Iterator classes of the builtins.
var enumerateClass, zipClass, mapClass, filterClass, reversedClass *Class

type funcIter struct {
	cls  *Class
	next func(in *Interp) (Value, bool, error)
}

func (f *funcIter) Type() *Class                         { return f.cls }
func (f *funcIter) Next(in *Interp) (Value, bool, error) { return f.next(in) }

func init() {
	initCore()
	stdStreamClass = builtinClass("TextIOWrapper")
	asyncGenStepClass = builtinClass("async_generator_asend")
	versionInfoClass = NewClass("version_info", "sys")
	unionTypeClass = NewClass("UnionType", "types")
	enumerateClass = builtinClass("enumerate")
	zipClass = builtinClass("zip")
	mapClass = builtinClass("map")
	filterClass = builtinClass("filter")
	reversedClass = builtinClass("list_reverseiterator")

	objectInit = &Builtin{Name: "__init__", Qual: "object.__init__", Method: func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return None, nil
	}}
	ObjectClass.Dict["__init__"] = objectInit
	objectRepr = &Builtin{Name: "__repr__", Qual: "object.__repr__", Method: func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str("<" + classPath(self.Type()) + " object at " + in.addr(self) + ">"), nil
	}}
	ObjectClass.Dict["__repr__"] = objectRepr
	ObjectClass.DefMethod("__str__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s, err := in.repr(self)
		return Str(s), err
	})
	ObjectClass.DefMethod("__eq__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 && Identical(self, args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	ObjectClass.DefMethod("__ne__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		r, err := in.compare("==", self, args[0])
		if err != nil {
			return nil, err
		}
		return Bool(!Truth(r)), nil
	})
	ObjectClass.DefMethod("__hash__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(identityHash(self)), nil
	})
	ObjectClass.DefMethod("__setattr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorClass, "expected 2 arguments, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		switch o := self.(type) {
		case *Object:
			o.SetAttrLocal(string(name), args[1])
			return None, nil
		case *Exception:
			o.InstDict()[string(name)] = args[1]
			return None, nil
		}
		return None, in.SetAttr(self, string(name), args[1])
	})
	ObjectClass.Dict["__new__"] = &StaticMethod{Fn: NewBuiltin("__new__", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorClass, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeErrorClass, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if cls.native && cls != ObjectClass {
			return nil, Errorf(TypeErrorClass, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
		}
		return &Object{Class: cls}, nil
	})}
	ObjectClass.DefMethod("__delattr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "expected 1 argument, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		return None, in.delAttr(self, string(name))
	})
	ObjectClass.DefMethod("__getattribute__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		name, _ := args[0].(Str)
		return in.GetAttr(self, string(name))
	})
	ObjectClass.DefMethod("__format__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		spec, _ := args[0].(Str)
		if spec != "" {
			return nil, Errorf(TypeErrorClass, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		s, err := in.str(self)
		return Str(s), err
	})
	ObjectClass.Dict["__init_subclass__"] = &ClassMethod{Fn: NewBuiltin("__init_subclass__", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return None, nil
	})}
	ObjectClass.recomputeFlags()

	defBuiltin("abs", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("abs", args, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case Int:
			if x < 0 {
				return in.UnaryOp("-", x)
			}
			return x, nil
		case Bool:
			return boolInt(x), nil
		case *BigInt:
			return normBig(new(big.Int).Abs(x.V)), nil
		case Float:
			return Float(math.Abs(float64(x))), nil
		}
		if m, ok := args[0].Type().lookup("__abs__"); ok {
			return in.callMethod(m, args[0], nil, nil)
		}
		return nil, Errorf(TypeErrorClass, "bad operand type for abs(): '%s'", args[0].Type().Name)
	})
	defBuiltin("all", allOrAny("all", false))
	defBuiltin("any", allOrAny("any", true))
	defBuiltin("ascii", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("ascii", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := in.repr(args[0])
		return Str(asciiEscape(s)), err
	})
	defBuiltin("bin", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return intBase(in, "bin", args, 2, "0b")
	})
	defBuiltin("callable", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("callable", args, 1, 1); err != nil {
			return nil, err
		}
		return Bool(in.callable(args[0])), nil
	})
	defBuiltin("chr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("chr", args, 1, 1); err != nil {
			return nil, err
		}
		n, ok := ToInt(args[0])
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if n < 0 || n > 0x10ffff {
			return nil, Errorf(ValueErrorClass, "chr() arg not in range(0x110000)")
		}
		return Str(string(rune(n))), nil
	})
	defBuiltin("delattr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("delattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, in.DelAttr(args[0], string(name))
	})
	defBuiltin("divmod", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("divmod", args, 2, 2); err != nil {
			return nil, err
		}
		q, err := in.BinOp("//", args[0], args[1])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorClass {
				return nil, Errorf(TypeErrorClass, "unsupported operand type(s) for divmod(): '%s' and '%s'", args[0].Type().Name, args[1].Type().Name)
			}
			return nil, err
		}
		m, err := in.BinOp("%", args[0], args[1])
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	})
	defBuiltin("format", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("format", args, 1, 2); err != nil {
			return nil, err
		}
		spec := ""
		if len(args) == 2 {
			s, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeErrorClass, "format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = string(s)
		}
		s, err := in.Format(args[0], spec)
		return Str(s), err
	})
	defBuiltin("getattr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("getattr", args, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		v, err := in.GetAttr(args[0], string(name))
		if err != nil && len(args) == 3 {
			if e, ok := err.(*Exception); ok && e.Class.IsSubclass(AttributeErrorClass) {
				return args[2], nil
			}
		}
		return v, err
	})
	defBuiltin("hasattr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("hasattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		_, err := in.GetAttr(args[0], string(name))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubclass(AttributeErrorClass) {
				return False, nil
			}
			return nil, err
		}
		return True, nil
	})
	defBuiltin("hash", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("hash", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := in.Hash(args[0])
		return Int(h), err
	})
	defBuiltin("hex", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return intBase(in, "hex", args, 16, "0x")
	})
	defBuiltin("id", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("id", args, 1, 1); err != nil {
			return nil, err
		}
		return Int(identityHash(args[0]) << 4), nil
	})
	defBuiltin("isinstance", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("isinstance", args, 2, 2); err != nil {
			return nil, err
		}
		ok, err := isInstance(args[0].Type(), args[1], "isinstance")
		return Bool(ok), err
	})
	defBuiltin("issubclass", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("issubclass", args, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeErrorClass, "issubclass() arg 1 must be a class")
		}
		r, err := isInstance(c, args[1], "issubclass")
		return Bool(r), err
	})
	defBuiltin("iter", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("iter", args, 1, 1); err != nil {
			return nil, err
		}
		it, err := in.Iter(args[0])
		if err != nil {
			return nil, err
		}
		if p, ok := it.(*pyIter); ok {
			return p.v, nil
		}
		return iterValue(it), nil
	})
	defBuiltin("len", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("len", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := in.Len(args[0])
		return Int(n), err
	})
	defBuiltin("max", func(in *Interp, args []Value, kw []Kwarg) (Value, error) { return minmax(in, "max", ">", args, kw) })
	defBuiltin("min", func(in *Interp, args []Value, kw []Kwarg) (Value, error) { return minmax(in, "min", "<", args, kw) })
	defBuiltin("next", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("next", args, 1, 2); err != nil {
			return nil, err
		}
		var x Value
		var ok bool
		var err error
		switch it := args[0].(type) {
		case *Generator:
			if it.Kind != KindGenerator {
				return nil, Errorf(TypeErrorClass, "'%s' object is not an iterator", it.Type().Name)
			}
			v, err := genResult(it.Send(in, None))
			if e, isE := err.(*Exception); isE && e.Class == StopIterationClass && len(args) == 2 {
				return args[1], nil
			}
			return v, err
		case Iterator:
			if g, isG := it.(*Generator); isG && g.Kind != KindGenerator {
				return nil, Errorf(TypeErrorClass, "'%s' object is not an iterator", g.Type().Name)
			}
			x, ok, err = it.Next(in)
		default:
			m, has := args[0].Type().lookup("__next__")
			if !has {
				return nil, Errorf(TypeErrorClass, "'%s' object is not an iterator", args[0].Type().Name)
			}
			x, err = in.callMethod(m, args[0], nil, nil)
			ok = err == nil
			if e, isE := err.(*Exception); isE && e.Class.IsSubclass(StopIterationClass) && len(args) == 2 {
				return args[1], nil
			}
		}
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIterationClass)
		}
		return x, nil
	})
	defBuiltin("oct", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return intBase(in, "oct", args, 8, "0o")
	})
	defBuiltin("ord", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("ord", args, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			if b, ok := args[0].(Bytes); ok && len(b) == 1 {
				return Int(b[0]), nil
			}
			return nil, Errorf(TypeErrorClass, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}
		if utf8.RuneCountInString(string(s)) != 1 {
			return nil, Errorf(TypeErrorClass, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(string(s)))
		}
		r, _ := utf8.DecodeRuneInString(string(s))
		return Int(r), nil
	})
	defBuiltin("pow", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("pow", args, 2, 3); err != nil {
			return nil, err
		}
		if len(args) == 3 && args[2] != None {
			a, b, m := toBig(args[0]), toBig(args[1]), toBig(args[2])
			if a == nil || b == nil || m == nil {
				return nil, Errorf(TypeErrorClass, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if m.Sign() == 0 {
				return nil, Errorf(ValueErrorClass, "pow() 3rd argument cannot be 0")
			}
			mod := new(big.Int).Abs(m)
			if b.Sign() < 0 {
				inv := new(big.Int).ModInverse(new(big.Int).Mod(a, mod), mod)
				if inv == nil {
					return nil, Errorf(ValueErrorClass, "base is not invertible for the given modulus")
				}
				a, b = inv, new(big.Int).Neg(b)
			}
			r := new(big.Int).Exp(a, b, mod)
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return normBig(r), nil
		}
		return in.BinOp("**", args[0], args[1])
	})
	defBuiltin("print", builtinPrint)
	defBuiltin("repr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("repr", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := in.repr(args[0])
		return Str(s), err
	})
	defBuiltin("round", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		var x, nd Value = nil, None
		if err := UnpackArgs("round", args, kw, "number", &x, "ndigits?", &nd); err != nil {
			return nil, err
		}
		return round(in, x, nd)
	})
	defBuiltin("setattr", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("setattr", args, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, in.SetAttr(args[0], string(name), args[2])
	})
	defBuiltin("sorted", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "sorted expected 1 argument, got %d", len(args))
		}
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		if items == nil {
			items = []Value{}
		}
		l := NewList(items)
		if err := in.sortList(l, kw); err != nil {
			return nil, err
		}
		return l, nil
	})
	defBuiltin("sum", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		var it, start Value = nil, Int(0)
		if err := UnpackArgs("sum", args, kw, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		switch start.(type) {
		case Str:
			return nil, Errorf(TypeErrorClass, "sum() can't sum strings [use ''.join(seq) instead]")
		}
		iter, err := in.Iter(it)
		if err != nil {
			return nil, err
		}
		acc := start
		for {
			x, ok, err := iter.Next(in)
			if err != nil {
				return nil, err
			}
			if !ok {
				return acc, nil
			}
			if err := in.Step(); err != nil {
				return nil, err
			}
			if a, ok := acc.(Int); ok {
				if b, ok := x.(Int); ok {
					if c := a + b; (c > a) == (b > 0) {
						acc = c
						continue
					}
				}
			}
			if a, ok := acc.(Float); ok {
				if b, ok := x.(Float); ok {
					acc = a + b
					continue
				}
			}
			acc, err = in.BinOp("+", acc, x)
			if err != nil {
				return nil, err
			}
		}
	})
	defBuiltin("vars", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("vars", args, 1, 1); err != nil {
			return nil, err
		}
		v, ok, err := in.specialAttr(args[0], "__dict__")
		if !ok && err == nil {
			if c, isC := args[0].(*Class); isC {
				return in.classGetAttr(c, "__dict__")
			}
			return nil, Errorf(TypeErrorClass, "vars() argument must have __dict__ attribute")
		}
		return v, err
	})
	defBuiltin("globals", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return in.globalsDict(in.main.g), nil
	})
	defBuiltin("aiter", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("aiter", args, 1, 1); err != nil {
			return nil, err
		}
		return in.AIter(args[0])
	})
	defBuiltin("anext", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("anext", args, 1, 1); err != nil {
			return nil, err
		}
		m, ok := args[0].Type().lookup("__anext__")
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object is not an async iterator", args[0].Type().Name)
		}
		return in.callMethod(m, args[0], nil, nil)
	})
	for _, name := range []string{"exit", "quit"} {
		defBuiltin(name, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs(name, args, 0, 1); err != nil {
				return nil, err
			}
			return nil, NewException(SystemExitClass, args...)
		})
	}
	for _, name := range []string{"input", "open", "eval", "exec", "compile", "breakpoint", "memoryview", "bytearray", "complex", "__import__", "locals", "dir", "help"} {
		n := name
		defBuiltin(n, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: n + "()"}
		})
	}

	defType(ObjectClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if cls == ObjectClass && (len(args) > 0 || len(kw) > 0) {
			return nil, Errorf(TypeErrorClass, "object() takes no arguments")
		}
		return &Object{Class: cls}, nil
	})
	ObjectClass.New = nil
	builtins["object"] = ObjectClass
	defType(TypeClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 {
			return args[0].Type(), nil
		}
		return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "type() with 3 arguments"}
	})
	defType(IntClass, newInt)
	defType(FloatClass, newFloat)
	defType(StrClass, newStr)
	defType(BoolClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("bool", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		t, err := in.Truthy(args[0])
		return Bool(t), err
	})
	defType(ListClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("list", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewList([]Value{}), nil
		}
		items, err := in.iterate(args[0])
		if items == nil {
			items = []Value{}
		}
		return NewList(items), err
	})
	defType(TupleClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("tuple", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if t, ok := args[0].(Tuple); ok {
			return t, nil
		}
		items, err := in.iterate(args[0])
		if items == nil {
			items = []Value{}
		}
		return Tuple(items), err
	})
	defType(DictClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("dict", args, 0, 1); err != nil {
			return nil, err
		}
		d := NewDict()
		return d, in.dictUpdate(d, args, kw)
	})
	defType(SetClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("set", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewSet(), nil
		}
		return in.newSetFrom(args[0])
	})
	defType(FrozenSetClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("frozenset", args, 0, 1); err != nil {
			return nil, err
		}
		s := NewSet()
		if len(args) == 1 {
			var err error
			if s, err = in.newSetFrom(args[0]); err != nil {
				return nil, err
			}
		}
		s.frozen = true
		return s, nil
	})
	defType(RangeClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw("range", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, Errorf(TypeErrorClass, "range expected at least 1 argument, got 0")
		}
		if len(args) > 3 {
			return nil, Errorf(TypeErrorClass, "range expected at most 3 arguments, got %d", len(args))
		}
		var n [3]int64
		for i, a := range args {
			a, err := in.asIndex(a)
			if err != nil {
				return nil, err
			}
			v, ok := ToInt(a)
			if !ok {
				if _, isBig := a.(*BigInt); isBig {
					return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "range() of big integers"}
				}
				return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			n[i] = v
		}
		switch len(args) {
		case 1:
			return &Range{0, n[0], 1}, nil
		case 2:
			return &Range{n[0], n[1], 1}, nil
		}
		if n[2] == 0 {
			return nil, Errorf(ValueErrorClass, "range() arg 3 must not be zero")
		}
		return &Range{n[0], n[1], n[2]}, nil
	})
	defType(BytesClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return Bytes(""), nil
		}
		switch x := args[0].(type) {
		case Str:
			return Bytes(x), nil
		case Int:
			if x < 0 {
				return nil, Errorf(ValueErrorClass, "negative count")
			}
			if x > maxElems {
				return nil, memoryError()
			}
			return Bytes(make([]byte, x)), nil
		}
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		b := make([]byte, len(items))
		for i, it := range items {
			n, ok := ToInt(it)
			if !ok || n < 0 || n > 255 {
				return nil, Errorf(ValueErrorClass, "bytes must be in range(0, 256)")
			}
			b[i] = byte(n)
		}
		return Bytes(b), nil
	})
	defType(PropertyClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		var fget, fset, fdel, doc Value = None, None, None, None
		if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p := &Property{}
		if fget != None {
			p.Fget = fget
			if f, ok := fget.(*Function); ok {
				p.Name = f.Name
			}
		}
		if fset != None {
			p.Fset = fset
		}
		return p, nil
	})
	PropertyClass.DefMethod("setter", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		p := *self.(*Property)
		p.Fset = args[0]
		return &p, nil
	})
	PropertyClass.DefMethod("getter", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		p := *self.(*Property)
		p.Fget = args[0]
		return &p, nil
	})
	PropertyClass.DefMethod("deleter", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		p := *self.(*Property)
		return &p, nil
	})
	defType(StaticMethodClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("staticmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Fn: args[0]}, nil
	})
	defType(ClassMethodClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("classmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Fn: args[0]}, nil
	})
	defType(SuperClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(RuntimeErrorClass, "super(): no arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeErrorClass, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		return &Super{cls: c, obj: args[1]}, nil
	})
	defType(SliceClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		}
		return nil, Errorf(TypeErrorClass, "slice expected at least 1 argument, got 0")
	})
	defType(enumerateClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		var it, start Value = nil, Int(0)
		if err := UnpackArgs("enumerate", args, kw, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		iter, err := in.Iter(it)
		if err != nil {
			return nil, err
		}
		n := start
		return &funcIter{cls: enumerateClass, next: func(in *Interp) (Value, bool, error) {
			x, ok, err := iter.Next(in)
			if err != nil || !ok {
				return nil, false, err
			}
			i := n
			n, err = in.BinOp("+", n, Int(1))
			return Tuple{i, x}, true, err
		}}, nil
	})
	defType(zipClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		strict := false
		if len(kw) > 0 && in.minor < 10 {
			return nil, Errorf(TypeErrorClass, "zip() takes no keyword arguments") // strict came with 3.10
		}
		if err := UnpackArgs("zip", nil, kw, "*strict?", &strict); err != nil {
			return nil, err
		}
		iters := make([]Iterator, len(args))
		for i, a := range args {
			it, err := in.Iter(a)
			if err != nil {
				return nil, Errorf(TypeErrorClass, "zip argument #%d must support iteration", i+1)
			}
			iters[i] = it
		}
		done := false
		return &funcIter{cls: zipClass, next: func(in *Interp) (Value, bool, error) {
			if done || len(iters) == 0 {
				return nil, false, nil
			}
			t := make(Tuple, len(iters))
			for i, it := range iters {
				x, ok, err := it.Next(in)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					done = true
					if strict && i > 0 {
						if i == 1 {
							return nil, false, Errorf(ValueErrorClass, "zip() argument 2 is shorter than argument 1")
						}
						return nil, false, Errorf(ValueErrorClass, "zip() argument %d is shorter than arguments 1-%d", i+1, i)
					}
					if strict && i == 0 {
						for j := 1; j < len(iters); j++ {
							_, more, err := iters[j].Next(in)
							if err != nil {
								return nil, false, err
							}
							if more {
								if j == 1 {
									return nil, false, Errorf(ValueErrorClass, "zip() argument 2 is longer than argument 1")
								}
								return nil, false, Errorf(ValueErrorClass, "zip() argument %d is longer than arguments 1-%d", j+1, j)
							}
						}
					}
					return nil, false, nil
				}
				t[i] = x
			}
			return t, true, nil
		}}, nil
	})
	defType(mapClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, Errorf(TypeErrorClass, "map() must have at least two arguments.")
		}
		fn := args[0]
		iters := make([]Iterator, len(args)-1)
		for i, a := range args[1:] {
			it, err := in.Iter(a)
			if err != nil {
				return nil, err
			}
			iters[i] = it
		}
		return &funcIter{cls: mapClass, next: func(in *Interp) (Value, bool, error) {
			xs := make([]Value, len(iters))
			for i, it := range iters {
				x, ok, err := it.Next(in)
				if err != nil || !ok {
					return nil, false, err
				}
				xs[i] = x
			}
			v, err := in.Call(fn, xs, nil)
			return v, err == nil, err
		}}, nil
	})
	defType(filterClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("filter", args, 2, 2); err != nil {
			return nil, err
		}
		fn := args[0]
		it, err := in.Iter(args[1])
		if err != nil {
			return nil, err
		}
		return &funcIter{cls: filterClass, next: func(in *Interp) (Value, bool, error) {
			for {
				x, ok, err := it.Next(in)
				if err != nil || !ok {
					return nil, false, err
				}
				var t bool
				if fn == None {
					t, err = in.Truthy(x)
				} else {
					var r Value
					r, err = in.Call(fn, []Value{x}, nil)
					if err == nil {
						t, err = in.Truthy(r)
					}
				}
				if err != nil {
					return nil, false, err
				}
				if t {
					return x, true, nil
				}
			}
		}}, nil
	})
	defType(reversedClass, func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("reversed", args, 1, 1); err != nil {
			return nil, err
		}
		var items []Value
		switch x := args[0].(type) {
		case *List:
			items = x.Elems
		case Tuple:
			items = x
		case Str, *Range, *dictView, *Dict:
			var err error
			items, err = in.iterate(x)
			if err != nil {
				return nil, err
			}
		default:
			if m, ok := x.Type().lookup("__reversed__"); ok {
				return in.callMethod(m, x, nil, nil)
			}
			return nil, Errorf(TypeErrorClass, "'%s' object is not reversible", x.Type().Name)
		}
		i := len(items)
		return &funcIter{cls: reversedClass, next: func(in *Interp) (Value, bool, error) {
			if i > len(items) {
				i = len(items)
			}
			if i == 0 {
				return nil, false, nil
			}
			i--
			return items[i], true, nil
		}}, nil
	})
	delete(builtins, "list_reverseiterator")
	builtins["reversed"] = reversedClass
	builtinOrder = append(builtinOrder, "reversed")

	for _, c := range exceptionClasses() {
		builtins[c.Name] = c
		builtinOrder = append(builtinOrder, c.Name)
	}
	builtins["None"] = None
	builtins["True"] = True
	builtins["False"] = False
	builtins["Ellipsis"] = EllipsisType{}
	builtins["NotImplemented"] = NotImplemented
	builtins["__name__"] = Str("__main__")
	builtins["__debug__"] = True
	builtins["EnvironmentError"] = OSErrorClass
	builtins["IOError"] = OSErrorClass
	initMethods()
	initNewerMethods()
}

// asIndex converts v to an int through __index__ (operator.index).
func (in *Interp) asIndex(v Value) (Value, error) {
	if isIntLike(v) {
		return v, nil
	}
	if m, ok := v.Type().lookup("__index__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if !isIntLike(r) {
			return nil, Errorf(TypeErrorClass, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return r, nil
	}
	return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

func isInstance(c *Class, spec Value, fname string) (bool, error) {
	switch s := spec.(type) {
	case *Class:
		return c.IsSubclass(s), nil
	case Tuple:
		for _, x := range s {
			ok, err := isInstance(c, x, fname)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		for _, x := range s.Args {
			if x == None {
				x = NoneTypeClass
			}
			ok, err := isInstance(c, x, fname)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorClass, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

func intBase(in *Interp, fname string, args []Value, base int, prefix string) (Value, error) {
	if err := nargs(fname, args, 1, 1); err != nil {
		return nil, err
	}
	v, err := in.asIndex(args[0])
	if err != nil {
		return nil, err
	}
	b := toBig(v)
	if b.Sign() < 0 {
		return Str("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return Str(prefix + b.Text(base)), nil
}

func minmax(in *Interp, name, op string, args []Value, kw []Kwarg) (Value, error) {
	var key, def Value
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			def = k.Value
		default:
			return nil, Errorf(TypeErrorClass, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	if key == None {
		key = nil
	}
	// One argument is an iterable, consumed one element at a time as
	// CPython does, so that max(range(10**7)) holds no list.
	var it Iterator
	switch len(args) {
	case 0:
		return nil, Errorf(TypeErrorClass, "%s expected at least 1 argument, got 0", name)
	case 1:
		var err error
		if it, err = in.Iter(args[0]); err != nil {
			return nil, err
		}
	default:
		if def != nil {
			return nil, Errorf(TypeErrorClass, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		it = &sliceIter{s: args}
	}
	var best, bestK Value
	for {
		x, ok, err := it.Next(in)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if len(args) == 1 {
			if err := in.Step(); err != nil {
				return nil, err
			}
		}
		k := x
		if key != nil {
			if k, err = in.Call(key, []Value{x}, nil); err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestK = x, k
			continue
		}
		r, err := in.compare(op, k, bestK)
		if err != nil {
			return nil, err
		}
		if Truth(r) {
			best, bestK = x, k
		}
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, Errorf(ValueErrorClass, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinPrint(in *Interp, args []Value, kw []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	var file Value = None
	for _, k := range kw {
		switch k.Name {
		case "sep":
			if k.Value != None {
				s, ok := k.Value.(Str)
				if !ok {
					return nil, Errorf(TypeErrorClass, "sep must be None or a string, not %s", k.Value.Type().Name)
				}
				sep = string(s)
			}
		case "end":
			if k.Value != None {
				s, ok := k.Value.(Str)
				if !ok {
					return nil, Errorf(TypeErrorClass, "end must be None or a string, not %s", k.Value.Type().Name)
				}
				end = string(s)
			}
		case "file":
			file = k.Value
		case "flush":
		default:
			return nil, Errorf(TypeErrorClass, "'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := in.str(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	switch file.(type) {
	case NoneType, *stdStream:
		// The trace keeps all output: it counts against the budget.
		if err := in.Alloc(int64(b.Len())); err != nil {
			return nil, err
		}
	}
	switch f := file.(type) {
	case NoneType:
		in.Print(1, b.String())
		return None, nil
	case *stdStream:
		in.Print(f.stream, b.String())
		return None, nil
	}
	_, err := in.CallMethod(file, "write", []Value{Str(b.String())}, nil)
	return None, err
}

func round(in *Interp, x, nd Value) (Value, error) {
	switch v := x.(type) {
	case Int, Bool, *BigInt:
		if nd == None {
			return normBig(toBig(v)), nil
		}
		n, ok := ToInt(nd)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", nd.Type().Name)
		}
		if n >= 0 {
			return normBig(toBig(v)), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		b := toBig(v)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return normBig(q.Mul(q, p)), nil
	case Float:
		f := float64(v)
		if nd == None {
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowErrorClass, "cannot convert float infinity to integer")
			}
			if f != f {
				return nil, Errorf(ValueErrorClass, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 1<<62 {
				return Int(int64(r)), nil
			}
			bf, _ := new(big.Float).SetFloat64(r).Int(nil)
			return normBig(bf), nil
		}
		n, ok := ToInt(nd)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", nd.Type().Name)
		}
		if math.IsInf(f, 0) || f != f {
			return v, nil
		}
		if n > 300 {
			return v, nil
		}
		if n < -308 {
			return Float(math.Copysign(0, f)), nil
		}
		if n >= 0 {
			s := strconv.FormatFloat(f, 'f', int(n), 64)
			r, _ := strconv.ParseFloat(s, 64)
			return Float(r), nil
		}
		p := math.Pow(10, float64(-n))
		r := math.RoundToEven(f/p) * p
		return Float(r), nil
	}
	if m, ok := x.Type().lookup("__round__"); ok {
		if nd == None {
			return in.callMethod(m, x, nil, nil)
		}
		return in.callMethod(m, x, []Value{nd}, nil)
	}
	return nil, Errorf(TypeErrorClass, "type %s doesn't define __round__ method", x.Type().Name)
}

func newInt(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	var x, base Value = nil, nil
	if err := UnpackArgs("int", args, kw, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		return Int(0), nil
	}
	if base != nil {
		s, ok := x.(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "int() can't convert non-string with explicit base")
		}
		b, _ := ToInt(base)
		return parseInt(string(s), int(b))
	}
	switch v := x.(type) {
	case Int:
		return v, nil
	case Bool:
		return boolInt(v), nil
	case *BigInt:
		return v, nil
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowErrorClass, "cannot convert float infinity to integer")
		}
		if f != f {
			return nil, Errorf(ValueErrorClass, "cannot convert float NaN to integer")
		}
		t := math.Trunc(f)
		if math.Abs(t) < 1<<62 {
			return Int(int64(t)), nil
		}
		bi, _ := new(big.Float).SetFloat64(t).Int(nil)
		return normBig(bi), nil
	case Str:
		return parseInt(string(v), 10)
	case Bytes:
		return parseInt(string(v), 10)
	}
	for _, m := range []string{"__int__", "__index__", "__trunc__"} {
		if f, ok := x.Type().lookup(m); ok {
			return in.callMethod(f, x, nil, nil)
		}
	}
	return nil, Errorf(TypeErrorClass, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

func parseInt(s string, base int) (Value, error) {
	orig := s
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	lt := strings.ToLower(t)
	if base == 0 || base == 16 || base == 8 || base == 2 {
		for _, p := range []struct {
			prefix string
			b      int
		}{{"0x", 16}, {"0o", 8}, {"0b", 2}} {
			if strings.HasPrefix(lt, p.prefix) && (base == 0 || base == p.b) {
				t, base = t[2:], p.b
				break
			}
		}
		if base == 0 {
			base = 10
		}
	}
	t = strings.ReplaceAll(t, "_", "")
	if base == 10 && len(t) > 4300 {
		return nil, Errorf(ValueErrorClass, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(t))
	}
	b, ok := new(big.Int).SetString(t, base)
	if !ok || t == "" || strings.HasPrefix(t, "+") || strings.HasPrefix(t, "-") {
		return nil, Errorf(ValueErrorClass, "invalid literal for int() with base %d: %s", base, StrRepr(orig))
	}
	if neg {
		b.Neg(b)
	}
	return normBig(b), nil
}

func newFloat(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if err := nargs("float", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case Str:
		s := strings.TrimSpace(string(v))
		ls := strings.ToLower(s)
		switch strings.TrimLeft(ls, "+-") {
		case "inf", "infinity":
			if strings.HasPrefix(ls, "-") {
				return Float(math.Inf(-1)), nil
			}
			return Float(math.Inf(1)), nil
		case "nan":
			return Float(math.NaN()), nil
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return Float(f), nil
			}
			return nil, Errorf(ValueErrorClass, "could not convert string to float: %s", StrRepr(string(v)))
		}
		return Float(f), nil
	}
	if f, ok := toFloat(args[0]); ok {
		if b, isBig := args[0].(*BigInt); isBig && math.IsInf(f, 0) {
			_ = b
			return nil, Errorf(OverflowErrorClass, "int too large to convert to float")
		}
		return Float(f), nil
	}
	if m, ok := args[0].Type().lookup("__float__"); ok {
		return in.callMethod(m, args[0], nil, nil)
	}
	return nil, Errorf(TypeErrorClass, "float() argument must be a string or a real number, not '%s'", args[0].Type().Name)
}

func newStr(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if len(kw) > 0 || len(args) > 1 {
		if len(args) >= 1 {
			if b, ok := args[0].(Bytes); ok {
				return Str(b), nil
			}
		}
		return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "str() with an encoding"}
	}
	if len(args) == 0 {
		return Str(""), nil
	}
	s, err := in.str(args[0])
	return Str(s), err
}

func (in *Interp) newSetFrom(v Value) (*Set, error) {
	s := NewSet()
	return s, s.update(in, v)
}

func (in *Interp) dictUpdate(d *Dict, args []Value, kw []Kwarg) error {
	if len(args) > 1 {
		return Errorf(TypeErrorClass, "update expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		switch src := args[0].(type) {
		case *Dict:
			keys, vals := src.Items()
			for i, k := range keys {
				if err := d.Set(in, k, vals[i]); err != nil {
					return err
				}
			}
		default:
			if m, ok := src.Type().lookup("keys"); ok {
				ks, err := in.callMethod(m, src, nil, nil)
				if err != nil {
					return err
				}
				keys, err := in.iterate(ks)
				if err != nil {
					return err
				}
				for _, k := range keys {
					v, err := in.GetItem(src, k)
					if err != nil {
						return err
					}
					if err := d.Set(in, k, v); err != nil {
						return err
					}
				}
				break
			}
			items, err := in.iterate(src)
			if err != nil {
				return err
			}
			for i, it := range items {
				pair, err := in.iterate(it)
				if err != nil {
					return Errorf(TypeErrorClass, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return Errorf(ValueErrorClass, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				if err := d.Set(in, pair[0], pair[1]); err != nil {
					return err
				}
			}
		}
	}
	for _, k := range kw {
		d.SetStr(k.Name, k.Value)
	}
	return nil
}

// sortList sorts l in place (list.sort with key= and reverse=).
func (in *Interp) sortList(l *List, kw []Kwarg) error {
	var key Value
	reverse := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			if k.Value != None {
				key = k.Value
			}
		case "reverse":
			reverse = Truth(k.Value)
		default:
			return Errorf(TypeErrorClass, "'%s' is an invalid keyword argument for sort()", k.Name)
		}
	}
	keys := l.Elems
	if key != nil {
		keys = make([]Value, len(l.Elems))
		for i, x := range l.Elems {
			k, err := in.Call(key, []Value{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	var err error
	less := func(a, b Value) bool {
		if err != nil {
			return false
		}
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return x < y
			}
		}
		if x, ok := a.(Str); ok {
			if y, ok := b.(Str); ok {
				return x < y
			}
		}
		r, e := in.compare("<", a, b)
		if e != nil {
			err = e
			return false
		}
		t, e := in.Truthy(r)
		if e != nil {
			err = e
		}
		return t
	}
	sort.SliceStable(idx, func(i, j int) bool {
		if reverse {
			return less(keys[idx[j]], keys[idx[i]])
		}
		return less(keys[idx[i]], keys[idx[j]])
	})
	if err != nil {
		return err
	}
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = l.Elems[j]
	}
	l.Elems = out
	return nil
}

func (in *Interp) globalsDict(g *globals) *Dict {
	d := NewDict()
	for i, n := range g.names {
		if g.vals[i] != nil {
			d.SetStr(n, g.vals[i])
		}
	}
	return d
}

// stdStream is sys.stdout or sys.stderr.
type stdStream struct{ stream int }

var stdStreamClass *Class

func (*stdStream) Type() *Class { return stdStreamClass }

// allOrAny is all() (stop at the first false item) and any() (stop at the
// first true one): both return stopAt on stopping and !stopAt when the
// iterable runs out.
func allOrAny(name string, stopAt bool) func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
	return func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs(name, args, 1, 1); err != nil {
			return nil, err
		}
		it, err := in.Iter(args[0])
		if err != nil {
			return nil, err
		}
		for {
			x, ok, err := it.Next(in)
			if err != nil || !ok {
				return Bool(!stopAt), err
			}
			t, err := in.Truthy(x)
			if err != nil {
				return nil, err
			}
			if t == stopAt {
				return Bool(stopAt), nil
			}
			if err := in.Step(); err != nil {
				return nil, err
			}
		}
	}
}
