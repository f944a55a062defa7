// fills a channel with a million-slot buffer with 8 KB slices; go build: fatal error: out of memory under the cap.
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
	c := make(chan []int, 1<<20)
	for {
		c <- make([]int, 1024)
	}
}
