package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int, 2)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	var pending []int
	received := 0
	for in != nil || len(pending) > 0 {
		var send chan int
		var next int
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*v)
		case send <- next:
			pending = pending[1:]
		}
		for len(out) > 0 {
			received += <-out
		}
	}
	for len(out) > 0 {
		received += <-out
	}
	fmt.Println("sum of squares:", received)
}
