package eval

import (
	"math/big"
	"sort"
	"strings"
	"unicode/utf8"
)

// The short reprs of a task's label: the arguments of the call a task runs,
// shortened as CPython's reprlib.repr shortens them (Lib/reprlib.py, 3.11:
// strings and other objects to 30 characters, ints to 40, six items of a
// list/tuple/set, four of a dict, six levels deep, dict keys and set items
// sorted where they can be).
//
// A label is made while the program runs, where CPython makes none, so it
// must not change what the program does: it never calls Python code (a
// class's own __repr__, __lt__) and never asks for an object's address,
// which is handed out in order of first use and printed by reprs. Where
// reprlib would call such code, the label says what the value is instead:
// `<Job object>` for an instance of a class with its own __repr__ or without
// a repr of its own, `<function f>` for a function, and for a coroutine
// object the call that made it, `worker(1)`.

const (
	reprMaxLevel  = 6
	reprMaxTuple  = 6
	reprMaxList   = 6
	reprMaxDict   = 4
	reprMaxSet    = 6
	reprMaxString = 30
	reprMaxLong   = 40
	reprMaxOther  = 30
	reprFill      = "..."
)

// ShortRepr returns reprlib.repr(v) for a label: within the limits above,
// and without running Python code or handing out addresses.
func ShortRepr(v Value) string { return shortRepr(nil, v, reprMaxLevel) }

// ReprlibRepr returns reprlib.repr(v) as CPython computes it where asyncio
// uses it (a callback's arguments in "Exception in callback ...", a
// future's result= in its repr): the same limits, with the real repr of
// every other object, its class's __repr__ included.
func ReprlibRepr(in *Interp, v Value) string { return shortRepr(in, v, reprMaxLevel) }

// shortRepr is Repr.repr1; in nil means ShortRepr's safe reprs.
func shortRepr(in *Interp, v Value, level int) string {
	switch x := v.(type) {
	case Str:
		return shortStr(string(x))
	case Int, *BigInt:
		s, _ := (*Interp)(nil).repr(x)
		return cutMiddle(s, reprMaxLong)
	case Tuple:
		return shortIter(in, x, level, "(", ")", reprMaxTuple, ",")
	case *List:
		if x.Type() == ListClass {
			return shortIter(in, x.Elems, level, "[", "]", reprMaxList, "")
		}
	case *Dict:
		if x.Type() == DictClass {
			return shortDict(in, x, level)
		}
	case *Set:
		if x.used == 0 {
			if x.frozen {
				return "frozenset()"
			}
			return "set()"
		}
		elems := possiblySorted(x.Elems())
		if x.frozen {
			return shortIter(in, elems, level, "frozenset({", "})", reprMaxSet, "")
		}
		return shortIter(in, elems, level, "{", "}", reprMaxSet, "")
	}
	if in != nil {
		return cutMiddle(Repr(in, v), reprMaxOther)
	}
	if l, ok := v.(ShortLabeller); ok {
		return cutMiddle(l.ShortLabel(), reprMaxOther)
	}
	switch x := v.(type) {
	case NoneType, Bool, Float, Bytes, EllipsisType, *Range:
		s, _ := (*Interp)(nil).repr(x)
		return cutMiddle(s, reprMaxOther)
	case *Generator:
		if x.Kind == KindCoroutine && !x.Started() {
			return cutMiddle(x.CallLabel(), reprMaxOther)
		}
		return "<" + x.Type().Name + " object " + x.fn.Qualname + ">"
	case *Function:
		return cutMiddle("<function "+x.Qualname+">", reprMaxOther)
	case *Class:
		return cutMiddle("<class '"+classPath(x)+"'>", reprMaxOther)
	case *Module:
		return cutMiddle("<module '"+x.Name+"'>", reprMaxOther)
	case *Exception:
		if !userRepr(x) {
			var b strings.Builder
			b.WriteString(x.Class.Name)
			b.WriteByte('(')
			for i, a := range x.Args {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(shortRepr(nil, a, level-1))
			}
			b.WriteByte(')')
			return cutMiddle(b.String(), reprMaxOther)
		}
	}
	return "<" + v.Type().Name + " object>"
}

