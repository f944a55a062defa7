// panics with a 1 MB string; go build: prints it all.
// want-exit: 2
// want-stderr: ^panic: (boom){1000}
// want-stderr: (boom){1000}\n\ngoroutine 1 \[running\]:\nmain\.main
// want-stdout-prefix: start\n

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("start")
	panic(strings.Repeat("boom", 1<<18))
}
