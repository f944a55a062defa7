// panics with a 1 MB error; go build: prints it all.
// want-exit: 2
// want-stderr: ^panic: e{1000}
// want-stderr: e{1000}\n\ngoroutine 1 \[running\]:
// want-stdout-prefix: start\n

package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	fmt.Println("start")
	panic(errors.New(strings.Repeat("e", 1<<20)))
}
