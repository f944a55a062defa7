package eval

import (
	"math"
	"math/big"
)

// The random module: CPython's Mersenne Twister (MT19937) and the
// algorithms of Lib/random.py on top of it, so that a seeded program draws
// exactly the numbers CPython draws.

type mt19937 struct {
	mt  [624]uint32
	idx int
}

func (m *mt19937) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < 624; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.idx = 624
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
}

func (m *mt19937) uint32() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag := [2]uint32{0, 0x9908b0df}
	if m.idx >= 624 {
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+397] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < 623; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+(397-624)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.mt[623] & upper) | (m.mt[0] & lower)
		m.mt[623] = m.mt[396] ^ (y >> 1) ^ mag[y&1]
		m.idx = 0
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt19937) random() float64 {
	a, b := m.uint32()>>5, m.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds as random.seed(n) does for an int n.
func (m *mt19937) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	words := n.Bits()
	_ = words
	mask := big.NewInt(0xffffffff)
	t := new(big.Int).Set(n)
	for t.Sign() > 0 {
		key = append(key, uint32(new(big.Int).And(t, mask).Uint64()))
		t.Rsh(t, 32)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

func (m *mt19937) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	r := new(big.Int)
	for i := 0; i < words; i++ {
		w := m.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		r.Or(r, new(big.Int).Lsh(big.NewInt(int64(w)), uint(32*i)))
		k -= 32
	}
	return r
}

// randbelow is Random._randbelow_with_getrandbits.
func (m *mt19937) randbelow(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := big.NewInt(n).BitLen()
	for {
		r := m.getrandbits(k).Int64()
		if r < n {
			return r
		}
	}
}

func (in *Interp) rng() *mt19937 {
	if in.random == nil {
		in.random = &mt19937{}
		in.random.seedBig(big.NewInt(in.Seed))
	}
	return in.random
}

func (in *Interp) randrange(args []Value) (Value, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, Errorf(TypeErrorClass, "randrange expected at least 1 argument, got %d", len(args))
	}
	var n [3]int64
	for i, a := range args {
		v, ok := ToInt(a)
		if !ok {
			return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", a.Type().Name)
		}
		n[i] = v
	}
	r := in.rng()
	switch len(args) {
	case 1:
		if n[0] <= 0 {
			return nil, Errorf(ValueErrorClass, "empty range for randrange()")
		}
		return Int(r.randbelow(n[0])), nil
	case 2:
		width := n[1] - n[0]
		if width <= 0 {
			return nil, Errorf(ValueErrorClass, "empty range for randrange() (%d, %d, %d)", n[0], n[1], width)
		}
		return Int(n[0] + r.randbelow(width)), nil
	}
	width, step := n[1]-n[0], n[2]
	if step == 0 {
		return nil, Errorf(ValueErrorClass, "zero step for randrange()")
	}
	var cnt int64
	if step > 0 {
		cnt = (width + step - 1) / step
	} else {
		cnt = (width + step + 1) / step
	}
	if cnt <= 0 {
		return nil, Errorf(ValueErrorClass, "empty range for randrange()")
	}
	return Int(n[0] + step*r.randbelow(cnt)), nil
}

