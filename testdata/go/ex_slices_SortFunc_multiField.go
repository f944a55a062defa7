// ExampleSortFunc_multiField from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	type Person struct {
		Name string
		Age  int
	}
	people := []Person{
		{"Gopher", 13},
		{"Alice", 55},
		{"Bob", 24},
		{"Alice", 20},
	}
	slices.SortFunc(people, func(a, b Person) int {
		if n := strings.Compare(a.Name, b.Name); n != 0 {
			return n
		}

		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

}

// Output:
// [{Alice 20} {Alice 55} {Bob 24} {Gopher 13}]
