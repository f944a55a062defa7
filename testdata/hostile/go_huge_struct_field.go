// a struct holding an 8 GB array; go build: fatal error: out of memory under the cap.
// want-exit: 2
// want-stderr: runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

type Big struct {
	n    int
	data [1 << 30]int64
}

func main() {
	fmt.Println("start")
	var b Big
	fmt.Println(b.n, len(b.data))
}
