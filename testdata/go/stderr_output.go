package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	os.Stdout.WriteString("direct\n")
	println("builtin println goes to stderr", 1)
}
