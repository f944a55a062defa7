// a million values through a buffered channel; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 499999500000\n

package main

import (
	"fmt"
)

func main() {
	c := make(chan int, 100)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < 1000000; i++ {
		c <- i
	}
	close(c)
	fmt.Println(<-done)
}
