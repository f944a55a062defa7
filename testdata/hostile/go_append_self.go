// s = append(s, s...) for ever; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	s := []int{1, 2, 3}
	for {
		s = append(s, s...)
	}
}
