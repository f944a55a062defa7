package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	return -1, errors.New("bad " + s)
}

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	for i := 0; i < 2; i++ {
		x := x + i
		fmt.Println(x)
	}
	fmt.Println(parse("21"))
	fmt.Println(parse("z"))
	err := errors.New("first")
	if true {
		err := errors.New("second")
		_ = err
	}
	fmt.Println(err)
	var a, b, c = 1, "two", 3.0
	a, b2 := a+1, b+"!"
	fmt.Println(a, b, b2, c)
	const k = 3
	var arr [k * 2]int
	fmt.Println(len(arr), k*1.5)
}
