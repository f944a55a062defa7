// make([]byte, 1<<40); go build: fatal error: out of memory, cannot allocate 1099511627776-byte block.
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
	s := make([]byte, n)
	fmt.Println(len(s))
}
