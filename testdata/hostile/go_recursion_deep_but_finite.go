// recursion 50,000 deep that ends; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 50000\n

package main

import (
	"fmt"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(50000))
}
