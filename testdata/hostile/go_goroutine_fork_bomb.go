// each goroutine starts two more; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func fork(n int) {
	go fork(n + 1)
	go fork(n + 1)
	select {}
}

func main() {
	fmt.Println("start")
	fork(0)
	select {}
}
