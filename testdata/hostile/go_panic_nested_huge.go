// a panic replaced by another in a deferred call, both long; go build: both printed.
// want-exit: 2
// want-stderr: ^panic: (first){1000}\n\tpanic: (second){1000}\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		panic(strings.Repeat("second", 1000))
	}()
	fmt.Println("start")
	panic(strings.Repeat("first", 1000))
}
