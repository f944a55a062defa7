package eval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type method = func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error)

func initMethods() {
	defs := map[*Class]map[string]method{
		ListClass:  listMethods,
		DictClass:  dictMethods,
		SetClass:   setMethods,
		StrClass:   strMethods,
		TupleClass: tupleMethods,
		IntClass:   intMethods,
		FloatClass: floatMethods,
	}
	for cls, ms := range defs {
		for name, fn := range ms {
			cls.DefMethod(name, fn)
		}
	}
	for _, name := range []string{"copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "__contains__", "__len__"} {
		FrozenSetClass.DefMethod(name, setMethods[name])
	}
	stdStreamClass.DefMethod("write", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "write() argument must be str, not %s", args[0].Type().Name)
		}
		if err := in.Alloc(int64(len(s))); err != nil {
			return nil, err
		}
		in.Print(self.(*stdStream).stream, string(s))
		return Int(strLen(string(s))), nil
	})
	stdStreamClass.DefMethod("flush", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return None, nil })
	for _, c := range []*Class{DictKeysClass, DictValuesClass, DictItemsClass} {
		c.DefMethod("__len__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
			return Int(self.(*dictView).d.n), nil
		})
	}
	NoneTypeClass.DefMethod("__bool__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return False, nil })
	GeneratorClass.DefMethod("send", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "send() takes exactly one argument (%d given)", len(args))
		}
		r, ok := self.(Resumable)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object has no send()", self.Type().Name)
		}
		return genResult(r.Send(in, args[0]))
	})
	CoroutineClass.Dict["send"] = ownedBy(GeneratorClass.Dict["send"], CoroutineClass)
	GeneratorClass.DefMethod("throw", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorClass, "throw expected at least 1 argument, got 0")
		}
		e, err := in.makeException(args[0])
		if err != nil {
			return nil, Errorf(TypeErrorClass, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
		}
		if len(args) > 1 {
			if _, isCls := args[0].(*Class); isCls && args[1] != None {
				if ee, ok := args[1].(*Exception); ok {
					e = ee
				} else {
					e.Args = Tuple{args[1]}
				}
			}
		}
		r, ok := self.(Resumable)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object has no throw()", self.Type().Name)
		}
		return genResult(r.Throw(in, e))
	})
	CoroutineClass.Dict["throw"] = ownedBy(GeneratorClass.Dict["throw"], CoroutineClass)
	GeneratorClass.DefMethod("close", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if c, ok := self.(interface{ Close(*Interp) error }); ok {
			return None, c.Close(in)
		}
		return None, nil
	})
	CoroutineClass.Dict["close"] = ownedBy(GeneratorClass.Dict["close"], CoroutineClass)
	GeneratorClass.DefMethod("__next__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return genResult(self.(*Generator).Send(in, None))
	})
	GeneratorClass.DefMethod("__iter__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return self, nil })
	IteratorClass.DefMethod("__next__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		x, ok, err := self.(Iterator).Next(in)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(StopIterationClass)
		}
		return x, nil
	})
	IteratorClass.DefMethod("__iter__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return self, nil })
	for _, c := range []*Class{enumerateClass, zipClass, mapClass, filterClass, reversedClass} {
		c.Dict["__next__"] = ownedBy(IteratorClass.Dict["__next__"], c)
		c.Dict["__iter__"] = ownedBy(IteratorClass.Dict["__iter__"], c)
	}
	coroWrapperClass = builtinClass("coroutine_wrapper")
	CoroutineClass.DefMethod("__await__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		r, ok := self.(Resumable)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object is not awaitable", self.Type().Name)
		}
		return &coroWrapper{r}, nil
	})
	coroWrapperClass.DefMethod("send", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "send() takes exactly one argument (%d given)", len(args))
		}
		return genResult(self.(*coroWrapper).g.Send(in, args[0]))
	})
	coroWrapperClass.DefMethod("__next__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return genResult(self.(*coroWrapper).g.Send(in, None))
	})
	coroWrapperClass.DefMethod("__iter__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return self, nil })
	initAsyncGen()
	BytesClass.DefMethod("decode", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		enc, errs := "utf-8", "strict"
		if err := UnpackArgs("decode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
			return nil, err
		}
		b := string(self.(Bytes))
		if !utf8.ValidString(b) && errs == "strict" {
			for i := 0; i < len(b); {
				r, n := utf8.DecodeRuneInString(b[i:])
				if r == utf8.RuneError && n <= 1 {
					return nil, Errorf(UnicodeDecodeErrorClass, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
				}
				i += n
			}
		}
		return Str(strings.ToValidUTF8(b, "\uFFFD")), nil
	})
	BytesClass.DefMethod("hex", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(fmt.Sprintf("%x", string(self.(Bytes)))), nil
	})
	BytesClass.DefMethod("__len__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(len(self.(Bytes))), nil
	})
	BytesClass.DefMethod("upper", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bytes(asciiMap(string(self.(Bytes)), 'a', 'z', -32)), nil
	})
	BytesClass.DefMethod("lower", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bytes(asciiMap(string(self.(Bytes)), 'A', 'Z', 32)), nil
	})
	for _, name := range []string{"startswith", "endswith", "find", "count", "split", "strip", "replace", "join"} {
		strM := strMethods[name]
		BytesClass.DefMethod(name, func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
			conv := make([]Value, len(args))
			for i, a := range args {
				switch x := a.(type) {
				case Bytes:
					conv[i] = Str(x)
				case *List:
					l := make([]Value, len(x.Elems))
					for j, e := range x.Elems {
						if b, ok := e.(Bytes); ok {
							l[j] = Str(b)
						} else {
							l[j] = e
						}
					}
					conv[i] = NewList(l)
				default:
					conv[i] = a
				}
			}
			r, err := strM(in, Str(self.(Bytes)), conv, kw)
			if err != nil {
				return nil, err
			}
			return toBytesResult(r), nil
		})
	}
	SliceClass.DefProperty("start", func(in *Interp, self Value) (Value, error) { return noneIfNilV(self.(*Slice).Start), nil }, nil)
	SliceClass.DefProperty("stop", func(in *Interp, self Value) (Value, error) { return noneIfNilV(self.(*Slice).Stop), nil }, nil)
	SliceClass.DefProperty("step", func(in *Interp, self Value) (Value, error) { return noneIfNilV(self.(*Slice).Step), nil }, nil)
	SliceClass.DefMethod("indices", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		var n int64
		if err := UnpackArgs("indices", args, kw, "length", &n); err != nil {
			return nil, err
		}
		a, b, c, err := in.indices(self.(*Slice), n)
		return Tuple{MakeInt(a), MakeInt(b), MakeInt(c)}, err
	})
	TypeClass.DefMethod("mro", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		c := self.(*Class)
		l := make([]Value, len(c.MRO))
		for i, k := range c.MRO {
			l[i] = k
		}
		return NewList(l), nil
	})
	TypeClass.DefMethod("__subclasses__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return NewList([]Value{}), nil
	})
	DictClass.Dict["fromkeys"] = &ClassMethod{Fn: NewBuiltin("fromkeys", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorClass, "fromkeys expected at least 1 argument, got 0")
		}
		var v Value = None
		if len(args) == 3 {
			v = args[2]
		}
		keys, err := in.iterate(args[1])
		if err != nil {
			return nil, err
		}
		d := NewDict()
		for _, k := range keys {
			if err := d.Set(in, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	})}
	StrClass.Dict["maketrans"] = &StaticMethod{Fn: NewBuiltin("maketrans", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
		return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "str.maketrans"}
	})}
	for _, c := range []*Class{ListClass, DictClass, SetClass, StrClass, TupleClass, IntClass, FloatClass, FrozenSetClass, TypeClass, BoolClass} {
		c.recomputeFlags()
	}
}

