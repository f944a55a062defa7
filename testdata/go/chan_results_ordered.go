package main

import "fmt"

func main() {
	const n = 5
	results := make([]chan int, n)
	for i := range results {
		results[i] = make(chan int, 1)
		go func(i int) {
			results[i] <- i * 10
		}(i)
	}
	for _, ch := range results {
		fmt.Println(<-ch)
	}
}
