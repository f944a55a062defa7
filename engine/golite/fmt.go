package golite

import (
	"fmt"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The fmt package: verbs, flags, widths and precisions as Go's fmt
// applies them, Error and String methods honoured. Basic values are
// formatted by the host's own fmt with the same verb and flags, so numbers
// and quoting come out exactly as Go prints them; composite values are
// walked here following fmt's rules.

type pp struct {
	m       *Machine
	fr      *Frame
	b       strings.Builder
	errorf  bool
	wrapped []int
}

type spec struct {
	plus, minus, sharp, space, zero bool
	wid, prec                       int
	hasWid, hasPrec                 bool
	verb                            rune
}

func (s spec) host(verb rune) string {
	var b strings.Builder
	b.WriteByte('%')
	if s.plus {
		b.WriteByte('+')
	}
	if s.minus {
		b.WriteByte('-')
	}
	if s.sharp {
		b.WriteByte('#')
	}
	if s.space {
		b.WriteByte(' ')
	}
	if s.zero {
		b.WriteByte('0')
	}
	if s.hasWid {
		b.WriteString(strconv.Itoa(s.wid))
	}
	if s.hasPrec {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(s.prec))
	}
	b.WriteRune(verb)
	return b.String()
}

func (p *pp) ifaceOf(v Value) (types.Type, Value, bool) {
	ifc, _ := v.R.(*Iface)
	if ifc == nil {
		return nil, Value{}, false
	}
	return ifc.T, ifc.V, true
}

func (p *pp) doPrintln(args []Value) {
	for i, a := range args {
		if i > 0 {
			p.b.WriteByte(' ')
		}
		p.printArg(a, spec{verb: 'v'})
	}
	p.b.WriteByte('\n')
}

func (p *pp) doPrint(args []Value) {
	prevString := false
	for i, a := range args {
		t, _, ok := p.ifaceOf(a)
		isString := ok && basicKind(t) == types.String
		if i > 0 && !isString && !prevString {
			p.b.WriteByte(' ')
		}
		p.printArg(a, spec{verb: 'v'})
		prevString = isString
	}
}

// argIndex parses an explicit argument index [n] at format[i:]; it
// returns the new argument number, the new position and whether the index
// was well formed.
func argIndex(format string, i, argNum, nargs int) (int, int, bool, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, true, false
	}
	j := i + 1
	for j < len(format) && format[j] != ']' {
		j++
	}
	if j >= len(format) {
		return argNum, i + 1, false, true
	}
	n, err := strconv.Atoi(format[i+1 : j])
	if err != nil || n < 1 || n > nargs {
		return argNum, j + 1, false, true
	}
	return n - 1, j + 1, true, true
}

func (p *pp) doPrintf(format string, args []Value) {
	argNum := 0
	reordered := false
	goodArg := true
	end := len(format)
	for i := 0; i < end; {
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.b.WriteString(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++ // skip %
		var s spec
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				s.sharp = true
			case '0':
				s.zero = !s.minus
			case '+':
				s.plus = true
			case '-':
				s.minus = true
				s.zero = false
			case ' ':
				s.space = true
			default:
				break flags
			}
		}
		var found bool
		argNum, i, goodArg, found = argIndex(format, i, argNum, len(args))
		reordered = reordered || found
		// width
		if i < end && format[i] == '*' {
			i++
			if argNum < len(args) {
				// fmt's intFromArg: a width past a million is bad, not
				// a request for that much padding.
				if t, v, ok := p.ifaceOf(args[argNum]); ok && isIntKind(basicKind(t)) && !fmtTooLarge(v.I()) {
					s.wid, s.hasWid = int(v.I()), true
					if s.wid < 0 {
						s.minus, s.wid = true, -s.wid
					}
				} else {
					p.b.WriteString("%!(BADWIDTH)")
				}
				argNum++
			}
		} else {
			s.wid, s.hasWid, i = fmtParsenum(format, i, end)
		}
		if i < end && format[i] == '.' {
			i++
			s.hasPrec = true
			if goodArg {
				argNum, i, goodArg, found = argIndex(format, i, argNum, len(args))
				reordered = reordered || found
			}
			if i < end && format[i] == '*' {
				i++
				if argNum < len(args) {
					// fmt: a negative or too large precision argument
					// is reported, and no precision is used.
					if t, v, ok := p.ifaceOf(args[argNum]); ok && isIntKind(basicKind(t)) && !fmtTooLarge(v.I()) && v.I() >= 0 {
						s.prec = int(v.I())
					} else {
						s.prec, s.hasPrec = 0, false
						p.b.WriteString("%!(BADPREC)")
					}
					argNum++
				}
			} else {
				s.prec, s.hasPrec, i = fmtParsenum(format, i, end)
				if !s.hasPrec {
					s.prec, s.hasPrec = 0, true
				}
			}
		}
		if goodArg {
			argNum, i, goodArg, found = argIndex(format, i, argNum, len(args))
			reordered = reordered || found
		}
		if i >= end {
			p.b.WriteString("%!(NOVERB)")
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		s.verb = verb
		switch {
		case verb == '%':
			p.b.WriteByte('%')
			continue
		case !goodArg:
			p.b.WriteString("%!" + string(verb) + "(BADINDEX)")
			continue
		case argNum >= len(args):
			p.b.WriteString("%!" + string(verb) + "(MISSING)")
			continue
		case verb == 'w':
			if p.errorf {
				p.wrapped = append(p.wrapped, argNum)
				s.verb = 'v'
			} else {
				s.verb = 'v'
				p.b.WriteString("%!w(")
				p.printTypeEq(args[argNum])
				p.b.WriteString(")")
				argNum++
				continue
			}
		}
		p.printArg(args[argNum], s)
		argNum++
	}
	if !reordered && argNum < len(args) {
		p.b.WriteString("%!(EXTRA ")
		for i, a := range args[argNum:] {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.printTypeEq(a)
		}
		p.b.WriteByte(')')
	}
}