var coroWrapperClass *Class

// coroWrapper is what coroutine.__await__() returns: an iterator over the
// coroutine, usable with yield from in a generator-based __await__.
type coroWrapper struct{ g Resumable }

func (*coroWrapper) Type() *Class { return coroWrapperClass }
func (w *coroWrapper) Send(in *Interp, v Value) (Value, bool, error) {
	return w.g.Send(in, v)
}
func (w *coroWrapper) Throw(in *Interp, e *Exception) (Value, bool, error) { return w.g.Throw(in, e) }
func (w *coroWrapper) Next(in *Interp) (Value, bool, error) {
	v, done, err := w.g.Send(in, None)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

func asciiMap(s string, lo, hi byte, delta int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= lo && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}

func toBytesResult(v Value) Value {
	switch x := v.(type) {
	case Str:
		return Bytes(x)
	case *List:
		for i, e := range x.Elems {
			x.Elems[i] = toBytesResult(e)
		}
	}
	return v
}

// ownedBy returns a copy of a native method for another class.
func ownedBy(m Value, c *Class) Value {
	b := *m.(*Builtin)
	b.Owner = c
	b.Qual = c.Name + "." + b.Name
	return &b
}

// methodArity bounds the positional arguments of the builtin types'
// methods (min, max; -1: any), so that a wrong call is a TypeError worded
// like CPython's rather than an index out of range.
var methodArity = map[string][2]int{
	"list.append": {1, 1}, "list.extend": {1, 1}, "list.pop": {0, 1}, "list.insert": {2, 2}, "list.remove": {1, 1},
	"list.index": {1, 3}, "list.count": {1, 1}, "list.sort": {0, 0}, "list.reverse": {0, 0}, "list.copy": {0, 0},
	"list.clear": {0, 0}, "list.__len__": {0, 0}, "list.__getitem__": {1, 1}, "list.__contains__": {1, 1}, "list.__iter__": {0, 0},
	"tuple.index": {1, 3}, "tuple.count": {1, 1}, "tuple.__len__": {0, 0}, "tuple.__getitem__": {1, 1},
	"int.bit_length": {0, 0}, "int.__index__": {0, 0}, "int.__add__": {1, 1}, "int.__eq__": {1, 1}, "int.__hash__": {0, 0},
	"float.is_integer": {0, 0}, "float.__eq__": {1, 1}, "float.__hash__": {0, 0},
	"dict.get": {1, 2}, "dict.keys": {0, 0}, "dict.values": {0, 0}, "dict.items": {0, 0}, "dict.pop": {1, 2},
	"dict.popitem": {0, 0}, "dict.setdefault": {1, 2}, "dict.update": {0, 1}, "dict.copy": {0, 0}, "dict.clear": {0, 0},
	"dict.__getitem__": {1, 1}, "dict.__setitem__": {2, 2}, "dict.__contains__": {1, 1}, "dict.__len__": {0, 0},
	"set.add": {1, 1}, "set.remove": {1, 1}, "set.discard": {1, 1}, "set.pop": {0, 0}, "set.clear": {0, 0}, "set.copy": {0, 0},
	"set.issubset": {1, 1}, "set.issuperset": {1, 1}, "set.isdisjoint": {1, 1}, "set.__contains__": {1, 1}, "set.__len__": {0, 0},
	"str.strip": {0, 1}, "str.lstrip": {0, 1}, "str.rstrip": {0, 1}, "str.upper": {0, 0}, "str.lower": {0, 0},
	"str.casefold": {0, 0}, "str.swapcase": {0, 0}, "str.title": {0, 0}, "str.capitalize": {0, 0},
	"str.startswith": {1, 3}, "str.endswith": {1, 3}, "str.join": {1, 1}, "str.split": {0, 2}, "str.rsplit": {0, 2},
	"str.splitlines": {0, 1}, "str.replace": {2, 3}, "str.find": {1, 3}, "str.rfind": {1, 3}, "str.index": {1, 3},
	"str.rindex": {1, 3}, "str.count": {1, 3}, "str.isdigit": {0, 0}, "str.isdecimal": {0, 0}, "str.isnumeric": {0, 0},
	"str.isalpha": {0, 0}, "str.isalnum": {0, 0}, "str.isspace": {0, 0}, "str.isidentifier": {0, 0}, "str.isupper": {0, 0},
	"str.islower": {0, 0}, "str.center": {1, 2}, "str.ljust": {1, 2}, "str.rjust": {1, 2}, "str.zfill": {1, 1},
	"str.partition": {1, 1}, "str.rpartition": {1, 1}, "str.removeprefix": {1, 1}, "str.removesuffix": {1, 1},
	"str.encode": {0, 2}, "str.isascii": {0, 0}, "str.istitle": {0, 0}, "str.format_map": {1, 1}, "str.expandtabs": {0, 1}, "str.format": {0, -1}, "str.__len__": {0, 0},
	"str.__contains__": {1, 1}, "str.__getitem__": {1, 1}, "str.__add__": {1, 1}, "str.__eq__": {1, 1}, "str.__hash__": {0, 0},
	"object.__eq__": {1, 1}, "object.__ne__": {1, 1}, "object.__getattribute__": {1, 1}, "object.__format__": {1, 1},
	"object.__str__": {0, 0}, "property.setter": {1, 1}, "property.getter": {1, 1}, "property.deleter": {1, 1},
	"BaseExceptionGroup.derive": {1, 1}, "version_info.__getitem__": {1, 1}, "frozenset.issubset": {1, 1},
	"frozenset.issuperset": {1, 1}, "frozenset.isdisjoint": {1, 1}, "frozenset.__contains__": {1, 1},
	"bytes.decode": {0, 2}, "bytes.hex": {0, 0}, "slice.indices": {1, 1},
}

func withArity(cls, name string, fn method) method {
	a, ok := methodArity[cls+"."+name]
	if !ok {
		return fn
	}
	lo, hi := a[0], a[1]
	return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		n := len(args)
		if n >= lo && (hi < 0 || n <= hi) {
			return fn(in, self, args, kw)
		}
		switch {
		case lo == 1 && hi == 1:
			return nil, Errorf(TypeErrorClass, "%s.%s() takes exactly one argument (%d given)", cls, name, n)
		case hi == 0:
			return nil, Errorf(TypeErrorClass, "%s.%s() takes no arguments (%d given)", cls, name, n)
		case n < lo:
			s := "s"
			if lo == 1 {
				s = ""
			}
			return nil, Errorf(TypeErrorClass, "%s expected at least %d argument%s, got %d", name, lo, s, n)
		}
		s := "s"
		if hi == 1 {
			s = ""
		}
		return nil, Errorf(TypeErrorClass, "%s expected at most %d argument%s, got %d", name, hi, s, n)
	}
}

