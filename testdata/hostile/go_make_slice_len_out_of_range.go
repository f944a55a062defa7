// make([]int64, 1<<62); go build: panic: runtime error: makeslice: len out of range.
// want-exit: 2
// want-stderr: ^panic: runtime error: makeslice: len out of range\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := 1 << 62
	s := make([]int64, n)
	fmt.Println(len(s))
}
