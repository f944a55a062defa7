// s = fmt.Sprintf("%s%s", s, s) until memory runs out; go build: fatal error: out of memory.
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
	s := "ab"
	for {
		s = fmt.Sprintf("%s%s", s, s)
	}
}
