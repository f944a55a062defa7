// starts goroutines blocked on an unbuffered send, without end; go build: out of memory.
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
	c := make(chan int)
	for i := 0; ; i++ {
		go func() { c <- i }()
	}
}
