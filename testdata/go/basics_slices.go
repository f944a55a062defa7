package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := s[2:5]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]string, 2, 5)
	u = append(u, "x")
	fmt.Printf("%q %d %d\n", u, len(u), cap(u))
	c := make([]int, 3)
	n := copy(c, s)
	fmt.Println(n, c)
	m := [][]int{{1, 2}, {3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
	full := s[1:3:4]
	fmt.Println(len(full), cap(full))
	big := append([]int64(nil), 1, 2, 3, 4, 5)
	fmt.Println(cap(big))
	strs := append([]string{}, "a", "b", "c")
	fmt.Println(cap(strs))
	clear(c)
	fmt.Println(c)
}
