// s += s until memory runs out; go build: fatal error: out of memory (under a 4 GB address-space cap).
// want-exit: 2
// want-stderr: runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)
// want-stderr: fatal error: out of memory
// want-stderr: goroutine 1 \[running\]:\nmain\.main
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	s := "x"
	for {
		s += s
	}
}
