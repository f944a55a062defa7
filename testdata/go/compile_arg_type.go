package main

import (
	"fmt"
	"time"
)

func main() {
	n := 2
	time.Sleep(n * time.Second)
	fmt.Println("x")
}
