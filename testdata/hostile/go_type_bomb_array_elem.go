// make([][1 << 50]byte, 1); go build: type [1125899906842624]byte larger than address space.
// want-exit: 1
// want-stderr: \./go_type_bomb_array_elem\.go:\d+:2: type \[1125899906842624\]byte larger than address space

package main

import (
	"fmt"
)

func main() {
	s := make([][1 << 50]byte, 1)
	fmt.Println(len(s))
}
