package main

import (
	"fmt"
)

func main() {
	var s string = 5
	fmt.Println(s)
}
