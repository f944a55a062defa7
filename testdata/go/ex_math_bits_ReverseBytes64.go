// ExampleReverseBytes64 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("%064b\n", 15)
	fmt.Printf("%064b\n", bits.ReverseBytes64(15))

}

// Output:
// 0000000000000000000000000000000000000000000000000000000000001111
// 0000111100000000000000000000000000000000000000000000000000000000
