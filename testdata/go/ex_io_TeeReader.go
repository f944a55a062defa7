// ExampleTeeReader from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	var r io.Reader = strings.NewReader("some io.Reader stream to be read\n")

	r = io.TeeReader(r, os.Stdout)

	if _, err := io.ReadAll(r); err != nil {
		log.Fatal(err)
	}

}

// Output:
// some io.Reader stream to be read
