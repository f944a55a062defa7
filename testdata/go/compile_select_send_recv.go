package main

import "fmt"

func main() {
	ch := make(chan int)
	var out <-chan int = ch
	select {
	case out <- 1:
	default:
	}
	fmt.Println("x")
}
