// make(chan int, -1) at run time; go build: panic: makechan: size out of range.
// want-exit: 2
// want-stderr: ^panic: makechan: size out of range\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := -1
	c := make(chan int, n)
	fmt.Println(cap(c))
}
