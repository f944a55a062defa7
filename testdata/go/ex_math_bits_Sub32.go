// ExampleSub32 from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"math/bits"
)

func main() {

	n1 := []uint32{33, 23}

	n2 := []uint32{21, 12}

	d1, carry := bits.Sub32(n1[1], n2[1], 0)
	d0, _ := bits.Sub32(n1[0], n2[0], carry)
	nsum := []uint32{d0, d1}
	fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

	n1 = []uint32{3, 0x7fffffff}

	n2 = []uint32{1, 0x80000000}

	d1, carry = bits.Sub32(n1[1], n2[1], 0)
	d0, _ = bits.Sub32(n1[0], n2[0], carry)
	nsum = []uint32{d0, d1}
	fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

}

// Output:
// [33 23] - [21 12] = [12 11] (carry bit was 0)
// [3 2147483647] - [1 2147483648] = [1 4294967295] (carry bit was 1)
