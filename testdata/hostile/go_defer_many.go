// 100,000 deferred calls in one function; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 100000\n

package main

import (
	"fmt"
)

func main() {
	n := 0
	func() {
		for i := 0; i < 100000; i++ {
			defer func() { n++ }()
		}
	}()
	fmt.Println(n)
}
