// ExampleLen64 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("Len64(%064b) = %d\n", 8, bits.Len64(8))

}

// Output:
// Len64(0000000000000000000000000000000000000000000000000000000000001000) = 4