// ShortLabeller is implemented by native values that say what they are in
// a label without a repr of their own: an asyncio Task is `<Task Task-2>`.
type ShortLabeller interface {
	ShortLabel() string
}

// userRepr reports whether v's class has a __repr__ written in Python.
func userRepr(v Value) bool {
	m, ok := v.Type().lookup("__repr__")
	if !ok {
		return false
	}
	_, isFunc := m.(*Function)
	return isFunc
}

// shortStr is Repr.repr_str: the repr of the first 30 characters, and if
// that is still too long, its two ends around "...".
func shortStr(x string) string {
	if len(x) <= reprMaxString {
		// At most 30 characters: only its repr may be too long.
		if s := StrRepr(x); utf8.RuneCountInString(s) <= reprMaxString {
			return s
		}
	}
	r := []rune(x)
	head := r
	if len(head) > reprMaxString {
		head = head[:reprMaxString]
	}
	s := StrRepr(string(head))
	if n := len([]rune(s)); n > reprMaxString {
		i := max(0, (reprMaxString-3)/2)
		j := max(0, reprMaxString-3-i)
		both := append(append([]rune{}, r[:min(i, len(r))]...), r[max(len(r)-j, 0):]...)
		rs := []rune(StrRepr(string(both)))
		s = string(rs[:min(i, len(rs))]) + reprFill + string(rs[max(len(rs)-j, 0):])
	}
	return s
}

// cutMiddle keeps the two ends of s around "..." when it is longer than
// limit characters (Repr.repr_int and repr_instance).
func cutMiddle(s string, limit int) string {
	if len(s) <= limit {
		return s // no more bytes than the limit: no more characters either
	}
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := max(0, (limit-3)/2)
	j := max(0, limit-3-i)
	return string(r[:i]) + reprFill + string(r[len(r)-j:])
}

// shortIter is Repr._repr_iterable.
func shortIter(in *Interp, x []Value, level int, left, right string, maxIter int, trail string) string {
	n := len(x)
	var s string
	if level <= 0 && n > 0 {
		s = reprFill
	} else {
		pieces := make([]string, 0, min(n, maxIter)+1)
		for _, e := range x[:min(n, maxIter)] {
			pieces = append(pieces, shortRepr(in, e, level-1))
		}
		if n > maxIter {
			pieces = append(pieces, reprFill)
		}
		s = strings.Join(pieces, ", ")
		if n == 1 && trail != "" {
			right = trail + right
		}
	}
	return left + s + right
}

// shortDict is Repr.repr_dict.
func shortDict(in *Interp, d *Dict, level int) string {
	n := d.Len()
	if n == 0 {
		return "{}"
	}
	if level <= 0 {
		return "{" + reprFill + "}"
	}
	keys, vals := d.Items()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	if sortable(keys) {
		sort.SliceStable(idx, func(a, b int) bool { return valueLess(keys[idx[a]], keys[idx[b]]) })
	}
	var pieces []string
	for _, i := range idx[:min(n, reprMaxDict)] {
		pieces = append(pieces, shortRepr(in, keys[i], level-1)+": "+shortRepr(in, vals[i], level-1))
	}
	if n > reprMaxDict {
		pieces = append(pieces, reprFill)
	}
	return "{" + strings.Join(pieces, ", ") + "}"
}

// possiblySorted is reprlib's _possibly_sorted: sorted(x) where that
// succeeds, else x as it is. Only numbers among themselves and strings
// among themselves are compared here (anything else could run Python
// code); other mixtures keep their order.
func possiblySorted(x []Value) []Value {
	if !sortable(x) {
		return x
	}
	y := append([]Value(nil), x...)
	sort.SliceStable(y, func(a, b int) bool { return valueLess(y[a], y[b]) })
	return y
}

