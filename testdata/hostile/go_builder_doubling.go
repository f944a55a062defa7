// a strings.Builder that writes itself into itself; go build: fatal error: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("start")
	var b strings.Builder
	b.WriteString("seed")
	for {
		b.WriteString(b.String())
	}
}
