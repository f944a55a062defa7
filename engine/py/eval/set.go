package eval

// Set is a Python set or frozenset. It reproduces CPython's hash table
// (setobject.c: linear probing then perturbation, the same growth policy),
// so iterating a set of ints gives CPython's order.
type Set struct {
	table  []setEntry
	mask   int
	fill   int
	used   int
	frozen bool
}

type setEntry struct {
	key  Value // nil: empty; dummy: deleted
	hash int64
}

type dummyType struct{}

func (dummyType) Type() *Class { return ObjectClass }

var dummy Value = dummyType{}

const setMinSize = 8

// Type returns set or frozenset.
func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetClass
	}
	return SetClass
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) init() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
		s.mask = setMinSize - 1
	}
}

// lookup returns the index of k's entry or -1.
func (s *Set) lookup(in *Interp, k Value, h int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
	mask := s.mask
	perturb := uint64(h)
	i := int(uint64(h) & uint64(mask))
	for {
		probes := 9
		if i+9 > mask {
			probes = 0
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.key != dummy && e.hash == h {
				eq, err := in.Equal(e.key, k)
				if err != nil {
					return -1, err
				}
				if eq {
					return j, nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// Contains reports whether k is in s.
func (s *Set) Contains(in *Interp, k Value) (bool, error) {
	h, err := in.Hash(k)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(in, k, h)
	return i >= 0, err
}

// Add adds k.
func (s *Set) Add(in *Interp, k Value) error {
	h, err := in.Hash(k)
	if err != nil {
		return err
	}
	return s.addHash(in, k, h)
}

func (s *Set) addHash(in *Interp, k Value, h int64) error {
	s.init()
	mask := s.mask
	perturb := uint64(h)
	i := int(uint64(h) & uint64(mask))
	free := -1
	for {
		probes := 9
		if i+9 > mask {
			probes = 0
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				if free >= 0 {
					s.table[free] = setEntry{k, h}
					s.used++
					return nil
				}
				if (s.fill+1)*5 >= mask*3 && in != nil {
					if err := in.allocN(int64(s.used+1)*4, 24); err != nil {
						return err
					}
				}
				s.table[j] = setEntry{k, h}
				s.fill++
				s.used++
				if s.fill*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return nil
			}
			if e.key == dummy {
				if free < 0 {
					free = j
				}
			} else if e.hash == h {
				eq, err := in.Equal(e.key, k)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.mask = size - 1
	s.fill, s.used = 0, 0
	for _, e := range old {
		if e.key != nil && e.key != dummy {
			s.insertClean(e.key, e.hash)
		}
	}
}

func (s *Set) insertClean(k Value, h int64) {
	mask := s.mask
	perturb := uint64(h)
	i := int(uint64(h) & uint64(mask))
	for {
		probes := 9
		if i+9 > mask {
			probes = 0
		}
		for j := i; ; j++ {
			if s.table[j].key == nil {
				s.table[j] = setEntry{k, h}
				s.fill++
				s.used++
				return
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// Discard removes k and reports whether it was present.
func (s *Set) Discard(in *Interp, k Value) (bool, error) {
	h, err := in.Hash(k)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(in, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{dummy, -1}
	s.used--
	return true, nil
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummy {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a copy, built as CPython's set_copy builds it (so the
// iteration order is CPython's too).
func (s *Set) Copy() *Set {
	c := &Set{}
	c.merge(nil, s)
	return c
}

// merge is setobject.c's set_merge: add every element of other.
func (s *Set) merge(in *Interp, other *Set) error {
	if other.used == 0 {
		return nil
	}
	s.init()
	if (s.fill+other.used)*5 >= s.mask*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && s.mask == other.mask && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range other.table {
			if e.key != nil && e.key != dummy {
				s.insertClean(e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != dummy {
			if err := s.addHash(in, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update is set_update_internal: add the elements of any iterable.
func (s *Set) update(in *Interp, v Value) error {
	switch o := v.(type) {
	case *Set:
		return s.merge(in, o)
	case *Dict:
		s.init()
		if (s.fill+o.n)*5 >= s.mask*3 {
			s.resize((s.used + o.n) * 2)
		}
	}
	it, err := in.Iter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(in)
		if err != nil || !ok {
			return err
		}
		if err := s.Add(in, x); err != nil {
			return err
		}
		if err := in.Step(); err != nil {
			return err
		}
	}
}

// discardHash removes an element whose hash is known.
func (s *Set) discardHash(in *Interp, k Value, h int64) (bool, error) {
	i, err := s.lookup(in, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{dummy, -1}
	s.used--
	return true, nil
}

func (s *Set) entries() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummy {
			out = append(out, e)
		}
	}
	return out
}

// setOp is |, &, - and ^ on two sets, following setobject.c.
func (in *Interp) setOp(op string, a, b *Set) (Value, error) {
	var r *Set
	switch op {
	case "|":
		r = a.Copy()
		if err := r.merge(in, b); err != nil {
			return nil, err
		}
	case "&":
		r = &Set{}
		x, y := a, b
		if y.used > x.used {
			x, y = y, x
		}
		for _, e := range y.entries() {
			i, err := x.lookup(in, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := r.addHash(in, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
	case "-":
		if a.used>>2 > b.used {
			r = a.Copy()
			for _, e := range b.entries() {
				if _, err := r.discardHash(in, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		} else {
			r = &Set{}
			for _, e := range a.entries() {
				i, err := b.lookup(in, e.key, e.hash)
				if err != nil {
					return nil, err
				}
				if i < 0 {
					if err := r.addHash(in, e.key, e.hash); err != nil {
						return nil, err
					}
				}
			}
		}
	case "^":
		r = b.Copy()
		for _, e := range a.entries() {
			found, err := r.discardHash(in, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if !found {
				if err := r.addHash(in, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
	default:
		return nil, nil
	}
	r.frozen = a.frozen
	return r, nil
}

// pop removes and returns an arbitrary element (CPython's: the next one
// after the last popped position; here the first in table order).
func (s *Set) pop() (Value, bool) {
	for i, e := range s.table {
		if e.key != nil && e.key != dummy {
			s.table[i] = setEntry{dummy, -1}
			s.used--
			return e.key, true
		}
	}
	return nil, false
}
