// even/odd recursion 2^40 deep; go build: fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func main() {
	fmt.Println("start")
	fmt.Println(even(1 << 40))
}
