// two million assignments to the same 1,000 keys; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 1000 1999999\n
// args: --max-memory 64MB

package main

import (
	"fmt"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 2000000; i++ {
		m[i%1000] = i
	}
	fmt.Println(len(m), m[999])
}
