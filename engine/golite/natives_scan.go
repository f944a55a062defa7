package golite

import (
	"fmt"
	"go/types"
)

func init() {
	natives["fmt.sscan"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		args := a[3].Sl()
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
		switch a[0].I() {
		case 0:
			n, err = fmt.Sscan(a[1].S(), host...)
		case 1:
			n, err = fmt.Sscanln(a[1].S(), host...)
		default:
			n, err = fmt.Sscanf(a[1].S(), a[2].S(), host...)
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
