package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (string, int) { return "x", 1 }

func show(prefix string, args ...interface{}) {
	fmt.Println(prefix, len(args), args)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 2))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	s, n := pair()
	fmt.Println(s, n)
	show("a")
	show("b", 1, "two", 3.0)
	show("c", []interface{}{1, 2}...)
	_, r2 := divmod(7, 3)
	fmt.Println(r2)
}