func genResult(v Value, done bool, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	if done {
		if v == None || v == nil {
			return nil, NewException(StopIterationClass)
		}
		return nil, NewException(StopIterationClass, v)
	}
	return v, nil
}

var listMethods = map[string]method{
	"append": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "list.append() takes exactly one argument (%d given)", len(args))
		}
		l := self.(*List)
		if err := in.allocGrow(l.Elems, len(l.Elems)+1); err != nil {
			return nil, err
		}
		l.Elems = append(l.Elems, args[0])
		return None, nil
	},
	"extend": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "list.extend() takes exactly one argument (%d given)", len(args))
		}
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		l := self.(*List)
		if err := in.allocGrow(l.Elems, len(l.Elems)+len(items)); err != nil {
			return nil, err
		}
		l.Elems = append(l.Elems, items...)
		return None, nil
	},
	"pop": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		l := self.(*List)
		if len(l.Elems) == 0 {
			return nil, Errorf(IndexErrorClass, "pop from empty list")
		}
		i := len(l.Elems) - 1
		if len(args) > 0 {
			var err error
			i, err = in.index(args[0], len(l.Elems), "pop")
			if err != nil {
				return nil, err
			}
		}
		v := l.Elems[i]
		copy(l.Elems[i:], l.Elems[i+1:])
		l.Elems[len(l.Elems)-1] = nil
		l.Elems = l.Elems[:len(l.Elems)-1]
		return v, nil
	},
	"insert": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorClass, "insert expected 2 arguments, got %d", len(args))
		}
		l := self.(*List)
		n, ok := ToInt(args[0])
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if n < 0 {
			n += int64(len(l.Elems))
			if n < 0 {
				n = 0
			}
		}
		if n > int64(len(l.Elems)) {
			n = int64(len(l.Elems))
		}
		if err := in.allocGrow(l.Elems, len(l.Elems)+1); err != nil {
			return nil, err
		}
		l.Elems = append(l.Elems, nil)
		copy(l.Elems[n+1:], l.Elems[n:])
		l.Elems[n] = args[1]
		return None, nil
	},
	"remove": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		l := self.(*List)
		for i, e := range l.Elems {
			eq, err := in.Equal(e, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Elems = append(l.Elems[:i], l.Elems[i+1:]...)
				return None, nil
			}
		}
		return nil, Errorf(ValueErrorClass, "list.remove(x): x not in list")
	},
	"index": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		l := self.(*List)
		if len(args) < 1 {
			return nil, Errorf(TypeErrorClass, "index expected at least 1 argument, got 0")
		}
		start := 0
		if len(args) > 1 {
			s, _ := ToInt(args[1])
			start = int(s)
			if start < 0 {
				start = max(0, start+len(l.Elems))
			}
		}
		for i := start; i < len(l.Elems); i++ {
			eq, err := in.Equal(l.Elems[i], args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return Int(i), nil
			}
		}
		return nil, Errorf(ValueErrorClass, "%s is not in list", Repr(in, args[0]))
	},
	"count": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		n := 0
		for _, e := range self.(*List).Elems {
			eq, err := in.Equal(e, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	},
	"sort": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorClass, "sort() takes no positional arguments")
		}
		return None, in.sortList(self.(*List), kw)
	},
	"reverse": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		e := self.(*List).Elems
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return None, nil
	},
	"copy": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return NewList(append([]Value{}, self.(*List).Elems...)), nil
	},
	"clear": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		self.(*List).Elems = []Value{}
		return None, nil
	},
	"__len__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(len(self.(*List).Elems)), nil
	},
	"__getitem__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.GetItem(self, args[0])
	},
	"__contains__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		ok, err := in.Contains(self, args[0])
		return Bool(ok), err
	},
	"__iter__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &listIter{l: self.(*List)}, nil
	},
}

