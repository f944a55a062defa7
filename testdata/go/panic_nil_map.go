package main

import (
	"fmt"
)

func main() {
	var m map[string]int
	fmt.Println(m["x"])
	m["x"] = 1
}
