// 50,000 one-byte appends: over a gigabyte allocated in all but little kept; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 50000\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func main() {
	s := ""
	for i := 0; i < 50000; i++ {
		s += "x"
	}
	fmt.Println(len(s))
}
