package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(5) {
		fmt.Println("recv", v)
		sum += v
	}
	fmt.Println("sum", sum)
}
