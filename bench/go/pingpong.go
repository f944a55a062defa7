// Channel ping-pong: 200,000 messages over two unbuffered channels.
package main

import "fmt"

func main() {
	const n = 100000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println("messages:", 2*n, "sum:", sum)
}
