package main

import (
	"fmt"
)

func main() {
	fmt.Println("x")
	panic(42)
}
