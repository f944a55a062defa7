// make([][1<<20]int, 1<<20), 8 TB; go build: fatal error: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := 1 << 20
	s := make([][1 << 20]int, n)
	fmt.Println(len(s))
}
