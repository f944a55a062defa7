package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return xs[i], nil
}

func custom() {
	defer func() {
		r := recover()
		fmt.Println("recovered value:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	panic(errors.New("custom failure"))
}

func nested() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			panic("second")
		}()
		panic("first")
	}()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(index([]int{1, 2}, 5))
	custom()
	nested()
	fmt.Println("recover outside panic:", recover())
}
