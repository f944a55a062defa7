package eval

import (
	"math/big"
	"unicode/utf8"
)

// Iterator is the Go side of Python's iterator protocol. Next returns
// (value, true) or (nil, false) when exhausted.
type Iterator interface {
	Next(in *Interp) (Value, bool, error)
}

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Class { return IteratorClass }
func (it *listIter) Next(*Interp) (Value, bool, error) {
	if it.i < len(it.l.Elems) {
		it.i++
		return it.l.Elems[it.i-1], true, nil
	}
	return nil, false, nil
}

type sliceIter struct {
	s []Value
	i int
}

func (*sliceIter) Type() *Class { return IteratorClass }
func (it *sliceIter) Next(*Interp) (Value, bool, error) {
	if it.i < len(it.s) {
		it.i++
		return it.s[it.i-1], true, nil
	}
	return nil, false, nil
}

type strIter struct {
	s string
	i int
}

func (*strIter) Type() *Class { return IteratorClass }
func (it *strIter) Next(*Interp) (Value, bool, error) {
	if it.i < len(it.s) {
		_, n := utf8.DecodeRuneInString(it.s[it.i:])
		it.i += n
		return Str(it.s[it.i-n : it.i]), true, nil
	}
	return nil, false, nil
}

// Range is a range object.
type Range struct{ start, stop, step int64 }

func (*Range) Type() *Class { return RangeClass }

// Len returns the number of elements.
func (r *Range) Len() int64 {
	if r.step > 0 && r.start < r.stop {
		return (r.stop - r.start + r.step - 1) / r.step
	}
	if r.step < 0 && r.start > r.stop {
		return (r.start - r.stop - r.step - 1) / -r.step
	}
	return 0
}

func (r *Range) at(i int64) int64 { return r.start + i*r.step }

func (r *Range) contains(n int64) bool {
	if r.step > 0 {
		if n < r.start || n >= r.stop {
			return false
		}
	} else if n > r.start || n <= r.stop {
		return false
	}
	return (n-r.start)%r.step == 0
}

type rangeIter struct {
	cur, stop, step int64
}

func (*rangeIter) Type() *Class { return IteratorClass }
func (it *rangeIter) Next(in *Interp) (Value, bool, error) {
	if (it.step > 0 && it.cur < it.stop) || (it.step < 0 && it.cur > it.stop) {
		v := it.cur
		it.cur += it.step
		return in.boxInt(v), true, nil
	}
	return nil, false, nil
}

// genIter iterates a generator.
func (g *Generator) Next(in *Interp) (Value, bool, error) {
	if g.Kind != KindGenerator {
		return nil, false, Errorf(TypeErrorClass, "'%s' object is not an iterator", g.Type().Name)
	}
	v, done, err := g.Send(in, None)
	if err != nil {
		return nil, false, err
	}
	if done {
		return nil, false, nil
	}
	return v, true, nil
}

// pyIter iterates an object with a Python __next__.
type pyIter struct {
	v    Value
	next Value
}

