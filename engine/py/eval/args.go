package eval

import (
	"fmt"
	"strings"
)

// UnpackArgs binds positional and keyword arguments to Go variables, in the
// style of go.starlark.net's UnpackArgs. pairs alternates parameter names
// and pointers: "name", &v. A name ending in "?" is optional; a name
// starting with "*" is keyword-only. Pointer types: *Value (any value),
// *int64, *float64 (accepts ints), *string (a str), *bool (truth value).
//
//	var delay float64
//	var result Value = None
//	err := eval.UnpackArgs("sleep", args, kw, "delay", &delay, "result?", &result)
//
// Errors are TypeErrors worded as CPython words them.
func UnpackArgs(fname string, args []Value, kw []Kwarg, pairs ...any) error {
	n := len(pairs) / 2
	names := make([]string, n)
	optional := make([]bool, n)
	kwOnly := make([]bool, n)
	npos := 0
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		if strings.HasPrefix(name, "*") {
			name = name[1:]
			kwOnly[i] = true
		} else {
			npos++
		}
		if strings.HasSuffix(name, "?") {
			name = name[:len(name)-1]
			optional[i] = true
		}
		names[i] = name
	}
	if len(args) > npos {
		if npos == 0 {
			return Errorf(TypeErrorClass, "%s() takes no positional arguments", fname)
		}
		nreq := 0
		for i := 0; i < n; i++ {
			if !kwOnly[i] && !optional[i] {
				nreq++
			}
		}
		if nreq == npos {
			s := "s"
			if npos == 1 {
				s = ""
			}
			return Errorf(TypeErrorClass, "%s() takes exactly %d argument%s (%d given)", fname, npos, s, len(args))
		}
		s := "s"
		if npos == 1 {
			s = ""
		}
		return Errorf(TypeErrorClass, "%s() takes at most %d argument%s (%d given)", fname, npos, s, len(args))
	}
	set := make([]bool, n)
	for i, a := range args {
		if err := setArg(fname, names[i], pairs[2*i+1], a); err != nil {
			return err
		}
		set[i] = true
	}
	for _, k := range kw {
		found := false
		for i := 0; i < n; i++ {
			if names[i] == k.Name {
				if set[i] {
					return Errorf(TypeErrorClass, "%s() got multiple values for argument '%s'", fname, k.Name)
				}
				if err := setArg(fname, names[i], pairs[2*i+1], k.Value); err != nil {
					return err
				}
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorClass, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	for i := 0; i < n; i++ {
		if !set[i] && !optional[i] {
			if kwOnly[i] {
				return Errorf(TypeErrorClass, "%s() missing required keyword-only argument: '%s'", fname, names[i])
			}
			return Errorf(TypeErrorClass, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

func setArg(fname, name string, ptr any, v Value) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int64:
		n, ok := ToInt(v)
		if !ok {
			return Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = n
	case *int:
		n, ok := ToInt(v)
		if !ok {
			return Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = int(n)
	case *float64:
		f, ok := toFloat(v)
		if !ok {
			return Errorf(TypeErrorClass, "must be real number, not %s", v.Type().Name)
		}
		*p = f
	case *string:
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeErrorClass, "%s() argument '%s' must be str, not %s", fname, name, v.Type().Name)
		}
		*p = string(s)
	case *bool:
		*p = Truth(v)
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer type %T", ptr))
	}
	return nil
}

// noKw fails if keyword arguments were given to a builtin that takes none.
func noKw(fname string, kw []Kwarg) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorClass, "%s() takes no keyword arguments", fname)
	}
	return nil
}

func nargs(fname string, args []Value, lo, hi int) error {
	if len(args) >= lo && len(args) <= hi {
		return nil
	}
	if lo == hi {
		if lo == 1 {
			return Errorf(TypeErrorClass, "%s() takes exactly one argument (%d given)", fname, len(args))
		}
		if lo == 0 {
			return Errorf(TypeErrorClass, "%s() takes no arguments (%d given)", fname, len(args))
		}
		return Errorf(TypeErrorClass, "%s expected %d arguments, got %d", fname, lo, len(args))
	}
	if len(args) < lo {
		s := "s"
		if lo == 1 {
			s = ""
		}
		return Errorf(TypeErrorClass, "%s expected at least %d argument%s, got %d", fname, lo, s, len(args))
	}
	s := "s"
	if hi == 1 {
		s = ""
	}
	return Errorf(TypeErrorClass, "%s expected at most %d argument%s, got %d", fname, hi, s, len(args))
}
