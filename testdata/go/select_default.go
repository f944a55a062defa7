package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("channel full")
	}
}