var tupleMethods = map[string]method{
	"index": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		for i, e := range self.(Tuple) {
			eq, err := in.Equal(e, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return Int(i), nil
			}
		}
		return nil, Errorf(ValueErrorClass, "tuple.index(x): x not in tuple")
	},
	"count": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		n := 0
		for _, e := range self.(Tuple) {
			eq, err := in.Equal(e, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	},
	"__len__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(len(self.(Tuple))), nil
	},
	"__getitem__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.GetItem(self, args[0])
	},
}

var intMethods = map[string]method{
	"bit_length": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		b := toBig(self)
		return Int(b.BitLen()), nil
	},
	"__index__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) { return self, nil },
	"__add__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if !isIntLike(args[0]) {
			return NotImplemented, nil
		}
		return in.BinOp("+", self, args[0])
	},
	"__eq__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if !isIntLike(args[0]) {
			return NotImplemented, nil
		}
		return in.compare("==", self, args[0])
	},
	"__hash__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		h, err := in.Hash(self)
		return Int(h), err
	},
}

var floatMethods = map[string]method{
	"is_integer": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		f := float64(self.(Float))
		return Bool(f == float64(int64(f))), nil
	},
	"__eq__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if _, ok := toFloat(args[0]); !ok {
			return NotImplemented, nil
		}
		return in.compare("==", self, args[0])
	},
	"__hash__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		h, err := in.Hash(self)
		return Int(h), err
	},
}

