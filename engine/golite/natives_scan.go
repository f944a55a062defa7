package golite

import (
	"errors"
	"fmt"
	"go/types"
	"io"
	"unicode/utf8"
)

func init() {
	natives["fmt.sscan"] = func(fr *Frame, a []Value) []Value {
		str := stringReader(a[1].S())
		return scanNative(fr, a[0].I(), &str, a[2].S(), a[3].Sl())
	}
	natives["fmt.fscan"] = func(fr *Frame, a []Value) []Value {
		next, back := a[1].R.(*Closure), a[2].R.(*Closure)
		return scanNative(fr, a[0].I(), &progRunes{fr: fr, next: next, back: back}, a[3].S(), a[4].Sl())
	}
	natives["fmt.fullRune"] = func(fr *Frame, a []Value) []Value { return one(mkBool(utf8.FullRune(bytesOf(a[0])))) }
	natives["fmt.decodeRune"] = func(fr *Frame, a []Value) []Value {
		r, n := utf8.DecodeRune(bytesOf(a[0]))
		return []Value{mkInt(int64(r)), mkInt(int64(n))}
	}
	natives["fmt.ioError"] = func(fr *Frame, a []Value) []Value {
		// io's own EOF and ErrUnexpectedEOF, when the program loaded io
		// (without io it cannot compare an error with them).
		name := map[string]string{"EOF": "EOF", "unexpected EOF": "ErrUnexpectedEOF"}[a[0].S()]
		c := fr.m.c
		if lp := c.prog.byPath["io"]; lp != nil && name != "" {
			if v, ok := lp.pkg.Scope().Lookup(name).(*types.Var); ok && c.globals[v] != nil {
				return one(c.globals[v].V)
			}
		}
		return one(Value{})
	}
}

// stringReader is fmt's own reader of Sscan's string (not a
// RuneScanner), so that Sscan is the host's Sscan.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// progRunes is the program's reader as the host's fmt reads it: rune by
// rune, through the stub's closures.
type progRunes struct {
	fr         *Frame
	next, back *Closure
}

func (p *progRunes) ReadRune() (rune, int, error) {
	res := p.fr.m.callClosure(p.fr, p.next, nil)
	switch res[2].I() {
	case 1:
		return 0, 0, io.EOF
	case 2:
		return 0, 0, errors.New(res[3].S())
	}
	return rune(res[0].I()), int(res[1].I()), nil
}

func (p *progRunes) UnreadRune() error {
	p.fr.m.callClosure(p.fr, p.back, nil)
	return nil
}

func (p *progRunes) Read([]byte) (int, error) {
	return 0, errors.New("progRunes is read by rune")
}

func bytesOf(v Value) []byte {
	sl := v.Sl()
	b := make([]byte, len(sl))
	for i, x := range sl {
		b[i] = byte(x.N)
	}
	return b
}

// scanNative scans from r, as kind 0 (Fscan), 1 (Fscanln) or 2 (Fscanf),
// into host variables made for the program's pointers, and stores back
// what was scanned.
func scanNative(fr *Frame, kind int64, r io.Reader, format string, args []Value) []Value {
	m := fr.m
	host := make([]any, len(args))
	stores := make([]func(), len(args))
	for i, v := range args {
		ifc, _ := v.R.(*Iface)
		var pt *types.Pointer
		if ifc != nil {
			pt, _ = ifc.T.(*types.Pointer)
		}
		var b *types.Basic
		if pt != nil {
			b, _ = pt.Elem().Underlying().(*types.Basic)
			if hasScan(pt) {
				b = nil
			}
		}
		var p *Value
		if ifc != nil {
			p, _ = ifc.V.R.(*Value)
		}
		if b == nil || p == nil {
			what := "nil"
			if ifc != nil {
				what = m.c.typeName(ifc.T)
			}
			panic(m.newPanic(fr, m.errorValue(fmt.Sprintf("fmt.Sscan into %s is not supported by Taskline (only pointers to booleans, numbers and strings)", what))))
		}
		host[i], stores[i] = scanTarget(b, p)
		if host[i] == nil {
			panic(m.newPanic(fr, m.errorValue(fmt.Sprintf("fmt.Sscan into %s is not supported by Taskline (only pointers to booleans, numbers and strings)", m.c.typeName(ifc.T)))))
		}
	}
	var n int
	var err error
	switch kind {
	case 0:
		n, err = fmt.Fscan(r, host...)
	case 1:
		n, err = fmt.Fscanln(r, host...)
	default:
		n, err = fmt.Fscanf(r, format, host...)
	}
	for i := 0; i < n && i < len(stores); i++ {
		stores[i]()
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	return []Value{mkInt(int64(n)), mkStr(msg)}
}

func hasScan(pt *types.Pointer) bool {
	ms := types.NewMethodSet(pt)
	for i := 0; i < ms.Len(); i++ {
		if ms.At(i).Obj().Name() == "Scan" {
			return true
		}
	}
	return false
}

// scanTarget makes a host variable of b's kind for fmt to scan into, and
// the store that copies it into the program's variable.
func scanTarget(b *types.Basic, p *Value) (any, func()) {
	switch b.Kind() {
	case types.Bool:
		x := new(bool)
		return x, func() { *p = mkBool(*x) }
	case types.String:
		x := new(string)
		return x, func() { *p = mkStr(*x) }
	case types.Int:
		x := new(int)
		return x, func() { *p = mkInt(int64(*x)) }
	case types.Int8:
		x := new(int8)
		return x, func() { *p = mkInt(int64(*x)) }
	case types.Int16:
		x := new(int16)
		return x, func() { *p = mkInt(int64(*x)) }
	case types.Int32:
		x := new(int32)
		return x, func() { *p = mkInt(int64(*x)) }
	case types.Int64:
		x := new(int64)
		return x, func() { *p = mkInt(*x) }
	case types.Uint:
		x := new(uint)
		return x, func() { *p = mkUint(uint64(*x)) }
	case types.Uint8:
		x := new(uint8)
		return x, func() { *p = mkUint(uint64(*x)) }
	case types.Uint16:
		x := new(uint16)
		return x, func() { *p = mkUint(uint64(*x)) }
	case types.Uint32:
		x := new(uint32)
		return x, func() { *p = mkUint(uint64(*x)) }
	case types.Uint64:
		x := new(uint64)
		return x, func() { *p = mkUint(*x) }
	case types.Float32:
		x := new(float32)
		return x, func() { *p = mkFloat(float64(*x)) }
	case types.Float64:
		x := new(float64)
		return x, func() { *p = mkFloat(*x) }
	}
	return nil, nil
}
