package eval

import (
	"sort"
	"strings"
	"testing"
)

// mark is a native value that Reachable reports when it reaches it, and
// that holds further values through Referrer.
type mark struct {
	name   string
	refs   []Value
	opaque bool // holds references it cannot list
}

func (*mark) Type() *Class { return ObjectClass }

func (m *mark) Referents(yield func(Value)) bool {
	for _, v := range m.refs {
		yield(v)
	}
	return !m.opaque
}

func reached(roots []Value) (string, bool) {
	var names []string
	exact := Reachable(roots, func(v Value) {
		if m, ok := v.(*mark); ok {
			names = append(names, m.name)
		}
	})
	sort.Strings(names)
	return strings.Join(names, " "), exact
}

func TestReachable(t *testing.T) {
	cls := NewClass("Holder", "__main__")
	obj := &Object{Class: cls}
	obj.SetAttrLocal("task", &mark{name: "attr"})
	d := NewDict()
	d.SetStr("k", &mark{name: "dict-value"})
	d.SetStr("obj", obj)
	self := &mark{name: "self", refs: []Value{&mark{name: "held-by-native"}}}
	lst := NewList(nil)
	lst.Elems = append(lst.Elems, lst, d, Tuple{Int(1), &BoundMethod{Self: self, Fn: None}}) // a list holding itself
	gen := &Generator{fr: &frame{locals: []Value{&mark{name: "local"}}, cells: []*Cell{{V: &mark{name: "cell"}}, nil}}}
	fn := &Function{defaults: []Value{&mark{name: "default"}}, closure: []*Cell{{V: gen}}}

	got, exact := reached([]Value{lst, fn, Str("x"), None})
	want := "attr cell default dict-value held-by-native local self"
	if got != want || !exact {
		t.Errorf("reached %q (exact %v), want %q (exact true)", got, exact, want)
	}

	// A native value that cannot list all it holds makes the walk inexact,
	// and each value is visited once however often it is met.
	count := 0
	shared := &mark{name: "shared"}
	exact = Reachable([]Value{NewList([]Value{shared, shared, &mark{name: "opaque", opaque: true, refs: []Value{shared}}})}, func(v Value) {
		if v == Value(shared) {
			count++
		}
	})
	if exact || count != 1 {
		t.Errorf("opaque holder: exact %v, shared visited %d times; want false, 1", exact, count)
	}
}