func init() {
	RegisterModule("random", func(in *Interp) (*Module, error) {
		m := NewModule("random")
		def := func(name string, fn func(in *Interp, args []Value, kw []Kwarg) (Value, error)) {
			m.Dict[name] = NewBuiltin(name, fn)
		}
		def("seed", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var a Value = None
			if err := UnpackArgs("seed", args, kw, "a?", &a); err != nil {
				return nil, err
			}
			r := &mt19937{}
			switch x := a.(type) {
			case NoneType:
				r.seedBig(big.NewInt(in.Seed))
			case Int, Bool, *BigInt:
				r.seedBig(toBig(x))
			case Str:
				b := []byte(x)
				h := sum512(b)
				r.seedBig(new(big.Int).SetBytes(append(b, h[:]...)))
			case Float:
				h, _ := in.Hash(x)
				r.seedBig(big.NewInt(h))
			default:
				return nil, Errorf(TypeErrorClass, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
			}
			in.random = r
			return None, nil
		})
		def("random", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return Float(in.rng().random()), nil
		})
		def("getrandbits", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var k int64
			if err := UnpackArgs("getrandbits", args, kw, "k", &k); err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, Errorf(ValueErrorClass, "number of bits must be non-negative")
			}
			if k == 0 {
				return Int(0), nil
			}
			return normBig(in.rng().getrandbits(int(k))), nil
		})
		def("randrange", func(in *Interp, args []Value, kw []Kwarg) (Value, error) { return in.randrange(args) })
		def("randint", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorClass, "Random.randint() missing 1 required positional argument: 'b'")
			}
			b, ok := ToInt(args[1])
			if !ok {
				return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", args[1].Type().Name)
			}
			return in.randrange([]Value{args[0], Int(b + 1)})
		})
		def("uniform", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var a, b float64
			if err := UnpackArgs("uniform", args, kw, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			return Float(a + (b-a)*in.rng().random()), nil
		})
		def("choice", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("choice", args, 1, 1); err != nil {
				return nil, err
			}
			n, err := in.Len(args[0])
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, Errorf(IndexErrorClass, "Cannot choose from an empty sequence")
			}
			return in.GetItem(args[0], Int(in.rng().randbelow(int64(n))))
		})
		def("shuffle", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("shuffle", args, 1, 1); err != nil {
				return nil, err
			}
			l, ok := args[0].(*List)
			if !ok {
				return nil, &UnsupportedError{File: in.File, Line: in.Line(), What: "shuffle() of a non-list"}
			}
			r := in.rng()
			for i := len(l.Elems) - 1; i > 0; i-- {
				j := r.randbelow(int64(i + 1))
				l.Elems[i], l.Elems[j] = l.Elems[j], l.Elems[i]
			}
			return None, nil
		})
		def("sample", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var pop Value
			var k int64
			if err := UnpackArgs("sample", args, kw, "population", &pop, "k", &k); err != nil {
				return nil, err
			}
			var items []Value
			switch p := pop.(type) {
			case *List:
				items = p.Elems
			case Tuple:
				items = p
			case Str, *Range:
				var err error
				items, err = in.iterate(p)
				if err != nil {
					return nil, err
				}
			default:
				return nil, Errorf(TypeErrorClass, "Population must be a sequence.  For dicts or sets, use sorted(d).")
			}
			n := int64(len(items))
			if k < 0 || k > n {
				return nil, Errorf(ValueErrorClass, "Sample larger than population or is negative")
			}
			r := in.rng()
			result := make([]Value, k)
			setsize := int64(21)
			if k > 5 {
				setsize += int64(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
			}
			if n <= setsize {
				pool := append([]Value(nil), items...)
				for i := int64(0); i < k; i++ {
					j := r.randbelow(n - i)
					result[i] = pool[j]
					pool[j] = pool[n-i-1]
				}
			} else {
				selected := map[int64]bool{}
				for i := int64(0); i < k; i++ {
					j := r.randbelow(n)
					for selected[j] {
						j = r.randbelow(n)
					}
					selected[j] = true
					result[i] = items[j]
				}
			}
			return NewList(result), nil
		})
		def("choices", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var pop, weights, cum Value = nil, None, None
			var k int64 = 1
			if err := UnpackArgs("choices", args, kw, "population", &pop, "weights?", &weights, "*cum_weights?", &cum, "*k?", &k); err != nil {
				return nil, err
			}
			items, err := in.iterate(pop)
			if err != nil {
				return nil, err
			}
			n := len(items)
			r := in.rng()
			out := make([]Value, k)
			if weights == None && cum == None {
				for i := range out {
					out[i] = items[int(math.Floor(r.random()*float64(n)))]
				}
				return NewList(out), nil
			}
			var cw []float64
			if cum != None {
				cv, err := in.iterate(cum)
				if err != nil {
					return nil, err
				}
				for _, c := range cv {
					f, _ := toFloat(c)
					cw = append(cw, f)
				}
			} else {
				wv, err := in.iterate(weights)
				if err != nil {
					return nil, err
				}
				acc := 0.0
				for _, w := range wv {
					f, _ := toFloat(w)
					acc += f
					cw = append(cw, acc)
				}
			}
			if len(cw) != n {
				return nil, Errorf(ValueErrorClass, "The number of weights does not match the population")
			}
			total := cw[n-1]
			for i := range out {
				x := r.random() * total
				lo, hi := 0, n-1
				for lo < hi {
					mid := (lo + hi) / 2
					if x < cw[mid] {
						hi = mid
					} else {
						lo = mid + 1
					}
				}
				out[i] = items[lo]
			}
			return NewList(out), nil
		})
		return m, nil
	})
}