func (p *pp) printTypeEq(a Value) {
	t, _, ok := p.ifaceOf(a)
	if !ok {
		p.b.WriteString("<nil>")
		return
	}
	p.b.WriteString(p.m.c.typeName(t))
	p.b.WriteByte('=')
	p.printArg(a, spec{verb: 'v'})
}

func (p *pp) pad(str string, s spec) {
	if !s.hasWid || s.wid <= utf8.RuneCountInString(str) {
		p.b.WriteString(str)
		return
	}
	padding := strings.Repeat(" ", s.wid-utf8.RuneCountInString(str))
	if s.minus {
		p.b.WriteString(str + padding)
	} else {
		p.b.WriteString(padding + str)
	}
}

func (p *pp) printArg(a Value, s spec) {
	t, v, ok := p.ifaceOf(a)
	if !ok {
		switch s.verb {
		case 'T', 'v':
			p.pad("<nil>", s)
		default:
			p.b.WriteString("%!" + string(s.verb) + "(<nil>)")
		}
		return
	}
	switch s.verb {
	case 'T':
		p.pad(p.m.c.typeName(t), s)
		return
	case 'p':
		p.pad("0xc000012120", s)
		return
	}
	p.printValue(t, v, s, 0, true)
}

// handleMethods formats v with its Error or String method when fmt would.
func (p *pp) handleMethods(t types.Type, v Value, s spec) bool {
	c := p.m.c
	if s.sharp && s.verb == 'v' {
		if c.hasStringMethod(t, "GoString") {
			p.b.WriteString(p.callString(t, v, "GoString"))
			return true
		}
		return false
	}
	switch s.verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	for _, name := range []string{"Error", "String"} {
		if c.hasStringMethod(t, name) {
			str := p.callString(t, v, name)
			p.fmtString(str, s)
			return true
		}
	}
	return false
}

func (p *pp) callString(t types.Type, v Value, name string) string {
	out, other := p.tryString(t, v, name)
	if other != nil {
		// Panicking again here, after the deferred function has
		// returned, keeps unwinding a deep recursion linear: a panic
		// raised inside a deferred function nests in the one it
		// recovered, and the runtime walks that chain each time.
		panic(other)
	}
	return out
}

// tryString calls the method; a Go panic in it becomes fmt's PANIC= text,
// and any other unwinding (a fatal error, the step budget) is returned.
func (p *pp) tryString(t types.Type, v Value, name string) (out string, other any) {
	defer func() {
		if r := recover(); r != nil {
			gp, ok := r.(*goPanic)
			if !ok {
				other = r
				return
			}
			if _, isPtr := t.Underlying().(*types.Pointer); isPtr && isNilValue(v) || isPtr && v.R == nil {
				out = "<nil>"
				return
			}
			out = "%!v(PANIC=" + name + " method: " + p.m.panicValueString(gp.val) + ")"
		}
	}()
	// fmt's own frames between the caller and the method count toward
	// the stack depth: a String method that formats its receiver recurses
	// through them until the stack overflows, as in Go.
	p.fr.depth += fmtFrames
	defer func() { p.fr.depth -= fmtFrames }()
	r := p.m.callMethodOn(p.fr, t, v, name, nil, nil)
	return r[0].S(), nil
}

// fmtFrames is the depth charged for the fmt frames (Sprint, doPrint,
// printArg, handleMethods) between a formatting call and the method it
// calls.
const fmtFrames = 9

