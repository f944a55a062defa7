// strings.Repeat of 2 TB; go build: fatal error: out of memory.
// want-exit: 2
// want-stderr: runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("start")
	fmt.Println(len(strings.Repeat("ab", 1<<40)))
}
