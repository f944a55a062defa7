// ExampleLeadingZeros64 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("LeadingZeros64(%064b) = %d\n", 1, bits.LeadingZeros64(1))

}

// Output:
// LeadingZeros64(0000000000000000000000000000000000000000000000000000000000000001) = 63
