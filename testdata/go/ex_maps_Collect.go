// ExampleCollect from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s1 := []string{"zero", "one", "two", "three"}
	m1 := maps.Collect(slices.All(s1))
	fmt.Println("m1 is:", m1)

}

// Output:
// m1 is: map[0:zero 1:one 2:two 3:three]
