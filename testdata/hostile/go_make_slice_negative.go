// make([]int, -5) at run time; go build: panic: runtime error: makeslice: len out of range.
// want-exit: 2
// want-stderr: ^panic: runtime error: makeslice: len out of range\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := -5
	s := make([]int, n)
	fmt.Println(len(s))
}