func (*pyIter) Type() *Class { return IteratorClass }
func (it *pyIter) Next(in *Interp) (Value, bool, error) {
	r, err := in.callMethod(it.next, it.v, nil, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIterationClass) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// seqIter iterates an object with __getitem__ (the old sequence protocol).
type seqIter struct {
	v, get Value
	i      int
}

func (*seqIter) Type() *Class { return IteratorClass }
func (it *seqIter) Next(in *Interp) (Value, bool, error) {
	r, err := in.callMethod(it.get, it.v, []Value{Int(it.i)}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(IndexErrorClass) || e.Class.IsSubclass(StopIterationClass)) {
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return r, true, nil
}

// Iter returns an iterator over v (iter(v)).
func (in *Interp) Iter(v Value) (Iterator, error) {
	switch x := v.(type) {
	case *List:
		return &listIter{l: x}, nil
	case Tuple:
		return &sliceIter{s: x}, nil
	case Str:
		return &strIter{s: string(x)}, nil
	case *Range:
		return &rangeIter{cur: x.start, stop: x.stop, step: x.step}, nil
	case *Dict:
		return &dictIter{d: x, n: x.n}, nil
	case *dictView:
		return &dictIter{d: x.d, n: x.d.n, what: x.what}, nil
	case *Set:
		return &sliceIter{s: x.Elems()}, nil
	case Bytes:
		s := make([]Value, len(x))
		for i := range s {
			s[i] = Int(x[i])
		}
		return &sliceIter{s: s}, nil
	case *Generator:
		if x.Kind == KindGenerator {
			return x, nil
		}
	case Iterator:
		return x, nil
	case *Class:
		// Iterating a class is its metaclass's business; lib/enum.py
		// provides it through a private hook.
		if m, ok := x.lookup("_taskline_iter_"); ok {
			r, err := in.callClassHook(x, m, nil)
			if err != nil {
				return nil, err
			}
			return in.Iter(r)
		}
		return nil, Errorf(TypeErrorClass, "'type' object is not iterable")
	}
	cls := v.Type()
	if m, ok := cls.lookup("__iter__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if it, ok := r.(Iterator); ok {
			if g, ok := r.(*Generator); !ok || g.Kind == KindGenerator {
				return it, nil
			}
		}
		next, ok := r.Type().lookup("__next__")
		if !ok {
			return nil, Errorf(TypeErrorClass, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		return &pyIter{v: r, next: next}, nil
	}
	if m, ok := cls.lookup("__getitem__"); ok && !cls.native {
		return &seqIter{v: v, get: m}, nil
	}
	return nil, Errorf(TypeErrorClass, "'%s' object is not iterable", cls.Name)
}

// callClassHook calls a class attribute m of c with the class bound as
// a classmethod binds it.
func (in *Interp) callClassHook(c *Class, m Value, args []Value) (Value, error) {
	if cm, ok := m.(*ClassMethod); ok {
		return in.Call(&BoundMethod{Self: c, Fn: cm.Fn}, args, nil)
	}
	return in.Call(m, args, nil)
}

// iterate returns all elements of an iterable.
func (in *Interp) iterate(v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		if err := in.allocValues(len(x.Elems)); err != nil {
			return nil, err
		}
		return append([]Value(nil), x.Elems...), nil
	case Tuple:
		if err := in.allocValues(len(x)); err != nil {
			return nil, err
		}
		return append([]Value(nil), x...), nil
	case *Range:
		if err := in.allocN(x.Len(), valueSize); err != nil {
			return nil, err
		}
	}
	it, err := in.Iter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := it.Next(in)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if err := in.Step(); err != nil {
			return nil, err
		}
		if err := in.allocGrow(out, len(out)+1); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
}

// Iterate returns all elements of an iterable (list(v)).
func (in *Interp) Iterate(v Value) ([]Value, error) { return in.iterate(v) }

// Slice is a slice object.
type Slice struct{ Start, Stop, Step Value }

func (*Slice) Type() *Class { return SliceClass }

func (in *Interp) sliceIndex(v Value) (int64, bool, error) {
	if v == nil || v == None {
		return 0, false, nil
	}
	switch x := v.(type) {
	case Int:
		return int64(x), true, nil
	case Bool:
		return int64(boolInt(x)), true, nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return -1 << 62, true, nil
		}
		return 1 << 62, true, nil
	}
	if m, ok := v.Type().lookup("__index__"); ok {
		r, err := in.callMethod(m, v, nil, nil)
		if err != nil {
			return 0, false, err
		}
		return in.sliceIndex(r)
	}
	return 0, false, Errorf(TypeErrorClass, "slice indices must be integers or None or have an __index__ method")
}

// indices computes start, stop, step for a sequence of length n (as
// slice.indices).
func (in *Interp) indices(s *Slice, n int64) (start, stop, step int64, err error) {
	step = 1
	if st, ok, err := in.sliceIndex(s.Step); err != nil {
		return 0, 0, 0, err
	} else if ok {
		if st == 0 {
			return 0, 0, 0, Errorf(ValueErrorClass, "slice step cannot be zero")
		}
		step = st
	}
	var lo, hi int64
	if step < 0 {
		lo, hi = -1, n-1
	} else {
		lo, hi = 0, n
	}
	clamp := func(v Value, def int64) (int64, error) {
		x, ok, err := in.sliceIndex(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return def, nil
		}
		if x < 0 {
			x += n
			if x < lo {
				x = lo
			}
		} else if x > hi {
			x = hi
		}
		return x, nil
	}
	if step < 0 {
		start, err = clamp(s.Start, hi)
		if err == nil {
			stop, err = clamp(s.Stop, lo)
		}
	} else {
		start, err = clamp(s.Start, lo)
		if err == nil {
			stop, err = clamp(s.Stop, hi)
		}
	}
	return
}

func sliceLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return (stop - start + step - 1) / step
	}
	if step < 0 && start > stop {
		return (start - stop - step - 1) / -step
	}
	return 0
}

