// appends a million ints at a time, for ever; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	var s []int
	for {
		s = append(s, make([]int, 1<<20)...)
	}
}
