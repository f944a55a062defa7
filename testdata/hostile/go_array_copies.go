// appends copies of an 8 MB array for ever; go build: out of memory.
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
	var a [1 << 20]int
	var list [][1 << 20]int
	for {
		list = append(list, a)
	}
}
