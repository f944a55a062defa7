package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("TASKLINE_SURELY_UNSET")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("TASKLINE_SURELY_UNSET"))
	fmt.Println(len(os.Args))
	fmt.Fprintln(os.Stderr, "warning: written to stderr")
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "answer", 42)
	fmt.Println(n, err)
	os.Stderr.WriteString("bye\n")
	os.Exit(0)
}
