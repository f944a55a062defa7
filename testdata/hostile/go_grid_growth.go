// appends 64K-int rows for ever; go build: fatal error: out of memory.
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
	var grid [][]int
	for {
		grid = append(grid, make([]int, 1<<16))
	}
}
