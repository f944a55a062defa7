// unbounded recursion with a deferred recover in every frame, which cannot catch a fatal error; go build: fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stdout-prefix: start\n

package main

import "fmt"

func f(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	return f(n+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
