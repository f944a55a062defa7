// ExampleRing_Next from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"container/ring"
	"fmt"
)

func main() {

	r := ring.New(5)

	n := r.Len()

	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}

	for j := 0; j < n; j++ {
		fmt.Println(r.Value)
		r = r.Next()
	}

}

// Output:
// 0
// 1
// 2
// 3
// 4