func (in *Interp) sliceValues(elems []Value, s *Slice) ([]Value, error) {
	start, stop, step, err := in.indices(s, int64(len(elems)))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if start >= stop {
			return []Value{}, nil
		}
		return append([]Value(nil), elems[start:stop]...), nil
	}
	n := sliceLen(start, stop, step)
	out := make([]Value, n)
	for i := int64(0); i < n; i++ {
		out[i] = elems[start+i*step]
	}
	return out, nil
}

func (in *Interp) index(v Value, n int, what string) (int, error) {
	var i int64
	switch x := v.(type) {
	case Int:
		i = int64(x)
	case Bool:
		i = int64(boolInt(x))
	case *BigInt:
		return 0, Errorf(IndexErrorClass, "cannot fit 'int' into an index-sized integer")
	default:
		if m, ok := v.Type().lookup("__index__"); ok {
			r, err := in.callMethod(m, v, nil, nil)
			if err != nil {
				return 0, err
			}
			return in.index(r, n, what)
		}
		return 0, Errorf(TypeErrorClass, "%s indices must be integers or slices, not %s", what, v.Type().Name)
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(IndexErrorClass, "%s index out of range", what)
	}
	return int(i), nil
}

// GetItem evaluates x[k].
func (in *Interp) GetItem(x, k Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		if i, ok := k.(Int); ok && i >= 0 && int(i) < len(c.Elems) {
			return c.Elems[i], nil
		}
		if s, ok := k.(*Slice); ok {
			r, err := in.sliceValues(c.Elems, s)
			if err != nil {
				return nil, err
			}
			return NewList(r), nil
		}
		i, err := in.index(k, len(c.Elems), "list")
		if err != nil {
			return nil, err
		}
		return c.Elems[i], nil
	case Tuple:
		if s, ok := k.(*Slice); ok {
			r, err := in.sliceValues(c, s)
			return Tuple(r), err
		}
		i, err := in.index(k, len(c), "tuple")
		if err != nil {
			return nil, err
		}
		return c[i], nil
	case *Dict:
		v, ok, err := c.Get(in, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			if c.Type() == DictClass {
				return nil, NewException(KeyErrorClass, k)
			}
		}
		return v, nil
	case Str:
		rs := []rune(string(c))
		if isASCII(string(c)) {
			if s, ok := k.(*Slice); ok {
				start, stop, step, err := in.indices(s, int64(len(c)))
				if err != nil {
					return nil, err
				}
				if step == 1 {
					if start >= stop {
						return Str(""), nil
					}
					return c[start:stop], nil
				}
			}
		}
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := in.indices(s, int64(len(rs)))
			if err != nil {
				return nil, err
			}
			n := sliceLen(start, stop, step)
			out := make([]rune, n)
			for i := int64(0); i < n; i++ {
				out[i] = rs[start+i*step]
			}
			return Str(string(out)), nil
		}
		i, err := in.index(k, len(rs), "string")
		if err != nil {
			return nil, err
		}
		return Str(string(rs[i])), nil
	case Bytes:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := in.indices(s, int64(len(c)))
			if err != nil {
				return nil, err
			}
			n := sliceLen(start, stop, step)
			out := make([]byte, n)
			for i := int64(0); i < n; i++ {
				out[i] = c[start+i*step]
			}
			return Bytes(out), nil
		}
		i, err := in.index(k, len(c), "index")
		if err != nil {
			return nil, err
		}
		return Int(c[i]), nil
	case *Range:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := in.indices(s, c.Len())
			if err != nil {
				return nil, err
			}
			return &Range{c.at(start), c.at(stop), c.step * step}, nil
		}
		i, err := in.index(k, int(c.Len()), "range object")
		if err != nil {
			return nil, err
		}
		return Int(c.at(int64(i))), nil
	case *Class:
		if m, ok := c.lookup("__class_getitem__"); ok {
			return in.callClassHook(c, m, []Value{k})
		}
		switch c {
		case ListClass, DictClass, TupleClass, SetClass, TypeClass, FrozenSetClass:
			return c, nil // generic alias: list[int] is only used in annotations
		}
		return nil, Errorf(TypeErrorClass, "type '%s' is not subscriptable", c.Name)
	}
	if m, ok := x.Type().lookup("__getitem__"); ok {
		return in.callMethod(m, x, []Value{k}, nil)
	}
	return nil, Errorf(TypeErrorClass, "'%s' object is not subscriptable", x.Type().Name)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// SetItem evaluates x[k] = v.
