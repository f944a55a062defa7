package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}))
	s := Set[string]{}
	for _, w := range strings.Fields("a b a c b") {
		s.Add(w)
	}
	fmt.Println(s.Len(), s.Has("a"), s.Has("z"))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	p := Pair[string, []int]{"xs", []int{1, 2}}
	fmt.Println(p, p.Key)
	fmt.Printf("%v %T\n", Pair[int, bool]{1, true}, s)
}
