package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("hello, reader\nline two\n")
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", b, err, r.Len())
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	buf := make([]byte, 4)
	n2, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n2, err, err == io.ErrUnexpectedEOF)
	io.WriteString(os.Stdout, "ws\n")
}
