// s = s + s under a 64 MB budget, printing as it goes.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n2\n32\n512\n8192\n131072\n2097152\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	s := "x"
	for i := 0; ; i++ {
		s = s + s
		if i%4 == 0 {
			fmt.Println(len(s))
		}
	}
}
