// var a [1 << 40][1 << 40]byte; go build: type ... larger than address space.
// want-exit: 1
// want-stderr: ^# command-line-arguments\n\./go_type_bomb_array\.go:\d+:6: type \[1099511627776\]\[1099511627776\]byte larger than address space\n

package main

import (
	"fmt"
)

func main() {
	var a [1 << 40][1 << 40]byte
	fmt.Println(len(a))
}