func (p *pp) fmtString(str string, s spec) {
	switch s.verb {
	case 'v':
		if s.sharp {
			p.b.WriteString(fmt.Sprintf(s.host('q'), str))
			return
		}
		p.b.WriteString(fmt.Sprintf(s.host('s'), str))
	case 's', 'q', 'x', 'X':
		p.b.WriteString(fmt.Sprintf(s.host(s.verb), str))
	default:
		p.b.WriteString("%!" + string(s.verb) + "(string=" + str + ")")
	}
}

func hostBasic(k types.BasicKind, v Value) any {
	switch k {
	case types.Bool, types.UntypedBool:
		return v.B()
	case types.Int, types.UntypedInt:
		return int(v.I())
	case types.Int8:
		return int8(v.I())
	case types.Int16:
		return int16(v.I())
	case types.Int32, types.UntypedRune:
		return int32(v.I())
	case types.Int64:
		return v.I()
	case types.Uint:
		return uint(v.N)
	case types.Uint8:
		return uint8(v.N)
	case types.Uint16:
		return uint16(v.N)
	case types.Uint32:
		return uint32(v.N)
	case types.Uint64:
		return v.N
	case types.Uintptr:
		return uintptr(v.N)
	case types.Float32:
		return float32(v.F())
	case types.Float64, types.UntypedFloat:
		return v.F()
	case types.String, types.UntypedString:
		return v.S()
	}
	return nil
}

func (p *pp) printValue(t types.Type, v Value, s spec, depth int, methods bool) {
	c := p.m.c
	if depth > 10000 {
		// A value that contains itself: Go's fmt recurses until the
		// goroutine's stack overflows.
		panic(fatalSignal{"stack overflow"})
	}
	if _, ok := t.Underlying().(*types.Interface); !ok && methods && p.handleMethods(t, v, s) {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		hv := hostBasic(u.Kind(), v)
		if hv == nil {
			p.b.WriteString("?")
			return
		}
		str := fmt.Sprintf(s.host(s.verb), hv)
		// Whether the verb suits the kind is asked of the kind's zero
		// value: the value itself may begin with "%!".
		if strings.HasPrefix(fmt.Sprintf("%"+string(s.verb), hostBasic(u.Kind(), Value{})), "%!") {
			// Bad verb: Go names the program's type.
			str = "%!" + string(s.verb) + "(" + c.typeName(t) + "=" + fmt.Sprint(hv) + ")"
		}
		p.b.WriteString(str)
	case *types.Interface:
		ifc, _ := v.R.(*Iface)
		if ifc == nil {
			if s.sharp && s.verb == 'v' {
				p.b.WriteString(c.typeName(t) + "(nil)")
				return
			}
			p.pad("<nil>", s)
			return
		}
		p.printValue(ifc.T, ifc.V, s, depth+1, true)
	case *types.Struct:
		a := v.A()
		if s.sharp && s.verb == 'v' {
			p.b.WriteString(c.typeName(t))
		}
		p.b.WriteByte('{')
		for i := 0; i < u.NumFields(); i++ {
			if i > 0 {
				if s.sharp && s.verb == 'v' {
					p.b.WriteString(", ")
				} else {
					p.b.WriteByte(' ')
				}
			}
			f := u.Field(i)
			if s.plus || s.sharp && s.verb == 'v' {
				p.b.WriteString(f.Name() + ":")
			}
			var fv Value
			if a != nil && i < len(a.F) {
				fv = a.F[i]
			}
			p.printValue(f.Type(), fv, s, depth+1, f.Exported())
		}
		p.b.WriteByte('}')
	case *types.Slice, *types.Array:
		var elems []Value
		var et types.Type
		isNil := false
		if sl, ok := u.(*types.Slice); ok {
			elems, et = v.Sl(), sl.Elem()
			isNil = v.Sl() == nil
		} else {
			if a := v.A(); a != nil {
				elems = a.F
			}
			et = u.(*types.Array).Elem()
		}
		if basicKind(et) == types.Uint8 && (s.verb == 's' || s.verb == 'q' || s.verb == 'x' || s.verb == 'X') {
			bs := make([]byte, len(elems))
			for i, e := range elems {
				bs[i] = byte(e.N)
			}
			p.b.WriteString(fmt.Sprintf(s.host(s.verb), bs))
			return
		}
		if s.sharp && s.verb == 'v' {
			if isNil {
				p.b.WriteString(c.typeName(t) + "(nil)")
				return
			}
			p.b.WriteString(c.typeName(t) + "{")
			for i, e := range elems {
				if i > 0 {
					p.b.WriteString(", ")
				}
				p.printValue(et, e, s, depth+1, true)
			}
			p.b.WriteByte('}')
			return
		}
		p.b.WriteByte('[')
		for i, e := range elems {
			if i > 0 {
				p.b.WriteByte(' ')
			}
			p.printValue(et, e, s, depth+1, true)
		}
		p.b.WriteByte(']')
	case *types.Map:
		mp, _ := v.R.(*Map)
		if s.sharp && s.verb == 'v' {
			if mp == nil {
				p.b.WriteString(c.typeName(t) + "(nil)")
				return
			}
			p.b.WriteString(c.typeName(t) + "{")
		} else {
			p.b.WriteString("map[")
		}
		keys := mp.snapshot(0)
		sortKeys(u.Key(), keys)
		for i, k := range keys {
			if i > 0 {
				if s.sharp && s.verb == 'v' {
					p.b.WriteString(", ")
				} else {
					p.b.WriteByte(' ')
				}
			}
			p.printValue(u.Key(), k, s, depth+1, true)
			p.b.WriteByte(':')
			val, _ := mp.Get(k)
			p.printValue(u.Elem(), val, s, depth+1, true)
		}
		if s.sharp && s.verb == 'v' {
			p.b.WriteByte('}')
		} else {
			p.b.WriteByte(']')
		}
	case *types.Pointer:
		if v.R == nil {
			if s.sharp && s.verb == 'v' {
				p.b.WriteString("(" + c.typeName(t) + ")(nil)")
				return
			}
			p.pad("<nil>", s)
			return
		}
		if depth == 0 {
			switch u.Elem().Underlying().(type) {
			case *types.Struct, *types.Array, *types.Slice, *types.Map:
				p.b.WriteByte('&')
				ev := v
				if r, ok := v.R.(*Value); ok {
					ev = *r
				}
				p.printValue(u.Elem(), ev, s, depth+1, true)
				return
			}
		}
		p.b.WriteString("0xc000012120")
	default:
		if isNilValue(v) {
			if s.sharp && s.verb == 'v' {
				p.b.WriteString("(" + c.typeName(t) + ")(nil)")
				return
			}
			p.pad("<nil>", s)
			return
		}
		p.b.WriteString("0xc000012120")
	}
}

