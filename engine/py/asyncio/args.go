package asyncio

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"taskline/engine/py/eval"
)

// Argument parsing for the module's functions and methods, with CPython's
// messages. A spec lists parameter names; a leading "*" marks the rest as
// keyword-only, and "|" separates required from optional ones:
// "delay|result" or "coro|*name,context".

type params struct {
	method   bool // a Python method: counts include self
	fn       string
	pos      []string // positional-or-keyword
	kwonly   []string
	required int // how many of pos are required
}

func parseSpec(fn, spec string) *params {
	p := &params{fn: fn}
	req, kw := true, false
	name := ""
	flush := func() {
		switch {
		case name == "":
		case kw:
			p.kwonly = append(p.kwonly, name)
		default:
			p.pos = append(p.pos, name)
			if req {
				p.required++
			}
		}
		name = ""
	}
	for _, r := range spec {
		switch r {
		case ',', ' ':
			flush()
		case '|':
			flush()
			req = false
		case '*':
			flush()
			kw = true
		default:
			name += string(r)
		}
	}
	flush()
	return p
}

// bind fills out (one slot per positional then keyword-only parameter; nil
// where not given). A call that passes every parameter positionally gets
// its own args back: nothing to fill, and nothing allocated for the
// calls made once per item (Queue.put).
func (p *params) bind(args []eval.Value, kw []eval.Kwarg) ([]eval.Value, error) {
	if len(kw) == 0 && len(p.kwonly) == 0 && len(args) == len(p.pos) {
		return args, nil
	}
	out := make([]eval.Value, len(p.pos)+len(p.kwonly))
	if len(args) > len(p.pos) {
		self := 0
		if p.method {
			self = 1
		}
		n, given := len(p.pos)+self, len(args)+self
		if p.required == len(p.pos) {
			return nil, typeError("%s() takes %d positional argument%s but %d %s given", p.fn, n, plural(n), given, were(given))
		}
		return nil, typeError("%s() takes from %d to %d positional arguments but %d %s given", p.fn, p.required+self, n, given, were(given))
	}
	copy(out, args)
	for _, k := range kw {
		i := -1
		for j, n := range p.pos {
			if n == k.Name {
				i = j
			}
		}
		for j, n := range p.kwonly {
			if n == k.Name {
				i = len(p.pos) + j
			}
		}
		if i < 0 {
			return nil, typeError("%s() got an unexpected keyword argument '%s'", p.fn, k.Name)
		}
		if out[i] != nil {
			return nil, typeError("%s() got multiple values for argument '%s'", p.fn, k.Name)
		}
		out[i] = k.Value
	}
	var missing []string
	for i := 0; i < p.required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+p.pos[i]+"'")
		}
	}
	if len(missing) > 0 {
		// As CPython words it: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
		list := missing[len(missing)-1]
		switch n := len(missing); {
		case n == 2:
			list = missing[0] + " and " + list
		case n > 2:
			list = strings.Join(missing[:n-1], ", ") + ", and " + list
		}
		return nil, typeError("%s() missing %d required positional argument%s: %s", p.fn, len(missing), plural(len(missing)), list)
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func were(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func typeError(format string, a ...any) *eval.Exception {
	return eval.Errorf(eval.TypeErrorClass, format, a...)
}

func noArgs(fn string, args []eval.Value, kw []eval.Kwarg) error {
	if len(kw) > 0 {
		return typeError("%s() takes no keyword arguments", fn)
	}
	if len(args) > 0 {
		return typeError("%s() takes no arguments (%d given)", fn, len(args))
	}
	return nil
}

// isNone reports whether a bound argument is absent or None.
func isNone(v eval.Value) bool {
	if v == nil {
		return true
	}
	_, ok := v.(eval.NoneType)
	return ok
}

// toFloat converts an int or float argument, as time arithmetic does; the
// TypeError message is format with the argument's type name.
func toFloat(in *eval.Interp, v eval.Value, format string) (float64, error) {
	switch x := v.(type) {
	case eval.Int:
		return float64(x), nil
	case eval.Float:
		return float64(x), nil
	case eval.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *eval.BigInt:
		// As float(x): a delay past float's range is an OverflowError
		// where CPython adds it to loop.time(). A negative one is -Inf,
		// which the callers treat as "now", as CPython's `delay <= 0`
		// checks do before converting.
		f, _ := new(big.Float).SetInt(x.V).Float64()
		if math.IsInf(f, 1) {
			return 0, eval.Errorf(eval.OverflowErrorClass, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, typeError(format, v.Type().Name)
}

func toInt(v eval.Value, what string) (int, error) {
	switch x := v.(type) {
	case eval.Int:
		return int(x), nil
	case eval.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, typeError("%s", what)
}

var _ = fmt.Sprint
