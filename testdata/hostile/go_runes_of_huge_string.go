// []rune of a 40 MB string (160 MB of runes) under a 64 MB budget: out of memory, as a Go binary is when it cannot get the memory.
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
	s := strings.Repeat("é", 20<<20)
	r := []rune(s)
	fmt.Println(len(r))
}