func dictArg(args []Value, fname string, lo, hi int) error {
	return nargs(fname, args, lo, hi)
}

var dictMethods = map[string]method{
	"get": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := dictArg(args, "get", 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := self.(*Dict).Get(in, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	},
	"keys": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &dictView{d: self.(*Dict), what: 0}, nil
	},
	"values": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &dictView{d: self.(*Dict), what: 1}, nil
	},
	"items": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &dictView{d: self.(*Dict), what: 2}, nil
	},
	"pop": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := dictArg(args, "pop", 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := self.(*Dict).Delete(in, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(KeyErrorClass, args[0])
		}
		return v, nil
	},
	"popitem": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		d := self.(*Dict)
		for i := len(d.keys) - 1; i >= 0; i-- {
			if d.live[i] {
				k, v := d.keys[i], d.vals[i]
				d.Delete(in, k)
				return Tuple{k, v}, nil
			}
		}
		return nil, NewException(KeyErrorClass, Str("popitem(): dictionary is empty"))
	},
	"setdefault": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := dictArg(args, "setdefault", 1, 2); err != nil {
			return nil, err
		}
		d := self.(*Dict)
		v, ok, err := d.Get(in, args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		var def Value = None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.Set(in, args[0], def)
	},
	"update": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return None, in.dictUpdate(self.(*Dict), args, kw)
	},
	"copy": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return self.(*Dict).Copy(), nil
	},
	"clear": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		self.(*Dict).Clear()
		return None, nil
	},
	"__getitem__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.GetItem(self, args[0])
	},
	"__setitem__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return None, in.SetItem(self, args[0], args[1])
	},
	"__contains__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		ok, err := in.Contains(self, args[0])
		return Bool(ok), err
	},
	"__len__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(self.(*Dict).n), nil
	},
}

func setArgSet(in *Interp, v Value) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s, nil
	}
	return in.newSetFrom(v)
}

var setMethods = map[string]method{
	"add": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "set.add() takes exactly one argument (%d given)", len(args))
		}
		return None, self.(*Set).Add(in, args[0])
	},
	"remove": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		ok, err := self.(*Set).Discard(in, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorClass, args[0])
		}
		return None, nil
	},
	"discard": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		_, err := self.(*Set).Discard(in, args[0])
		return None, err
	},
	"pop": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v, ok := self.(*Set).pop()
		if !ok {
			return nil, NewException(KeyErrorClass, Str("pop from an empty set"))
		}
		return v, nil
	},
	"clear": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		*self.(*Set) = Set{}
		return None, nil
	},
	"copy": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		c := self.(*Set).Copy()
		c.frozen = self.(*Set).frozen
		return c, nil
	},
	"update": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := self.(*Set)
		for _, a := range args {
			if err := s.update(in, a); err != nil {
				return nil, err
			}
		}
		return None, nil
	},
	"union":                setBin("|"),
	"intersection":         setBin("&"),
	"difference":           setBin("-"),
	"symmetric_difference": setBin("^"),
	"difference_update": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := self.(*Set)
		for _, a := range args {
			items, err := in.iterate(a)
			if err != nil {
				return nil, err
			}
			for _, x := range items {
				if _, err := s.Discard(in, x); err != nil {
					return nil, err
				}
			}
		}
		return None, nil
	},
	"intersection_update": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := self.(*Set)
		r := Value(s)
		for _, a := range args {
			o, err := setArgSet(in, a)
			if err != nil {
				return nil, err
			}
			r, err = in.setOp("&", r.(*Set), o)
			if err != nil {
				return nil, err
			}
		}
		*s = *r.(*Set)
		return None, nil
	},
	"issubset": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		o, err := setArgSet(in, args[0])
		if err != nil {
			return nil, err
		}
		b, err := in.subset(self.(*Set), o)
		return Bool(b), err
	},
	"issuperset": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		o, err := setArgSet(in, args[0])
		if err != nil {
			return nil, err
		}
		b, err := in.subset(o, self.(*Set))
		return Bool(b), err
	},
	"isdisjoint": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		o, err := setArgSet(in, args[0])
		if err != nil {
			return nil, err
		}
		r, err := in.setOp("&", self.(*Set), o)
		if err != nil {
			return nil, err
		}
		return Bool(r.(*Set).used == 0), nil
	},
	"__contains__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		ok, err := self.(*Set).Contains(in, args[0])
		return Bool(ok), err
	},
	"__len__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(self.(*Set).used), nil
	},
}

func setBin(op string) method {
	return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if op == "|" {
			r := self.(*Set).Copy()
			for _, a := range args {
				if err := r.update(in, a); err != nil {
					return nil, err
				}
			}
			r.frozen = self.(*Set).frozen
			return r, nil
		}
		r := Value(self.(*Set).Copy())
		r.(*Set).frozen = self.(*Set).frozen
		for _, a := range args {
			o, err := setArgSet(in, a)
			if err != nil {
				return nil, err
			}
			r, err = in.setOp(op, r.(*Set), o)
			if err != nil {
				return nil, err
			}
		}
		return r, nil
	}
}

