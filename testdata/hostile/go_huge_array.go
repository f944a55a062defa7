// var a [1 << 40]byte in main; go build: fatal error: out of memory, cannot allocate 1099511627776-byte block.
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
	var a [1 << 40]byte
	a[7] = 1
	fmt.Println(a[7])
}
