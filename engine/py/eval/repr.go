package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repr returns repr(v). Errors raised by a __repr__ are reported in the
// result text; use in.repr to propagate them.
func Repr(in *Interp, v Value) string {
	s, err := in.repr(v)
	if err != nil {
		return "<repr failed: " + err.Error() + ">"
	}
	return s
}

// Str_ returns str(v), like Repr.
func Str_(in *Interp, v Value) string {
	s, err := in.str(v)
	if err != nil {
		return "<str failed: " + err.Error() + ">"
	}
	return s
}

// ToStr returns str(v), propagating errors from __str__.
func (in *Interp) ToStr(v Value) (string, error) { return in.str(v) }

// ToRepr returns repr(v), propagating errors from __repr__.
func (in *Interp) ToRepr(v Value) (string, error) { return in.repr(v) }

func (in *Interp) str(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int, Float, Bool, NoneType, *BigInt:
		return in.repr(v)
	case *Exception:
		if m, ok := x.Class.lookup("__str__"); ok {
			if b, ok := m.(*Builtin); !ok || b.Method == nil || x.Class.Dict["__str__"] != nil || !x.Class.native {
				if _, isB := m.(*Builtin); !isB {
					return in.callStrMethod(m, v, "__str__")
				}
			}
		}
		return excStr(x), nil
	}
	if in != nil {
		if m, ok := v.Type().lookup("__str__"); ok {
			if _, isB := m.(*Builtin); !isB {
				return in.callStrMethod(m, v, "__str__")
			}
		}
	}
	return in.repr(v)
}

func (in *Interp) callStrMethod(m Value, v Value, name string) (string, error) {
	r, err := in.callMethod(m, v, nil, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", Errorf(TypeErrorClass, "%s returned non-string (type %s)", name, r.Type().Name)
	}
	return string(s), nil
}

func (in *Interp) repr(v Value) (string, error) {
	switch v.(type) {
	case *List, Tuple, *Dict, *Set:
		// A container's repr recurses into its elements: CPython counts
		// each level against the recursion limit, so a list nested
		// 100,000 deep is a RecursionError, not a deep Go stack.
		if err := in.enterNested(" while getting the repr of an object"); err != nil {
			return "", err
		}
		defer in.leaveNested()
	}
	return in.repr1(v)
}

