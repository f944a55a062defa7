// ExampleNew_unique from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"errors"
	"fmt"
)

var ErrSentinel = errors.New("an error")

func OopsNew() error {
	return errors.New("an error")
}

func OopsSentinel() error {
	return ErrSentinel
}

func main() {
	err1 := OopsNew()
	err2 := OopsNew()
	fmt.Println("Errors using distinct errors.New calls:")
	fmt.Printf("Is(%q, %q) = %v\n", err1, err2, errors.Is(err1, err2))

	err3 := OopsSentinel()
	err4 := OopsSentinel()
	fmt.Println()
	fmt.Println("Errors using a sentinel error:")
	fmt.Printf("Is(%q, %q) = %v\n", err3, err4, errors.Is(err3, err4))

}

// Output:
// Errors using distinct errors.New calls:
// Is("an error", "an error") = false
//
// Errors using a sentinel error:
// Is("an error", "an error") = true
