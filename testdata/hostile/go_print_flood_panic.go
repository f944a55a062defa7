// 20,000 lines, then a panic; go build: the lines, then the panic.
// want-exit: 2
// want-stderr: ^panic: done printing\n
// want-stdout-prefix: line 0

package main

import (
	"fmt"
)

func main() {
	for i := 0; i < 20000; i++ {
		fmt.Printf("line %d %s\n", i, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")
	}
	panic("done printing")
}
