// ExampleRemainder from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.1f", math.Remainder(100, 30))

}

// Output:
// 10.0
