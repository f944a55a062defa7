// a closure that calls itself without end; go build: fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	var walk func(n int) int
	walk = func(n int) int { return walk(n+1) + n }
	fmt.Println(walk(0))
}
