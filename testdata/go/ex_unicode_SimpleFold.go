// ExampleSimpleFold from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%#U\n", unicode.SimpleFold('A'))
	fmt.Printf("%#U\n", unicode.SimpleFold('a'))
	fmt.Printf("%#U\n", unicode.SimpleFold('K'))
	fmt.Printf("%#U\n", unicode.SimpleFold('k'))
	fmt.Printf("%#U\n", unicode.SimpleFold('\u212A'))
	fmt.Printf("%#U\n", unicode.SimpleFold('1'))

}

// Output:
// U+0061 'a'
// U+0041 'A'
// U+006B 'k'
// U+212A 'K'
// U+004B 'K'
// U+0031 '1'
