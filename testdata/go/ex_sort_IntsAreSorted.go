// ExampleIntsAreSorted from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(sort.IntsAreSorted(s))

	s = []int{6, 5, 4, 3, 2, 1}
	fmt.Println(sort.IntsAreSorted(s))

	s = []int{3, 2, 4, 1, 5}
	fmt.Println(sort.IntsAreSorted(s))

}

// Output:
// true
// false
// false
