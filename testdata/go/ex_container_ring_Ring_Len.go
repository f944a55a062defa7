// ExampleRing_Len from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"container/ring"
	"fmt"
)

func main() {

	r := ring.New(4)

	fmt.Println(r.Len())

}

// Output:
// 4
