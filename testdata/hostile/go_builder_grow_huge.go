// strings.Builder.Grow(1 << 40); go build: fatal error: out of memory.
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
	var b strings.Builder
	b.Grow(1 << 40)
	fmt.Println(b.Len())
}
