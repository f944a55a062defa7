// a million short fmt.Sprintf results thrown away; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 18888890\n

package main

import (
	"fmt"
)

func main() {
	n := 0
	for i := 0; i < 1000000; i++ {
		n += len(fmt.Sprintf("item %d of many", i))
	}
	fmt.Println(n)
}
