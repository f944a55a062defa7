// b = append(b, b...) until memory runs out; go build: out of memory.
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
	b := []byte("seed")
	for {
		b = append(b, b...)
	}
}
