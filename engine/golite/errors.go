package golite

import (
	"fmt"
	"go/types"
	"math"
	"runtime"
	"strconv"
	"strings"
)

// runtimeErr is a Go runtime error panic ("runtime error: ...").
func (m *Machine) runtimeErr(msg string) *goPanic {
	return m.runtimeErrPlain("runtime error: " + msg)
}

// runtimeErrPlain is a runtime.Error whose message has no prefix
// (interface conversion errors).
func (m *Machine) runtimeErrPlain(msg string) *goPanic {
	v := Value{R: &Iface{T: m.c.runtimeErrT, V: Value{R: &Agg{F: []Value{mkStr(msg)}}}}}
	p := &goPanic{val: v}
	if m.cur != nil {
		p.g = m.cur
		p.frame = m.cur.frame
		p.pos = m.userPos(m.cur)
		m.event(m.cur.task, "panic", m.pos(p.pos), msg, -1)
	}
	return p
}

func (m *Machine) nilDeref() *goPanic {
	return m.runtimeErr("invalid memory address or nil pointer dereference")
}

func (m *Machine) indexErr(i int64, n int) *goPanic {
	return m.runtimeErr(fmt.Sprintf("index out of range [%d] with length %d", i, n))
}

// errorValue makes an error interface value with message msg
// (*errors.errorString).
func (m *Machine) errorValue(msg string) Value {
	return Value{R: &Iface{T: m.c.errT, V: Value{R: &Agg{F: []Value{mkStr(msg)}}}}}
}

// plainErrorValue is a runtime panic value printed without prefix, such
// as "assignment to entry in nil map" (a runtime.plainError in Go).
func (m *Machine) plainErrorValue(msg string) Value {
	return Value{R: &Iface{T: m.c.runtimeErrT, V: Value{R: &Agg{F: []Value{mkStr(msg)}}}}}
}

// hostPanic converts a Go runtime error raised by the evaluator itself
// (a nil pointer or interface met where a value was expected) into the
// Go panic the program would have had.
func hostPanic(m *Machine, g *G, r any) *goPanic {
	re, ok := r.(runtime.Error)
	if !ok {
		return nil
	}
	msg := re.Error()
	if strings.Contains(msg, "nil pointer") || strings.Contains(msg, "interface conversion: interface is nil") || strings.Contains(msg, "interface {} is nil") {
		return m.nilDeref()
	}
	if strings.Contains(msg, "interface conversion") && strings.Contains(msg, "golite") {
		return m.nilDeref()
	}
	return nil
}

func isRuntimeNilDeref(m *Machine, v Value) bool {
	ifc, _ := v.R.(*Iface)
	if ifc == nil || ifc.T != m.c.runtimeErrT {
		return false
	}
	return strings.Contains(ifc.V.A().F[0].S(), "nil pointer dereference")
}

// panicValueString formats a panic value as Go's runtime prints it.
func (m *Machine) panicValueString(v Value) string {
	ifc, _ := v.R.(*Iface)
	if ifc == nil {
		return "nil"
	}
	c := m.c
	fr := m.anyFrame()
	if c.hasStringMethod(ifc.T, "Error") {
		if s, ok := m.safeMethodString(fr, ifc, "Error"); ok {
			return s
		}
	}
	if c.hasStringMethod(ifc.T, "String") {
		if s, ok := m.safeMethodString(fr, ifc, "String"); ok {
			return s
		}
	}
	t := ifc.T
	_, named := t.(*types.Named)
	if b, ok := t.Underlying().(*types.Basic); ok {
		var s string
		k := b.Kind()
		switch {
		case k == types.String:
			s = ifc.V.S()
			if named {
				return fmt.Sprintf("%s(%q)", c.typeName(t), s)
			}
			return s
		case k == types.Bool:
			s = strconv.FormatBool(ifc.V.B())
		case isUnsigned(k):
			s = strconv.FormatUint(ifc.V.N, 10)
		case isIntKind(k):
			s = strconv.FormatInt(ifc.V.I(), 10)
		case isFloatKind(k):
			s = printFloat(ifc.V.F())
		}
		if named {
			return fmt.Sprintf("%s(%s)", c.typeName(t), s)
		}
		return s
	}
	return fmt.Sprintf("(%s) 0xc000012120", c.typeName(t))
}

func (m *Machine) anyFrame() *Frame {
	if m.cur != nil && m.cur.frame != nil {
		return m.cur.frame
	}
	if m.cur != nil {
		return &Frame{g: m.cur, m: m}
	}
	return &Frame{m: m, g: &G{}}
}

func (m *Machine) safeMethodString(fr *Frame, ifc *Iface, name string) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isP := r.(*goPanic); isP {
				ok = false
				return
			}
			panic(r)
		}
	}()
	r := m.callMethodOn(fr, ifc.T, ifc.V, name, nil, nil)
	return r[0].S(), true
}

// printFloat formats like the print builtin: +1.500000e+000.
func printFloat(f float64) string {
	switch {
	case f != f:
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	s := strconv.FormatFloat(f, 'e', 6, 64)
	// Go's print uses a sign and a three-digit exponent.
	mant, exp, _ := strings.Cut(s, "e")
	if !strings.HasPrefix(mant, "-") {
		mant = "+" + mant
	}
	sign := exp[0]
	digits := exp[1:]
	for len(digits) < 3 {
		digits = "0" + digits
	}
	return mant + "e" + string(sign) + digits
}

func printBuiltin(c *compiler, t types.Type, v Value) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		k := u.Kind()
		switch {
		case k == types.Bool || k == types.UntypedBool:
			return strconv.FormatBool(v.B())
		case k == types.String || k == types.UntypedString:
			return v.S()
		case isUnsigned(k):
			return strconv.FormatUint(v.N, 10)
		case isIntKind(k):
			return strconv.FormatInt(v.I(), 10)
		case isFloatKind(k):
			return printFloat(v.F())
		case k == types.UntypedNil:
			return "nil"
		}
	case *types.Interface:
		if v.R == nil {
			return "(0x0,0x0)"
		}
		return "(0x4b4f40,0xc000012120)"
	}
	if isNilValue(v) {
		return "0x0"
	}
	return "0xc000012120"
}

// runtimePanic panics with a runtime error printed without prefix, such
// as "send on closed channel".
func (m *Machine) runtimePanic(fr *Frame, msg string, _ bool) {
	panic(m.runtimeErrPlain(msg))
}
