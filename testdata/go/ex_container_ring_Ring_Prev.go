// ExampleRing_Prev from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

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
		r = r.Prev()
		fmt.Println(r.Value)
	}

}

// Output:
// 4
// 3
// 2
// 1
// 0
