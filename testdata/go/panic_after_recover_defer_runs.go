package main

import (
	"fmt"
)

func main() {
	defer fmt.Println("deferred print runs before crash")
	var arr []int
	_ = arr[3]
}
