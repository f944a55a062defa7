// appends one int at a time, for ever; go build: out of memory.
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
	var s []int64
	for i := 0; ; i++ {
		s = append(s, int64(i))
	}
}
