// ExampleRotateLeft32 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("%032b\n", 15)
	fmt.Printf("%032b\n", bits.RotateLeft32(15, 2))
	fmt.Printf("%032b\n", bits.RotateLeft32(15, -2))

}

// Output:
// 00000000000000000000000000001111
// 00000000000000000000000000111100
// 11000000000000000000000000000011
