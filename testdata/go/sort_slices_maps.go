package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 5))
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	words := byLen{"banana", "kiwi", "apple"}
	sort.Sort(words)
	fmt.Println(words)
	ys := []string{"c", "a", "b"}
	slices.Sort(ys)
	fmt.Println(ys, slices.Contains(ys, "b"), slices.Index(ys, "c"))
	zs := []int{3, 1, 2}
	slices.SortFunc(zs, func(a, b int) int { return b - a })
	fmt.Println(zs, slices.Max(zs), slices.Min(zs))
	slices.Reverse(zs)
	fmt.Println(zs)
	m := map[string]int{"z": 1, "a": 2, "m": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	idx, found := slices.BinarySearch(keys, "m")
	fmt.Println(idx, found, slices.Equal([]int{1}, []int{1}))
	fmt.Println(sort.IsSorted(words), sort.Search(10, func(i int) bool { return i*i > 20 }))
}
