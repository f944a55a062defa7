package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2
	t := time.Duration(d) * time.Second
	var x int = t
	fmt.Println(x)
}
