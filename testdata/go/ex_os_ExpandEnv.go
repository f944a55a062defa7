// ExampleExpandEnv from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"os"
)

func main() {
	os.Setenv("NAME", "gopher")
	os.Setenv("BURROW", "/usr/gopher")

	fmt.Println(os.ExpandEnv("$NAME lives in ${BURROW}."))

}

// Output:
// gopher lives in /usr/gopher.
