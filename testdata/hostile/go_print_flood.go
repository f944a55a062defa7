// 1 MB of output in 10,000 lines; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: xxxxxxxxxx

package main

import (
	"fmt"
)

func main() {
	for i := 0; i < 10000; i++ {
		fmt.Println("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
	}
}
