package eval

import (
	"math"
	"math/big"
)

// Dict is a Python dict: insertion-ordered. Keys whose equality Go can
// decide (numbers, strings, None, bools, tuples of those, objects compared
// by identity) live in a Go map under a normalised key; keys with a Python
// __eq__/__hash__ are found by a linear search over their hashes.
type Dict struct {
	keys, vals []Value
	live       []bool
	n          int
	index      map[any]int
	slow       []int // entries whose keys are not normalisable
}

// Type returns dict.
func (*Dict) Type() *Class { return DictClass }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{index: map[any]int{}} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.n }

type bigKey string
type tupleKey string
type floatKey float64

// normKey returns a comparable Go value that is equal for equal Python keys.
func normKey(v Value) (any, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Str:
		return string(x), true
	case Bool:
		if x {
			return int64(1), true
		}
		return int64(0), true
	case NoneType:
		return x, true
	case Float:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
			return int64(f), true
		}
		if f != f {
			return nil, false
		}
		return floatKey(f), true
	case *BigInt:
		return bigKey(x.V.String()), true
	case Bytes:
		return tupleKey("b" + string(x)), true
	case Tuple:
		b := make([]byte, 0, 16)
		for _, e := range x {
			k, ok := normKey(e)
			if !ok {
				return nil, false
			}
			switch k := k.(type) {
			case int64:
				b = append(b, 'i')
				b = big.NewInt(k).Append(b, 36)
			case string:
				b = append(b, 's')
				b = appendLen(b, len(k))
				b = append(b, k...)
			case NoneType:
				b = append(b, 'n')
			case floatKey:
				b = append(b, 'f')
				b = big.NewFloat(float64(k)).Append(b, 'g', -1)
			case bigKey:
				b = append(b, 'B')
				b = appendLen(b, len(k))
				b = append(b, k...)
			case tupleKey:
				b = append(b, 't')
				b = appendLen(b, len(k))
				b = append(b, k...)
			default:
				return nil, false
			}
			b = append(b, ';')
		}
		return tupleKey(b), true
	case *Object:
		if x.Class.hasEq || x.Class.hasHash {
			return nil, false
		}
		return x, true
	case *Exception:
		if x.Class.hasEq || x.Class.hasHash {
			return nil, false
		}
		return x, true
	case *Class, *Function, *Builtin, *Module, *Generator:
		return x, true
	}
	return nil, false
}

func appendLen(b []byte, n int) []byte {
	return append(big.NewInt(int64(n)).Append(b, 10), ':')
}

func (in *Interp) checkHashable(k Value) error {
	switch x := k.(type) {
	case *Set:
		if !x.frozen {
			return Errorf(TypeErrorClass, "unhashable type: '%s'", k.Type().Name)
		}
	case *List, *Dict:
		return Errorf(TypeErrorClass, "unhashable type: '%s'", k.Type().Name)
	case Tuple:
		for _, e := range k.(Tuple) {
			if err := in.checkHashable(e); err != nil {
				return err
			}
		}
	}
	if _, ok := k.Type().lookup("__hash__"); ok {
		if h, _ := k.Type().lookup("__hash__"); h == None {
			return Errorf(TypeErrorClass, "unhashable type: '%s'", k.Type().Name)
		}
	}
	return nil
}

