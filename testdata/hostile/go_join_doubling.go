// strings.Join of a list that holds its own joins; go build: out of memory.
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
	parts := []string{"a", "b"}
	for {
		parts = append(parts, strings.Join(parts, ","))
	}
}
