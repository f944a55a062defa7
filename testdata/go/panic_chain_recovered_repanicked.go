package main

import "fmt"

type E struct{ s string }

func (e E) Error() string { return "E:" + e.s }

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(r)
	}()
	defer func() {
		panic(E{"second"})
	}()
	panic(fmt.Errorf("first %d", 1))
}
