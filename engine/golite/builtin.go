package golite

import (
	"go/ast"
	"go/types"
	"strings"

	"taskline/engine/trace"
)

// builtin compiles a call of a predeclared function.
func (fc *fnCtx) builtin(name string, e *ast.CallExpr) ev {
	c := fc.c
	pos := e.Pos()
	arg := func(i int) ev { return fc.expr(e.Args[i]) }
	switch name {
	case "len", "cap":
		t := fc.typeOf(e.Args[0])
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		x := arg(0)
		isCap := name == "cap"
		switch t.Underlying().(type) {
		case *types.Basic:
			return func(fr *Frame) Value { return mkInt(int64(len(x(fr).S()))) }
		case *types.Slice:
			if isCap {
				return func(fr *Frame) Value { return mkInt(int64(cap(x(fr).Sl()))) }
			}
			return func(fr *Frame) Value { return mkInt(int64(len(x(fr).Sl()))) }
		case *types.Array:
			n := t.Underlying().(*types.Array).Len()
			return func(fr *Frame) Value { return mkInt(n) }
		case *types.Map:
			return func(fr *Frame) Value { m, _ := x(fr).R.(*Map); return mkInt(int64(m.Len())) }
		case *types.Chan:
			return func(fr *Frame) Value {
				ch, _ := x(fr).R.(*Chan)
				if ch == nil || ch.timer {
					// A timer's channel is synchronous since Go 1.23:
					// its len and cap are 0 (the runtime's chanlen and
					// chancap hide the slot that holds a due tick).
					return Value{}
				}
				if isCap {
					return mkInt(int64(ch.cap))
				}
				return mkInt(int64(len(ch.buf)))
			}
		}
	case "append":
		st := fc.typeOf(e)
		s := arg(0)
		if e.Ellipsis.IsValid() {
			y := arg(1)
			isStr := isStringType(fc.typeOf(e.Args[1]))
			sz := elemSize(st)
			return func(fr *Frame) Value {
				var add []Value
				if isStr {
					str := y(fr).S()
					fr.m.allocValues(int64(len(str)))
					add = make([]Value, len(str))
					for i := 0; i < len(str); i++ {
						add[i] = Value{N: uint64(str[i])}
					}
				} else {
					add = y(fr).Sl()
				}
				return Value{R: growAppend(fr.m, s(fr).Sl(), add, sz)}
			}
		}
		et := st.Underlying().(*types.Slice).Elem()
		var elems []ev
		for _, a := range e.Args[1:] {
			elems = append(elems, fc.value(a, et))
		}
		sz := elemSize(st)
		if len(elems) == 1 {
			e0 := elems[0]
			return func(fr *Frame) Value {
				old := s(fr).Sl()
				v := e0(fr)
				if len(old) < cap(old) {
					old = old[:len(old)+1]
					old[len(old)-1] = v
					return Value{R: old}
				}
				return Value{R: growAppend(fr.m, old, []Value{v}, sz)}
			}
		}
		return func(fr *Frame) Value {
			old := s(fr).Sl()
			add := make([]Value, len(elems))
			for i, f := range elems {
				add[i] = f(fr)
			}
			return Value{R: growAppend(fr.m, old, add, sz)}
		}
	case "make":
		t := fc.T(c.tv(e.Args[0]).Type)
		var n, m ev
		if len(e.Args) > 1 {
			n = arg(1)
		}
		if len(e.Args) > 2 {
			m = arg(2)
		}
		switch u := t.Underlying().(type) {
		case *types.Slice:
			ez := c.zero(u.Elem())
			agg := isAgg(u.Elem())
			esz := max(goSize(u.Elem()), 1)
			eb := aggBytes(u.Elem())
			return func(fr *Frame) Value {
				l := n(fr).I()
				cp := l
				if m != nil {
					cp = m(fr).I()
				}
				// runtime.makeslice: a size past what the address space
				// could hold is a panic; anything else is allocated, or
				// is out of memory.
				if l < 0 || l > maxAlloc/esz {
					panic(fr.m.runtimeErr("makeslice: len out of range"))
				}
				if cp < l || cp > maxAlloc/esz {
					panic(fr.m.runtimeErr("makeslice: cap out of range"))
				}
				fr.m.allocValues(cp)
				if agg {
					fr.m.alloc(mulSat(cp, eb))
				}
				s := make([]Value, l, cp)
				if agg {
					s = s[:cp]
					for i := range s {
						s[i] = ez()
					}
					s = s[:l]
				}
				return Value{R: s}
			}
		case *types.Map:
			key := c.key(u.Key())
			return func(fr *Frame) Value { return Value{R: newMap(key)} }
		case *types.Chan:
			ez := c.zero(u.Elem())
			return func(fr *Frame) Value {
				size := int64(0)
				if n != nil {
					size = n(fr).I()
				}
				if size < 0 || size > maxAlloc/max(goSize(u.Elem()), 1) {
					panic(fr.m.runtimeErrPlain("makechan: size out of range"))
				}
				// Go allocates a channel's buffer when it is made.
				fr.m.allocValues(size)
				return Value{R: &Chan{cap: int(size), zero: ez, ctxBy: -1}}
			}
		}
	case "new":
		t := fc.T(c.tv(e.Args[0]).Type)
		z := c.zero(t)
		if isAgg(t) {
			return func(fr *Frame) Value { return z() }
		}
		return func(fr *Frame) Value { v := z(); return Value{R: &v} }
	case "delete":
		mp, k := arg(0), fc.value(e.Args[1], fc.typeOf(e.Args[0]).Underlying().(*types.Map).Key())
		return func(fr *Frame) Value {
			m, _ := mp(fr).R.(*Map)
			m.Delete(k(fr))
			return Value{}
		}
	case "clear":
		x := arg(0)
		if _, ok := fc.typeOf(e.Args[0]).Underlying().(*types.Map); ok {
			return func(fr *Frame) Value { m, _ := x(fr).R.(*Map); m.Clear(); return Value{} }
		}
		ez := c.zero(fc.typeOf(e.Args[0]).Underlying().(*types.Slice).Elem())
		return func(fr *Frame) Value {
			s := x(fr).Sl()
			for i := range s {
				s[i] = ez()
			}
			return Value{}
		}
	case "copy":
		dst, src := arg(0), arg(1)
		isStr := isStringType(fc.typeOf(e.Args[1]))
		cl := c.cloner(fc.typeOf(e.Args[0]).Underlying().(*types.Slice).Elem())
		return func(fr *Frame) Value {
			d := dst(fr).Sl()
			if isStr {
				s := src(fr).S()
				n := 0
				for n < len(d) && n < len(s) {
					d[n] = Value{N: uint64(s[n])}
					n++
				}
				return mkInt(int64(n))
			}
			s := src(fr).Sl()
			n := copy(d, s)
			if cl != nil {
				for i := 0; i < n; i++ {
					d[i] = cl(d[i])
				}
			}
			return mkInt(int64(n))
		}
	case "close":
		ch := arg(0)
		return func(fr *Frame) Value {
			fr.pos = pos
			c, _ := ch(fr).R.(*Chan)
			fr.m.closeChan(fr, c, pos)
			return Value{}
		}
	case "panic":
		a := fc.value(e.Args[0], types.NewInterfaceType(nil, nil))
		return func(fr *Frame) Value {
			fr.pos = pos
			v := a(fr)
			if v.R == nil {
				// Since Go 1.21, panic(nil) panics with *runtime.PanicNilError.
				panic(fr.m.runtimeErrPlain("panic called with nil argument (use runtime.PanicNilError)"))
			}
			panic(fr.m.newPanic(fr, v))
		}
	case "recover":
		return func(fr *Frame) Value {
			p := fr.recov
			if p == nil || p.recovered {
				return Value{}
			}
			p.recovered = true
			fr.m.event(fr.g.task, trace.EvRecover, fr.m.pos(fr.m.userPos(fr.g)), fr.m.panicValueString(p.val), -1)
			return p.val
		}
	case "print", "println":
		var args []ev
		var ts []types.Type
		for i := range e.Args {
			args = append(args, arg(i))
			ts = append(ts, fc.typeOf(e.Args[i]))
		}
		ln := name == "println"
		return func(fr *Frame) Value {
			var b strings.Builder
			for i, a := range args {
				if ln && i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(printBuiltin(c, ts[i], a(fr)))
			}
			if ln {
				b.WriteByte('\n')
			}
			fr.m.emit(fr.g.task, 2, b.String(), fr.m.pos(pos))
			return Value{}
		}
	case "min", "max":
		t := fc.typeOf(e)
		var args []ev
		for _, a := range e.Args {
			args = append(args, fc.value(a, t))
		}
		less := c.arith(tokenLSS, t, pos)
		isMax := name == "max"
		k := basicKind(t)
		return func(fr *Frame) Value {
			best := args[0](fr)
			for _, a := range args[1:] {
				v := a(fr)
				if isFloatKind(k) && (v.F() != v.F()) {
					best = v
					continue
				}
				if isMax {
					if less(fr, best, v).N != 0 {
						best = v
					}
				} else if less(fr, v, best).N != 0 {
					best = v
				}
			}
			return best
		}
	}
	c.unsupported(e.Pos(), "builtin %s is not supported", name)
	return func(*Frame) Value { return Value{} }
}

