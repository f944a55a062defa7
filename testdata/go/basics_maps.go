package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"apple": 5, "banana": 3}
	m["cherry"] = 7
	v, ok := m["apple"]
	fmt.Println(v, ok)
	v, ok = m["durian"]
	fmt.Println(v, ok)
	delete(m, "banana")
	fmt.Println(len(m), m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	type point struct{ x, y int }
	pm := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pm[point{1, 2}], pm[point{3, 4}], pm)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	fmt.Println(nested)
	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(im[1], im["a"], im[2.5], len(im))
	clear(m)
	fmt.Println(m)
}
