// ExampleTrailingZeros64 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("TrailingZeros64(%064b) = %d\n", 14, bits.TrailingZeros64(14))

}

// Output:
// TrailingZeros64(0000000000000000000000000000000000000000000000000000000000001110) = 1
