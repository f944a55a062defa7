// starts goroutines sleeping an hour, without end; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	for {
		go time.Sleep(time.Hour)
	}
}