// elemSize is the size in bytes of a slice's element on amd64, which Go's
// append uses to round capacities to its allocation size classes.
func elemSize(st types.Type) (size int64) {
	s, ok := st.Underlying().(*types.Slice)
	if !ok {
		return 8
	}
	defer func() {
		if recover() != nil {
			size = 8 // a type go/types cannot size (should not happen)
		}
	}()
	return types.SizesFor("gc", "amd64").Sizeof(s.Elem())
}

// growAppend appends add to old, growing capacity as Go's growslice does.
func growAppend(m *Machine, old, add []Value, size int64) []Value {
	n := len(old) + len(add)
	if n <= cap(old) {
		s := old[:n]
		copy(s[len(old):], add)
		return s
	}
	nc := nextCap(len(old), cap(old), n, size)
	m.allocValues(int64(nc))
	s := make([]Value, n, nc)
	copy(s, old)
	copy(s[len(old):], add)
	return s
}

func nextCap(oldLen, oldCap, newLen int, size int64) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		newcap = newLen
	} else {
		const threshold = 256
		if oldCap < threshold {
			newcap = doublecap
		} else {
			for 0 < newcap && newcap < newLen {
				newcap += (newcap + 3*threshold) >> 2
			}
			if newcap <= 0 {
				newcap = newLen
			}
		}
	}
	if size == 0 {
		return newcap
	}
	mem := roundupsize(int64(newcap) * size)
	return int(mem / size)
}

// sizeClasses are the Go allocator's small size classes.
var sizeClasses = []int64{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

func roundupsize(n int64) int64 {
	if n <= 32768 {
		for _, s := range sizeClasses {
			if s >= n {
				return s
			}
		}
	}
	const page = 8192
	return (n + page - 1) / page * page
}

// maxAlloc is the Go runtime's bound on one allocation on a 64-bit
// machine (1<<48 bytes, runtime/malloc.go): make past it panics with "len
// out of range"; below it, an allocation the memory budget cannot hold is
// Go's out-of-memory fatal error.
const maxAlloc = 1 << 48

// goSize is the size of a value of type t in a Go binary for amd64.
func goSize(t types.Type) int64 { return gcSizes.Sizeof(t) }

var gcSizes = types.SizesFor("gc", "amd64")

func isStringType(t types.Type) bool {
	k := basicKind(t)
	return k == types.String || k == types.UntypedString
}
