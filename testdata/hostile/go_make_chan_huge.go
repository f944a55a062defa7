// make(chan int, 1<<40); go build: fatal error: out of memory.
// want-exit: 2
// want-stderr: runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := 1 << 40
	c := make(chan int, n)
	fmt.Println(cap(c))
}