func sortable(x []Value) bool {
	nums, strs := 0, 0
	for _, v := range x {
		switch x := v.(type) {
		case Float:
			if x != x {
				return false // nan: Python's sort leaves no useful order either
			}
			nums++
		case Int, *BigInt, Bool:
			nums++
		case Str:
			strs++
		default:
			return false
		}
	}
	return nums == 0 || strs == 0
}

// valueLess compares two numbers or two strings as Python's < does.
func valueLess(a, b Value) bool {
	if sa, ok := a.(Str); ok {
		sb := b.(Str)
		return string(sa) < string(sb) // UTF-8 byte order is code point order
	}
	return numFloat(a).Cmp(numFloat(b)) < 0
}

// numFloat is a number exactly: big.Float takes the precision of the
// integer it is set from.
func numFloat(v Value) *big.Float {
	switch x := v.(type) {
	case Int:
		return new(big.Float).SetInt64(int64(x))
	case Bool:
		if x {
			return big.NewFloat(1)
		}
		return big.NewFloat(0)
	case *BigInt:
		return new(big.Float).SetInt(x.V)
	case Float:
		return big.NewFloat(float64(x))
	}
	return big.NewFloat(0)
}

// ShortQualname is a __qualname__ without the "outer.<locals>." of a
// nested function: what the program calls it by.
func ShortQualname(q string) string {
	if i := strings.LastIndex(q, "<locals>."); i >= 0 {
		return q[i+len("<locals>."):]
	}
	return q
}

// CallLabel is the call that made the generator or coroutine, as a person
// reads it: `worker('a', 0.1)`, `fetch(url, retries=3)`, `Client.get(path)`.
// The arguments are the ones the call passed, each as ShortRepr shows it:
// positional ones by position, keyword ones as name=value, the parameters
// left to their defaults not at all; a method's self (or a classmethod's
// cls) is left out, the class being in the name. The values are read from
// the parameters, so the label is only meaningful before the body runs.
func (g *Generator) CallLabel() string {
	c, fr := g.fn.code, g.fr
	name := ShortQualname(g.fn.Qualname)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	if g.state != genCreated {
		// Its parameters may have changed since the call: say only
		// that there were arguments, if there were.
		if g.npos > 0 || len(g.kwNames) > 0 {
			b.WriteString("...")
		}
		b.WriteByte(')')
		return b.String()
	}
	if fr == nil || len(c.paramSlot) == 0 || g.step != nil {
		b.WriteByte(')')
		return b.String()
	}
	param := func(i int) Value {
		r := c.paramSlot[i]
		if r.cell {
			if fr.cells[r.i] == nil {
				return nil
			}
			return fr.cells[r.i].V
		}
		return fr.locals[r.i]
	}
	n := 0
	arg := func(s string) {
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
		n++
	}
	first := 0
	if strings.Contains(name, ".") && c.npos > 0 && g.npos > 0 && (c.paramNames[0] == "self" || c.paramNames[0] == "cls") {
		first = 1
	}
	nparams := c.npos + len(c.kwonly)
	for i := first; i < min(g.npos, c.npos); i++ {
		if v := param(i); v != nil {
			arg(ShortRepr(v))
		}
	}
	if g.npos > c.npos && c.varargs != "" {
		if rest, ok := param(nparams).(Tuple); ok {
			for _, v := range rest {
				arg(ShortRepr(v))
			}
		}
	}
	for _, k := range g.kwNames {
		var v Value
		for j := c.nposonly; j < nparams; j++ {
			if c.paramNames[j] == k {
				v = param(j)
				break
			}
		}
		if v == nil && c.kwarg != "" {
			slot := nparams
			if c.varargs != "" {
				slot++
			}
			if d, ok := param(slot).(*Dict); ok {
				v, _ = d.GetStr(k)
			}
		}
		if v != nil {
			arg(k + "=" + ShortRepr(v))
		}
	}
	b.WriteByte(')')
	return b.String()
}
