// ExampleOnesCount64 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("OnesCount64(%064b) = %d\n", 14, bits.OnesCount64(14))

}

// Output:
// OnesCount64(0000000000000000000000000000000000000000000000000000000000001110) = 3
