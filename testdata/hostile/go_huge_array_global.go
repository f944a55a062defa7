// a 1 TB package variable; go build: main.big: symbol too large (1099511627776 bytes > 2000000000 bytes).
// want-exit: 1
// want-stderr: main\.big: symbol too large \(1099511627776 bytes > 2000000000 bytes\)

package main

import (
	"fmt"
)

var big [1 << 40]byte

func main() {
	fmt.Println("start")
	big[3] = 1
	fmt.Println(big[3])
}
