package main

import (
	"fmt"
)

func main() {
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}
