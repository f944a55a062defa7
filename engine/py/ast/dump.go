package ast

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns a one-line description of the tree rooted at n in the
// manner of CPython's ast.dump: `Name(Id='x')`, lists in brackets. Fields
// holding zero values (nil, "", false, 0, empty lists) are left out, and so
// are positions; DumpPositions includes them.
func Dump(n Node) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(n), false)
	return b.String()
}

// DumpPositions is Dump with each node's extent after its name, as in
// `Name@1:1-1:2(Id='x')`.
func DumpPositions(n Node) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(n), true)
	return b.String()
}

var (
	rangeType = reflect.TypeOf(Range{})
	posType   = reflect.TypeOf(Pos{})
)

func dump(b *strings.Builder, v reflect.Value, pos bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		if v.Kind() == reflect.Interface {
			dump(b, v.Elem(), pos)
			return
		}
		if bi, ok := v.Interface().(*big.Int); ok {
			b.WriteString(bi.String())
			return
		}
		dump(b, v.Elem(), pos)
	case reflect.Struct:
		t := v.Type()
		if t == reflect.TypeOf(Ellipsis{}) {
			b.WriteString("Ellipsis")
			return
		}
		b.WriteString(t.Name())
		if pos {
			if r, ok := t.FieldByName("Range"); ok && r.Type == rangeType {
				rg := v.FieldByIndex(r.Index).Interface().(Range)
				fmt.Fprintf(b, "@%d:%d-%d:%d", rg.Start.Line, rg.Start.Col, rg.End.Line, rg.End.Col)
			}
		}
		b.WriteByte('(')
		first := true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fv := v.Field(i)
			if f.Type == rangeType || f.Type == posType && !pos || fv.IsZero() && !(t.Name() == "Constant" && f.Name == "Value") {
				continue
			}
			if s, ok := fv.Interface().([]Stmt); ok && len(s) == 0 {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(f.Name)
			b.WriteByte('=')
			if f.Type == posType {
				p := fv.Interface().(Pos)
				fmt.Fprintf(b, "%d:%d", p.Line, p.Col)
				continue
			}
			dump(b, fv, pos)
		}
		b.WriteByte(')')
	case reflect.Slice:
		if bs, ok := v.Interface().([]byte); ok {
			b.WriteString("b" + strconv.Quote(string(bs)))
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			dump(b, v.Index(i), pos)
		}
		b.WriteByte(']')
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		if v.Bool() {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case reflect.Int32:
		if v.Type() == reflect.TypeOf(rune(0)) {
			b.WriteString(strconv.QuoteRune(rune(v.Int())))
			return
		}
		fmt.Fprint(b, v.Int())
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Complex128:
		b.WriteString(strconv.FormatFloat(imag(v.Complex()), 'g', -1, 64) + "j")
	default:
		fmt.Fprint(b, v.Interface())
	}
}