func (in *Interp) SetItem(x, k, v Value) error {
	switch c := x.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			items, err := in.iterate(v)
			if err != nil {
				return err
			}
			start, stop, step, err := in.indices(s, int64(len(c.Elems)))
			if err != nil {
				return err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				ne := make([]Value, 0, len(c.Elems)-int(stop-start)+len(items))
				ne = append(ne, c.Elems[:start]...)
				ne = append(ne, items...)
				ne = append(ne, c.Elems[stop:]...)
				c.Elems = ne
				return nil
			}
			n := sliceLen(start, stop, step)
			if int64(len(items)) != n {
				return Errorf(ValueErrorClass, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
			}
			for i := int64(0); i < n; i++ {
				c.Elems[start+i*step] = items[i]
			}
			return nil
		}
		i, err := in.index(k, len(c.Elems), "list assignment")
		if err != nil {
			return err
		}
		c.Elems[i] = v
		return nil
	case *Dict:
		return c.Set(in, k, v)
	}
	if m, ok := x.Type().lookup("__setitem__"); ok {
		_, err := in.callMethod(m, x, []Value{k, v}, nil)
		return err
	}
	return Errorf(TypeErrorClass, "'%s' object does not support item assignment", x.Type().Name)
}

// DelItem evaluates del x[k].
func (in *Interp) DelItem(x, k Value) error {
	switch c := x.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := in.indices(s, int64(len(c.Elems)))
			if err != nil {
				return err
			}
			n := sliceLen(start, stop, step)
			drop := map[int64]bool{}
			for i := int64(0); i < n; i++ {
				drop[start+i*step] = true
			}
			var ne []Value
			for i, e := range c.Elems {
				if !drop[int64(i)] {
					ne = append(ne, e)
				}
			}
			c.Elems = ne
			return nil
		}
		i, err := in.index(k, len(c.Elems), "list assignment")
		if err != nil {
			return err
		}
		c.Elems = append(c.Elems[:i], c.Elems[i+1:]...)
		return nil
	case *Dict:
		_, ok, err := c.Delete(in, k)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorClass, k)
		}
		return nil
	}
	if m, ok := x.Type().lookup("__delitem__"); ok {
		_, err := in.callMethod(m, x, []Value{k}, nil)
		return err
	}
	return Errorf(TypeErrorClass, "'%s' object doesn't support item deletion", x.Type().Name)
}

// ToInt converts an int-like value to int64 (for native argument parsing).
func ToInt(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		return int64(boolInt(x)), true
	}
	return 0, false
}

var _ = big.NewInt

// AIter returns aiter(v).
func (in *Interp) AIter(v Value) (Value, error) {
	m, ok := v.Type().lookup("__aiter__")
	if !ok {
		return nil, Errorf(TypeErrorClass, "'async for' requires an object with __aiter__ method, got %s", v.Type().Name)
	}
	return in.callMethod(m, v, nil, nil)
}

// ANext awaits the next item of an async iterator; ok is false at
// StopAsyncIteration.
func (in *Interp) ANext(ai Value) (Value, bool, error) {
	m, ok := ai.Type().lookup("__anext__")
	if !ok {
		return nil, false, Errorf(TypeErrorClass, "'async for' received an object from __aiter__ that does not implement __anext__: %s", ai.Type().Name)
	}
	aw, err := in.callMethod(m, ai, nil, nil)
	if err != nil {
		return nil, false, err
	}
	x, err := in.Await(aw)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopAsyncIterationClass) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return x, true, nil
}

// iterValue wraps a Go iterator as a Python value.
func iterValue(it Iterator) Value {
	if v, ok := it.(Value); ok {
		return v
	}
	return &goIter{it}
}

type goIter struct{ it Iterator }

func (*goIter) Type() *Class                           { return IteratorClass }
func (g *goIter) Next(in *Interp) (Value, bool, error) { return g.it.Next(in) }
