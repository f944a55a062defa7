// a String method that formats its own receiver; go build: fatal error: stack overflow.
// want-exit: 2
// want-stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// want-stderr: fatal error: stack overflow
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

type node struct{ next *node }

func (n node) String() string { return fmt.Sprint(n) }

func main() {
	fmt.Println("start")
	var n node
	fmt.Println(n.String())
}
