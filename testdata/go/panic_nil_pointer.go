package main

import (
	"fmt"
)

type T struct{ v int }

func main() {
	var t *T
	fmt.Println("about to dereference")
	fmt.Println(t.v)
}
