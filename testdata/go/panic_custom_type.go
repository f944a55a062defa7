package main

import (
	"fmt"
)

type Code int

func main() {
	fmt.Println("custom")
	panic(Code(7))
}
