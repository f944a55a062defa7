// starts goroutines that block for ever, without end; go build: fatal error: out of memory (or killed by the OS).
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
	for {
		go func() {
			select {}
		}()
	}
}