// sortKeys orders map keys as fmt does (internal/fmtsort).
func sortKeys(t types.Type, keys []Value) {
	sort.SliceStable(keys, func(i, j int) bool { return compareKeys(t, keys[i], keys[j]) < 0 })
}

func compareKeys(t types.Type, a, b Value) int {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		k := u.Kind()
		switch {
		case k == types.String:
			return strings.Compare(a.S(), b.S())
		case isFloatKind(k):
			x, y := a.F(), b.F()
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		case isUnsigned(k):
			switch {
			case a.N < b.N:
				return -1
			case a.N > b.N:
				return 1
			}
			return 0
		case k == types.Bool:
			return int(a.N) - int(b.N)
		default:
			switch {
			case a.I() < b.I():
				return -1
			case a.I() > b.I():
				return 1
			}
			return 0
		}
	case *types.Interface:
		x, _ := a.R.(*Iface)
		y, _ := b.R.(*Iface)
		if x == nil || y == nil {
			if x == nil && y == nil {
				return 0
			}
			if x == nil {
				return -1
			}
			return 1
		}
		if !types.Identical(x.T, y.T) {
			return strings.Compare(x.T.String(), y.T.String())
		}
		return compareKeys(x.T, x.V, y.V)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if c := compareKeys(u.Field(i).Type(), a.A().F[i], b.A().F[i]); c != 0 {
				return c
			}
		}
		return 0
	case *types.Array:
		for i := range a.A().F {
			if c := compareKeys(u.Elem(), a.A().F[i], b.A().F[i]); c != 0 {
				return c
			}
		}
		return 0
	}
	return 0
}

// sprint helpers used by natives.
func (m *Machine) sprintf(fr *Frame, format string, args []Value) string {
	p := &pp{m: m, fr: fr}
	p.doPrintf(format, args)
	return p.b.String()
}

func (m *Machine) sprint(fr *Frame, args []Value) string {
	p := &pp{m: m, fr: fr}
	p.doPrint(args)
	return p.b.String()
}

func (m *Machine) sprintln(fr *Frame, args []Value) string {
	p := &pp{m: m, fr: fr}
	p.doPrintln(args)
	return p.b.String()
}

// fmtTooLarge is fmt's tooLarge: widths and precisions past a million are
// refused, so a format cannot ask for unbounded padding.
func fmtTooLarge(x int64) bool { return x > 1e6 || x < -1e6 }

// fmtParsenum is fmt's parsenum: a number too long gives up on the rest of
// the format (which then ends in %!(NOVERB)).
func fmtParsenum(s string, start, end int) (num int, isnum bool, newi int) {
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if fmtTooLarge(int64(num)) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}