// find returns the entry index of k, or -1.
func (d *Dict) find(in *Interp, k Value) (int, error) {
	if nk, ok := normKey(k); ok {
		if i, ok := d.index[nk]; ok {
			return i, nil
		}
		if len(d.slow) == 0 {
			return -1, nil
		}
	} else if err := in.checkHashable(k); err != nil {
		return -1, err
	}
	for _, i := range d.slow {
		if !d.live[i] {
			continue
		}
		eq, err := in.Equal(d.keys[i], k)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	// A normalisable key may equal a slow one (an object whose __eq__
	// accepts ints): checked above by the linear search.
	return -1, nil
}

// Get returns the value for k.
func (d *Dict) Get(in *Interp, k Value) (Value, bool, error) {
	i, err := d.find(in, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.vals[i], true, nil
}

// GetStr returns the value for a str key.
func (d *Dict) GetStr(k string) (Value, bool) {
	if i, ok := d.index[k]; ok {
		return d.vals[i], true
	}
	return nil, false
}

// Set sets d[k] = v.
func (d *Dict) Set(in *Interp, k, v Value) error {
	i, err := d.find(in, k)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.vals[i] = v
		return nil
	}
	if in != nil && len(d.keys) == cap(d.keys) {
		// keys, vals, live and the index grow together.
		if err := in.allocN(int64(max(len(d.keys)/4, 8)), dictEntrySize); err != nil {
			return err
		}
	}
	i = len(d.keys)
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	d.live = append(d.live, true)
	d.n++
	if nk, ok := normKey(k); ok {
		d.index[nk] = i
	} else {
		d.slow = append(d.slow, i)
	}
	return nil
}

// SetStr sets d[k] = v for a str key.
func (d *Dict) SetStr(k string, v Value) { _ = d.Set(nil, Str(k), v) }

// Delete removes k and reports whether it was present.
func (d *Dict) Delete(in *Interp, k Value) (Value, bool, error) {
	i, err := d.find(in, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	v := d.vals[i]
	if nk, ok := normKey(d.keys[i]); ok {
		delete(d.index, nk)
	}
	d.live[i] = false
	d.keys[i], d.vals[i] = nil, nil
	d.n--
	if len(d.keys) > 32 && d.n < len(d.keys)/2 {
		d.compact()
	}
	return v, true, nil
}

func (d *Dict) compact() {
	keys, vals := d.keys, d.vals
	live := d.live
	*d = Dict{index: make(map[any]int, d.n)}
	for i := range keys {
		if !live[i] {
			continue
		}
		j := len(d.keys)
		d.keys = append(d.keys, keys[i])
		d.vals = append(d.vals, vals[i])
		d.live = append(d.live, true)
		d.n++
		if nk, ok := normKey(keys[i]); ok {
			d.index[nk] = j
		} else {
			d.slow = append(d.slow, j)
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() { *d = Dict{index: map[any]int{}} }

// Items calls fn for each item in order; fn must not modify d.
func (d *Dict) Items() (keys, vals []Value) {
	keys = make([]Value, 0, d.n)
	vals = make([]Value, 0, d.n)
	for i, l := range d.live {
		if l {
			keys = append(keys, d.keys[i])
			vals = append(vals, d.vals[i])
		}
	}
	return
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	k, _ := d.Items()
	return k
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{keys: d.keys, vals: d.vals, live: d.live, n: d.n}
	c.compact()
	return c
}

// dictIter iterates over a dict's keys, values or items, raising
// RuntimeError if the dict changes size.
type dictIter struct {
	d    *Dict
	i    int
	n    int
	what int // 0 keys, 1 values, 2 items
}

func (it *dictIter) Type() *Class {
	return IteratorClass
}

func (it *dictIter) Next(in *Interp) (Value, bool, error) {
	if it.d.n != it.n {
		it.n = -1
		return nil, false, Errorf(RuntimeErrorClass, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.keys) {
		i := it.i
		it.i++
		if it.d.live[i] {
			switch it.what {
			case 0:
				return it.d.keys[i], true, nil
			case 1:
				return it.d.vals[i], true, nil
			}
			return Tuple{it.d.keys[i], it.d.vals[i]}, true, nil
		}
	}
	return nil, false, nil
}

// dictView is dict.keys(), values() or items().
type dictView struct {
	d    *Dict
	what int
}

func (v *dictView) Type() *Class {
	switch v.what {
	case 0:
		return DictKeysClass
	case 1:
		return DictValuesClass
	}
	return DictItemsClass
}
