// a map of 1,000-byte strings, for ever; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Println("start")
	m := map[string]string{}
	for i := 0; ; i++ {
		m[strconv.Itoa(i)] = strings.Repeat("v", 1000)
	}
}
