package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func main() {
	x := 5
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 42
	fmt.Println(x)
	q := new(int)
	*q = 9
	fmt.Println(*q)
	arr := []int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	type S struct{ A, B int }
	s := S{1, 2}
	fa := &s.B
	*fa = 7
	fmt.Println(s)
}
