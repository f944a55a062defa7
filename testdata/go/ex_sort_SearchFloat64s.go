// ExampleSearchFloat64s from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []float64{1.0, 2.0, 3.3, 4.6, 6.1, 7.2, 8.0}

	x := 2.0
	i := sort.SearchFloat64s(a, x)
	fmt.Printf("found %g at index %d in %v\n", x, i, a)

	x = 0.5
	i = sort.SearchFloat64s(a, x)
	fmt.Printf("%g not found, can be inserted at index %d in %v\n", x, i, a)

}

// Output:
// found 2 at index 1 in [1 2 3.3 4.6 6.1 7.2 8]
// 0.5 not found, can be inserted at index 0 in [1 2 3.3 4.6 6.1 7.2 8]
