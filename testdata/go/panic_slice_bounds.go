package main

import (
	"fmt"
)

func main() {
	s := []int{1, 2, 3}
	n := 5
	fmt.Println(s[1:n])
}
