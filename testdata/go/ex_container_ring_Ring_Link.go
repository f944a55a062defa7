// ExampleRing_Link from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"container/ring"
	"fmt"
)

func main() {

	r := ring.New(2)
	s := ring.New(2)

	lr := r.Len()
	ls := s.Len()

	for i := 0; i < lr; i++ {
		r.Value = 0
		r = r.Next()
	}

	for j := 0; j < ls; j++ {
		s.Value = 1
		s = s.Next()
	}

	rs := r.Link(s)

	rs.Do(func(p any) {
		fmt.Println(p.(int))
	})

}

// Output:
// 0
// 0
// 1
// 1