func strArg(args []Value, i int, fname string) (string, error) {
	if i >= len(args) {
		return "", Errorf(TypeErrorClass, "%s() takes at least %d argument (%d given)", fname, i+1, len(args))
	}
	s, ok := args[i].(Str)
	if !ok {
		return "", Errorf(TypeErrorClass, "must be str, not %s", args[i].Type().Name)
	}
	return string(s), nil
}

func optStrArg(args []Value, i int) (string, bool, error) {
	if i >= len(args) || args[i] == None {
		return "", false, nil
	}
	s, ok := args[i].(Str)
	if !ok {
		return "", false, Errorf(TypeErrorClass, "must be str or None, not %s", args[i].Type().Name)
	}
	return string(s), true, nil
}

func stripFn(which int) method {
	return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		chars, ok, err := optStrArg(args, 0)
		if err != nil {
			return nil, err
		}
		if !ok {
			switch which {
			case 0:
				return Str(strings.TrimSpace(s)), nil
			case 1:
				return Str(strings.TrimLeftFunc(s, unicode.IsSpace)), nil
			}
			return Str(strings.TrimRightFunc(s, unicode.IsSpace)), nil
		}
		switch which {
		case 0:
			return Str(strings.Trim(s, chars)), nil
		case 1:
			return Str(strings.TrimLeft(s, chars)), nil
		}
		return Str(strings.TrimRight(s, chars)), nil
	}
}

// runeIndex converts a byte offset to a code point index.
func runeIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// subRange applies str.find-style start/end arguments, returning the
// substring and its byte offset.
func subRange(s string, args []Value) (string, int) {
	rs := []rune(s)
	n := len(rs)
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		v, _ := ToInt(args[0])
		start = int(v)
		if start < 0 {
			start = max(0, start+n)
		}
	}
	if len(args) > 1 && args[1] != None {
		v, _ := ToInt(args[1])
		end = int(v)
		if end < 0 {
			end = max(0, end+n)
		}
	}
	if end > n {
		end = n
	}
	if start > end {
		return "", -1
	}
	off := len(string(rs[:start]))
	return string(rs[start:end]), off
}

func findFn(last, raise bool, name string) method {
	return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		sub, err := strArg(args, 0, name)
		if err != nil {
			return nil, err
		}
		part, off := subRange(s, args[1:])
		i := -1
		if off >= 0 {
			if last {
				i = strings.LastIndex(part, sub)
			} else {
				i = strings.Index(part, sub)
			}
			if i >= 0 {
				i = runeIndex(s, off+i)
			}
		}
		if i < 0 && raise {
			return nil, Errorf(ValueErrorClass, "substring not found")
		}
		return Int(i), nil
	}
}

func (in *Interp) strSplit(s string, args []Value, kw []Kwarg, right bool) (Value, error) {
	var sepV, maxV Value = None, Int(-1)
	if err := UnpackArgs("split", args, kw, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return nil, err
	}
	maxsplit, _ := ToInt(maxV)
	var parts []string
	if sepV == None {
		fields := strings.Fields(s)
		if maxsplit < 0 || int(maxsplit) >= len(fields) {
			parts = fields
		} else if !right {
			parts = fields[:maxsplit]
			rest := s
			for i := 0; i < int(maxsplit); i++ {
				rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
				rest = rest[len(fields[i]):]
			}
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			if rest != "" {
				parts = append(parts, rest)
			}
		} else {
			k := len(fields) - int(maxsplit)
			rest := s
			for i := len(fields) - 1; i >= k; i-- {
				rest = strings.TrimRightFunc(rest, unicode.IsSpace)
				rest = rest[:len(rest)-len(fields[i])]
			}
			rest = strings.TrimRightFunc(rest, unicode.IsSpace)
			if rest != "" {
				parts = append(parts, rest)
			}
			parts = append(parts, fields[k:]...)
		}
	} else {
		sep, ok := sepV.(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "must be str or None, not %s", sepV.Type().Name)
		}
		if sep == "" {
			return nil, Errorf(ValueErrorClass, "empty separator")
		}
		if maxsplit < 0 {
			parts = strings.Split(s, string(sep))
		} else if !right {
			parts = strings.SplitN(s, string(sep), int(maxsplit)+1)
		} else {
			rest := s
			var tail []string
			for i := 0; i < int(maxsplit); i++ {
				j := strings.LastIndex(rest, string(sep))
				if j < 0 {
					break
				}
				tail = append([]string{rest[j+len(sep):]}, tail...)
				rest = rest[:j]
			}
			parts = append([]string{rest}, tail...)
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = Str(p)
	}
	return NewList(out), nil
}

