package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.code) }

func main() {
	var name string
	var age int
	var t Celsius
	n, err := fmt.Sscanf("alice 30 21.5", "%s %d %f", &name, &age, &t)
	fmt.Println(n, err, name, age, t)
	var a, b int
	n, err = fmt.Sscan("7 x", &a, &b)
	fmt.Println(n, err, a, b)
	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	var ok bool
	n, err = fmt.Sscan("", &ok)
	fmt.Println(n, err, ok)

	e := fmt.Errorf("wrapped: %w", &MyErr{42})
	if me, ok := errors.AsType[*MyErr](e); ok {
		fmt.Println("found", me.code, me)
	}
	_, ok = errors.AsType[*strconv.NumError](e)
	fmt.Println(ok)
}