func (in *Interp) repr1(v Value) (string, error) {
	switch x := v.(type) {
	case NoneType:
		return "None", nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *BigInt:
		if x.V.BitLen() > 14000 && len(x.V.String()) > 4300+boolDigit(x.V.Sign() < 0) {
			return "", Errorf(ValueErrorClass, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
		}
		return x.V.String(), nil
	case Float:
		return FloatRepr(float64(x)), nil
	case Str:
		return StrRepr(string(x)), nil
	case Bytes:
		return BytesRepr(string(x)), nil
	case *List:
		if in.reprEnter(x) {
			return "[...]", nil
		}
		defer in.reprLeave(x)
		return in.reprSeq("[", "]", x.Elems)
	case Tuple:
		if len(x) == 1 {
			s, err := in.repr(x[0])
			return "(" + s + ",)", err
		}
		return in.reprSeq("(", ")", x)
	case *Dict:
		if in.reprEnter(x) {
			return "{...}", nil
		}
		defer in.reprLeave(x)
		var b strings.Builder
		b.WriteByte('{')
		keys, vals := x.Items()
		for i := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			k, err := in.repr(keys[i])
			if err != nil {
				return "", err
			}
			b.WriteString(k)
			b.WriteString(": ")
			s, err := in.repr(vals[i])
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		b.WriteByte('}')
		return b.String(), nil
	case *Set:
		if x.used == 0 {
			if x.frozen {
				return "frozenset()", nil
			}
			return "set()", nil
		}
		s, err := in.reprSeq("{", "}", x.Elems())
		if x.frozen {
			s = "frozenset(" + s + ")"
		}
		return s, err
	case *Class:
		return "<class '" + classPath(x) + "'>", nil
	case *Function:
		return fmt.Sprintf("<function %s at %s>", x.Qualname, in.addr(x)), nil
	case *Builtin:
		if x.Self != nil {
			return fmt.Sprintf("<built-in method %s of %s object at %s>", x.Name, x.Self.Type().Name, in.addr(x.Self)), nil
		}
		if x.Method != nil {
			return fmt.Sprintf("<method '%s' objects>", x.Name), nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *BoundMethod:
		s, err := in.repr(x.Self)
		name := "?"
		if f, ok := x.Fn.(*Function); ok {
			name = f.Qualname
		}
		return "<bound method " + name + " of " + s + ">", err
	case *Module:
		return "<module '" + x.Name + "'>", nil
	case *Generator:
		return fmt.Sprintf("<%s object %s at %s>", x.Type().Name, x.fn.Qualname, in.addr(x)), nil
	case EllipsisType:
		return "Ellipsis", nil
	case notImplementedType:
		return "NotImplemented", nil
	case *Range:
		if x.step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.start, x.stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.start, x.stop, x.step), nil
	case *Property:
		return fmt.Sprintf("<property object at %s>", in.addr(x)), nil
	case *UnionType:
		parts := make([]string, len(x.Args))
		for i, a := range x.Args {
			if c, ok := a.(*Class); ok {
				parts[i] = classPath(c)
			} else {
				parts[i] = Repr(in, a)
			}
		}
		return strings.Join(parts, " | "), nil
	case *Slice:
		return "slice(" + Repr(in, noneIfNilV(x.Start)) + ", " + Repr(in, noneIfNilV(x.Stop)) + ", " + Repr(in, noneIfNilV(x.Step)) + ")", nil
	}
	if m, ok := v.Type().lookup("__repr__"); ok {
		if b, isB := m.(*Builtin); !isB || b != objectRepr {
			if in == nil {
				return "<" + v.Type().Name + ">", nil
			}
			if err := in.enterCall(); err != nil {
				return "", err
			}
			defer in.leaveCall()
			return in.callStrMethod(m, v, "__repr__")
		}
	}
	return fmt.Sprintf("<%s object at %s>", classPath(v.Type()), in.addr(v)), nil
}

// enterCall counts a native level of recursion (repr of a container
// calling __repr__); the limit is checked where the Python function is
// entered, as the message CPython prints there is the one users see.
func boolDigit(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (in *Interp) enterCall() error {
	in.th.depth++
	return nil
}
func (in *Interp) leaveCall() { in.th.depth-- }

func classPath(c *Class) string {
	if c.Module == "builtins" || c.Module == "" {
		return c.Qualname
	}
	return c.Module + "." + c.Qualname
}

// reprEnter and reprLeave track the containers being repr'd, so that a
// list containing itself prints as [...].
func (in *Interp) reprEnter(v Value) bool {
	if in == nil {
		return false
	}
	for _, x := range in.reprStack {
		if x == v {
			return true
		}
	}
	in.reprStack = append(in.reprStack, v)
	return false
}

func (in *Interp) reprLeave(v Value) {
	if in != nil {
		in.reprStack = in.reprStack[:len(in.reprStack)-1]
	}
}

func (in *Interp) reprSeq(open, close string, elems []Value) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := in.repr(e)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

// addr returns a stable fake address for reprs that show one. CPython's
// addresses vary from run to run; Taskline's count up from a fixed base so
// that runs are reproducible.
// Addr is the address CPython's default repr would show for v.
func (in *Interp) Addr(v Value) string { return in.addr(v) }

func (in *Interp) addr(v Value) string {
	if in == nil {
		return "0x7f0000000000"
	}
	if in.addrs == nil {
		in.addrs = map[int64]int{}
	}
	id := identityHash(v)
	k, ok := in.addrs[id]
	if !ok {
		k = len(in.addrs) + 1
		in.addrs[id] = k
	}
	return fmt.Sprintf("0x7f%010x", 0x1000000+k*0x30)
}

// FloatRepr formats f as CPython's repr does: the shortest string that
// round-trips, in fixed notation when the decimal exponent is in -4..15.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f != f:
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return neg + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return neg + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return neg + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	return fmt.Sprintf("%s%se%s%02d", neg, m, sign, exp)
}

// StrRepr quotes s as CPython's str.__repr__ does.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == utf8.RuneError:
			b.WriteRune(r)
		case r >= 0x80 && !unicode.IsPrint(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// BytesRepr quotes b as CPython's bytes.__repr__ does.
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
