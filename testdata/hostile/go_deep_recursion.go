// unbounded recursion; go build: goroutine stack exceeds 1000000000-byte limit, fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stderr: goroutine 1 \[running\]:\nmain\.f
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func f(n int) int { return f(n+1) + 1 }

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
