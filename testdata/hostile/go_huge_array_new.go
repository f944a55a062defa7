// new([1 << 40]byte); go build: fatal error: out of memory.
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
	p := new([1 << 40]byte)
	fmt.Println(p[0])
}
