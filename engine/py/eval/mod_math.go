package eval

import (
	"math"
	"math/big"
)

// The math module: the functions real programs use, with CPython's
// results and error messages.

func init() {
	RegisterModule("math", func(in *Interp) (*Module, error) {
		m := NewModule("math")
		m.Dict["pi"] = Float(math.Pi)
		m.Dict["e"] = Float(math.E)
		m.Dict["tau"] = Float(2 * math.Pi)
		m.Dict["inf"] = Float(math.Inf(1))
		m.Dict["nan"] = Float(math.NaN())
		domain := func() error { return Errorf(ValueErrorClass, "math domain error") }
		f1 := func(name string, fn func(float64) (float64, error)) {
			m.Dict[name] = NewBuiltin(name, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
				if err := nargs(name, args, 1, 1); err != nil {
					return nil, err
				}
				x, ok := toFloat(args[0])
				if !ok {
					return nil, Errorf(TypeErrorClass, "must be real number, not %s", args[0].Type().Name)
				}
				r, err := fn(x)
				if err != nil {
					return nil, err
				}
				return Float(r), nil
			})
		}
		f1("sqrt", func(x float64) (float64, error) {
			if x < 0 {
				return 0, domain()
			}
			return math.Sqrt(x), nil
		})
		f1("exp", func(x float64) (float64, error) {
			r := math.Exp(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return 0, Errorf(OverflowErrorClass, "math range error")
			}
			return r, nil
		})
		f1("log2", func(x float64) (float64, error) {
			if x <= 0 {
				return 0, domain()
			}
			return math.Log2(x), nil
		})
		f1("log10", func(x float64) (float64, error) {
			if x <= 0 {
				return 0, domain()
			}
			return math.Log10(x), nil
		})
		f1("fabs", func(x float64) (float64, error) { return math.Abs(x), nil })
		f1("sin", func(x float64) (float64, error) { return math.Sin(x), nil })
		f1("cos", func(x float64) (float64, error) { return math.Cos(x), nil })
		f1("tan", func(x float64) (float64, error) { return math.Tan(x), nil })
		f1("atan", func(x float64) (float64, error) { return math.Atan(x), nil })
		f1("asin", func(x float64) (float64, error) {
			if x < -1 || x > 1 {
				return 0, domain()
			}
			return math.Asin(x), nil
		})
		f1("acos", func(x float64) (float64, error) {
			if x < -1 || x > 1 {
				return 0, domain()
			}
			return math.Acos(x), nil
		})
		f1("degrees", func(x float64) (float64, error) { return x * 180 / math.Pi, nil })
		f1("radians", func(x float64) (float64, error) { return x * math.Pi / 180, nil })
		def := func(name string, fn func(in *Interp, args []Value, kw []Kwarg) (Value, error)) {
			m.Dict[name] = NewBuiltin(name, fn)
		}
		def("log", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("log", args, 1, 2); err != nil {
				return nil, err
			}
			x, ok := toFloat(args[0])
			if !ok {
				return nil, Errorf(TypeErrorClass, "must be real number, not %s", args[0].Type().Name)
			}
			if x <= 0 {
				return nil, domain()
			}
			r := math.Log(x)
			if b, ok := args[0].(*BigInt); ok && math.IsInf(x, 1) {
				mant := new(big.Float).SetPrec(53)
				e := new(big.Float).SetPrec(53).SetInt(b.V).MantExp(mant)
				f, _ := mant.Float64()
				r = math.Log(f) + math.Ln2*float64(e)
			}
			if len(args) == 2 {
				base, ok := toFloat(args[1])
				if !ok || base <= 0 || base == 1 {
					if base == 1 {
						return nil, zeroDiv("float division by zero")
					}
					return nil, domain()
				}
				r /= math.Log(base)
			}
			return Float(r), nil
		})
		intRes := func(name string, fn func(float64) float64) {
			def(name, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
				if err := nargs(name, args, 1, 1); err != nil {
					return nil, err
				}
				if isIntLike(args[0]) {
					return normBig(toBig(args[0])), nil
				}
				x, ok := toFloat(args[0])
				if !ok {
					mname := "__" + name + "__"
					if f, ok := args[0].Type().lookup(mname); ok {
						return in.callMethod(f, args[0], nil, nil)
					}
					return nil, Errorf(TypeErrorClass, "must be real number, not %s", args[0].Type().Name)
				}
				return newInt(in, IntClass, []Value{Float(fn(x))}, nil)
			})
		}
		intRes("floor", math.Floor)
		intRes("ceil", math.Ceil)
		intRes("trunc", math.Trunc)
		def("pow", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("pow", args, 2, 2); err != nil {
				return nil, err
			}
			x, ok1 := toFloat(args[0])
			y, ok2 := toFloat(args[1])
			if !ok1 || !ok2 {
				return nil, Errorf(TypeErrorClass, "must be real number")
			}
			if x == 0 && y < 0 {
				return nil, domain()
			}
			return Float(floatPow(x, y)), nil
		})
		def("atan2", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var y, x float64
			if err := UnpackArgs("atan2", args, kw, "y", &y, "x", &x); err != nil {
				return nil, err
			}
			return Float(math.Atan2(y, x)), nil
		})
		def("hypot", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			acc := 0.0
			for _, a := range args {
				f, ok := toFloat(a)
				if !ok {
					return nil, Errorf(TypeErrorClass, "must be real number, not %s", a.Type().Name)
				}
				acc = math.Hypot(acc, f)
			}
			return Float(acc), nil
		})
		def("isclose", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var a, b float64
			rel, abs := 1e-9, 0.0
			if err := UnpackArgs("isclose", args, kw, "a", &a, "b", &b, "*rel_tol?", &rel, "*abs_tol?", &abs); err != nil {
				return nil, err
			}
			if a == b {
				return True, nil
			}
			if math.IsInf(a, 0) || math.IsInf(b, 0) {
				return False, nil
			}
			d := math.Abs(b - a)
			return Bool(d <= math.Abs(rel*b) || d <= math.Abs(rel*a) || d <= abs), nil
		})
		pred := func(name string, fn func(float64) bool) {
			def(name, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
				if err := nargs(name, args, 1, 1); err != nil {
					return nil, err
				}
				x, ok := toFloat(args[0])
				if !ok {
					return nil, Errorf(TypeErrorClass, "must be real number, not %s", args[0].Type().Name)
				}
				return Bool(fn(x)), nil
			})
		}
		pred("isnan", func(x float64) bool { return x != x })
		pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
		pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && x == x })
		def("gcd", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			r := new(big.Int)
			for _, a := range args {
				b := toBig(a)
				if b == nil {
					return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", a.Type().Name)
				}
				r.GCD(nil, nil, r, new(big.Int).Abs(b))
			}
			return normBig(r), nil
		})
		def("lcm", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			r := big.NewInt(1)
			for _, a := range args {
				b := toBig(a)
				if b == nil {
					return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", a.Type().Name)
				}
				b = new(big.Int).Abs(b)
				if b.Sign() == 0 {
					return Int(0), nil
				}
				g := new(big.Int).GCD(nil, nil, r, b)
				r.Mul(r, new(big.Int).Div(b, g))
			}
			return normBig(r), nil
		})
		def("factorial", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("factorial", args, 1, 1); err != nil {
				return nil, err
			}
			n, ok := ToInt(args[0])
			if !ok {
				return nil, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			if n < 0 {
				return nil, Errorf(ValueErrorClass, "factorial() not defined for negative values")
			}
			if n > 20000 {
				return nil, memoryError()
			}
			return normBig(new(big.Int).MulRange(1, n)), nil
		})
		def("comb", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var n, k int64
			if err := UnpackArgs("comb", args, kw, "n", &n, "k", &k); err != nil {
				return nil, err
			}
			if n < 0 || k < 0 {
				return nil, Errorf(ValueErrorClass, "n must be a non-negative integer")
			}
			if k > n {
				return Int(0), nil
			}
			return normBig(new(big.Int).Binomial(n, k)), nil
		})
		def("perm", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var n, k int64 = 0, -1
			if err := UnpackArgs("perm", args, kw, "n", &n, "k?", &k); err != nil {
				return nil, err
			}
			if k < 0 {
				k = n
			}
			if k > n {
				return Int(0), nil
			}
			return normBig(new(big.Int).MulRange(n-k+1, n)), nil
		})
		def("prod", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var it Value
			var start Value = Int(1)
			if err := UnpackArgs("prod", args, kw, "iterable", &it, "*start?", &start); err != nil {
				return nil, err
			}
			items, err := in.iterate(it)
			if err != nil {
				return nil, err
			}
			acc := start
			for _, x := range items {
				if acc, err = in.BinOp("*", acc, x); err != nil {
					return nil, err
				}
			}
			return acc, nil
		})
		def("fsum", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("fsum", args, 1, 1); err != nil {
				return nil, err
			}
			items, err := in.iterate(args[0])
			if err != nil {
				return nil, err
			}
			// Exact summation with big floats, rounded once.
			acc := new(big.Float).SetPrec(2000)
			for _, x := range items {
				f, ok := toFloat(x)
				if !ok {
					return nil, Errorf(TypeErrorClass, "must be real number, not %s", x.Type().Name)
				}
				acc.Add(acc, new(big.Float).SetPrec(2000).SetFloat64(f))
			}
			r, _ := acc.Float64()
			return Float(r), nil
		})
		return m, nil
	})
}
