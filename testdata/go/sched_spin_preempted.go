package main

import (
	"fmt"
	"time"
)

// A goroutine spinning without blocking does not keep main from running:
// Go's scheduler preempts it.
func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up beside a spinning goroutine")
}