func isAll(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

func padFn(where int) method {
	return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		if len(args) < 1 {
			return nil, Errorf(TypeErrorClass, "expected at least 1 argument, got 0")
		}
		w, ok := ToInt(args[0])
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		fill := " "
		if len(args) > 1 {
			f, ok := args[1].(Str)
			if !ok || utf8.RuneCountInString(string(f)) != 1 {
				return nil, Errorf(TypeErrorClass, "The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		n := utf8.RuneCountInString(s)
		if int(w) <= n {
			return self, nil
		}
		if err := in.allocN(w-int64(n), int64(len(fill))); err != nil {
			return nil, err
		}
		pad := int(w) - n
		switch where {
		case 0: // ljust
			return Str(s + strings.Repeat(fill, pad)), nil
		case 1: // rjust
			return Str(strings.Repeat(fill, pad) + s), nil
		}
		left := pad / 2
		if pad%2 == 1 && n%2 == 1 {
			left++
		}
		return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), nil
	}
}

var strMethods = map[string]method{
	"strip":  stripFn(0),
	"lstrip": stripFn(1),
	"rstrip": stripFn(2),
	"upper": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(strings.ToUpper(string(self.(Str)))), nil
	},
	"lower": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(strings.ToLower(string(self.(Str)))), nil
	},
	"casefold": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(strings.ToLower(string(self.(Str)))), nil
	},
	"swapcase": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, string(self.(Str)))), nil
	},
	"title": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		var b strings.Builder
		prev := false
		for _, r := range string(self.(Str)) {
			if unicode.IsLetter(r) {
				if prev {
					b.WriteRune(unicode.ToLower(r))
				} else {
					b.WriteRune(unicode.ToTitle(r))
				}
				prev = true
			} else {
				b.WriteRune(r)
				prev = false
			}
		}
		return Str(b.String()), nil
	},
	"capitalize": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		if s == "" {
			return self, nil
		}
		r, n := utf8.DecodeRuneInString(s)
		return Str(string(unicode.ToUpper(r)) + strings.ToLower(s[n:])), nil
	},
	"startswith": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return strAffix(in, self, args, strings.HasPrefix, "startswith")
	},
	"endswith": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return strAffix(in, self, args, strings.HasSuffix, "endswith")
	},
	"join": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "str.join() takes exactly one argument (%d given)", len(args))
		}
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, Errorf(TypeErrorClass, "can only join an iterable")
		}
		parts := make([]string, len(items))
		size := int64(len(self.(Str))) * int64(max(len(items)-1, 0))
		for i, it := range items {
			s, ok := it.(Str)
			if !ok {
				return nil, Errorf(TypeErrorClass, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
			}
			parts[i] = string(s)
			size += int64(len(s))
		}
		if err := in.Alloc(size); err != nil {
			return nil, err
		}
		return Str(strings.Join(parts, string(self.(Str)))), nil
	},
	"split": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.strSplit(string(self.(Str)), args, kw, false)
	},
	"rsplit": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.strSplit(string(self.(Str)), args, kw, true)
	},
	"splitlines": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		keep := false
		if err := UnpackArgs("splitlines", args, kw, "keepends?", &keep); err != nil {
			return nil, err
		}
		s := string(self.(Str))
		var out []Value
		for s != "" {
			i := strings.IndexAny(s, "\n\r")
			if i < 0 {
				out = append(out, Str(s))
				break
			}
			j := i + 1
			if s[i] == '\r' && j < len(s) && s[j] == '\n' {
				j++
			}
			if keep {
				out = append(out, Str(s[:j]))
			} else {
				out = append(out, Str(s[:i]))
			}
			s = s[j:]
		}
		if out == nil {
			out = []Value{}
		}
		return NewList(out), nil
	},
	"replace": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, Errorf(TypeErrorClass, "replace expected at least 2 arguments, got %d", len(args))
		}
		old, err := strArg(args, 0, "replace")
		if err != nil {
			return nil, err
		}
		nw, err := strArg(args, 1, "replace")
		if err != nil {
			return nil, err
		}
		n := int64(-1)
		if len(args) > 2 {
			n, _ = ToInt(args[2])
		}
		s := string(self.(Str))
		if len(nw) > len(old) {
			k := int64(strings.Count(s, old))
			if old == "" {
				k = int64(utf8.RuneCountInString(s)) + 1
			}
			if n >= 0 && n < k {
				k = n
			}
			if err := in.allocN(k, int64(len(nw)-len(old))); err != nil {
				return nil, err
			}
		}
		return Str(strings.Replace(s, old, nw, int(n))), nil
	},
	"find":   findFn(false, false, "find"),
	"rfind":  findFn(true, false, "rfind"),
	"index":  findFn(false, true, "index"),
	"rindex": findFn(true, true, "rindex"),
	"count": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		sub, err := strArg(args, 0, "count")
		if err != nil {
			return nil, err
		}
		part, off := subRange(string(self.(Str)), args[1:])
		if off < 0 {
			return Int(0), nil
		}
		return Int(strings.Count(part, sub)), nil
	},
	"isdigit": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), unicode.IsDigit)), nil
	},
	"isdecimal": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), unicode.IsDigit)), nil
	},
	"isnumeric": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), unicode.IsNumber)), nil
	},
	"isalpha": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), unicode.IsLetter)), nil
	},
	"isalnum": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })), nil
	},
	"isspace": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isAll(string(self.(Str)), unicode.IsSpace)), nil
	},
	"isidentifier": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		ok := s != ""
		for i, r := range s {
			if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				ok = false
			}
		}
		return Bool(ok), nil
	},
	"isupper": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		return Bool(strings.ToUpper(s) == s && strings.ToLower(s) != s), nil
	},
	"islower": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		return Bool(strings.ToLower(s) == s && strings.ToUpper(s) != s), nil
	},
	"isascii": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isASCII(string(self.(Str)))), nil
	},
	"istitle": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		cased, prevCased := false, false
		for _, r := range s {
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				if prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			case unicode.IsLower(r):
				if !prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return Bool(cased), nil
	},
	"format_map": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		d, ok := args[0].(*Dict)
		if !ok {
			return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "format_map() of a non-dict mapping"}
		}
		keys, vals := d.Items()
		var kws []Kwarg
		for i, k := range keys {
			if ks, ok := k.(Str); ok {
				kws = append(kws, Kwarg{string(ks), vals[i]})
			}
		}
		s, err := in.strFormat(string(self.(Str)), nil, kws)
		return Str(s), err
	},
	"center": padFn(2),
	"ljust":  padFn(0),
	"rjust":  padFn(1),
	"zfill": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := string(self.(Str))
		w, _ := ToInt(args[0])
		n := utf8.RuneCountInString(s)
		if int(w) <= n {
			return self, nil
		}
		if err := in.Alloc(w); err != nil {
			return nil, err
		}
		sign := ""
		if s != "" && (s[0] == '-' || s[0] == '+') {
			sign, s = s[:1], s[1:]
		}
		return Str(sign + strings.Repeat("0", int(w)-n) + s), nil
	},
	"partition": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		sep, err := strArg(args, 0, "partition")
		if err != nil {
			return nil, err
		}
		s := string(self.(Str))
		if i := strings.Index(s, sep); i >= 0 {
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		}
		return Tuple{Str(s), Str(""), Str("")}, nil
	},
	"rpartition": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		sep, err := strArg(args, 0, "rpartition")
		if err != nil {
			return nil, err
		}
		s := string(self.(Str))
		if i := strings.LastIndex(s, sep); i >= 0 {
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		}
		return Tuple{Str(""), Str(""), Str(s)}, nil
	},
	"removeprefix": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		p, err := strArg(args, 0, "removeprefix")
		if err != nil {
			return nil, err
		}
		return Str(strings.TrimPrefix(string(self.(Str)), p)), nil
	},
	"removesuffix": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		p, err := strArg(args, 0, "removesuffix")
		if err != nil {
			return nil, err
		}
		return Str(strings.TrimSuffix(string(self.(Str)), p)), nil
	},
	"encode": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bytes(self.(Str)), nil
	},
	"expandtabs": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		var size int64 = 8
		if err := UnpackArgs("expandtabs", args, kw, "tabsize?", &size); err != nil {
			return nil, err
		}
		var b strings.Builder
		col := 0
		for _, r := range string(self.(Str)) {
			switch r {
			case '\t':
				if size > maxElems || b.Len() > maxElems {
					return nil, memoryError()
				}
				if size > 0 {
					n := int(size) - col%int(size)
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return Str(b.String()), nil
	},
	"format": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		s, err := in.strFormat(string(self.(Str)), args, kw)
		if err == nil {
			err = in.Alloc(int64(len(s)))
		}
		return Str(s), err
	},
	"__len__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(strLen(string(self.(Str)))), nil
	},
	"__contains__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		ok, err := in.Contains(self, args[0])
		return Bool(ok), err
	},
	"__getitem__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.GetItem(self, args[0])
	},
	"__add__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if _, ok := args[0].(Str); !ok {
			return NotImplemented, nil
		}
		return in.BinOp("+", self, args[0])
	},
	"__eq__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if _, ok := args[0].(Str); !ok {
			return NotImplemented, nil
		}
		return Bool(self.(Str) == args[0].(Str)), nil
	},
	"__hash__": func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		h, err := in.Hash(self)
		return Int(h), err
	},
}

func strAffix(in *Interp, self Value, args []Value, f func(string, string) bool, name string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorClass, "%s() takes at least 1 argument (0 given)", name)
	}
	s, off := subRange(string(self.(Str)), args[1:])
	if off < 0 {
		return False, nil
	}
	switch p := args[0].(type) {
	case Str:
		return Bool(f(s, string(p))), nil
	case Tuple:
		for _, x := range p {
			xs, ok := x.(Str)
			if !ok {
				return nil, Errorf(TypeErrorClass, "tuple for %s must only contain str, not %s", name, x.Type().Name)
			}
			if f(s, string(xs)) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, Errorf(TypeErrorClass, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
}
