// ExampleRing_Move from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

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

	r = r.Move(3)

	r.Do(func(p any) {
		fmt.Println(p.(int))
	})

}

// Output:
// 3
// 4
// 0
// 1
// 2
