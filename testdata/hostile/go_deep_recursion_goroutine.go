// unbounded recursion in a goroutine; go build: fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func count(n int) int { return count(n+1) + 1 }

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() { done <- count(0) }()
	fmt.Println(<-done)
}
