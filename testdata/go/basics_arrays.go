package main

import "fmt"

type Grid [3][3]int

func main() {
	var a [5]int
	a[2] = 7
	b := a
	b[0] = 1
	fmt.Println(a, b, len(a))
	c := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(c), c)
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 9
	fmt.Println(g, h, g == h)
	p := &a
	p[4] = 44
	fmt.Println(a)
	for i, v := range [3]string{"x", "y", "z"} {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	sl := a[1:4]
	sl[0] = -1
	fmt.Println(a, sl)
}
