package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	r := &List[U]{}
	items := l.All()
	slices.Reverse(items)
	for _, v := range items {
		r.Push(f(v))
	}
	return r
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty")
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, nil
}

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func main() {
	var l List[int]
	for i := 1; i <= 4; i++ {
		l.Push(i)
	}
	fmt.Println(l.All(), l.size)
	sl := MapList(&l, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(sl.All(), sl.size)
	w, err := MaxBy([]string{"go", "gopher", "gc"}, func(s string) int { return len(s) })
	fmt.Println(w, err)
	_, err = MaxBy([]int{}, func(i int) float64 { return float64(i) })
	fmt.Println(err)
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5, 2: 0.25}))
	fmt.Println(Keys(map[string]bool{"z": true, "a": false, "m": true}))
	fmt.Printf("%T %T\n", l, sl)
}
