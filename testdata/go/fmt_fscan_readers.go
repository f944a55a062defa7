package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	r := strings.NewReader("10 20 hello\n3.5 true\nx")
	var a, b int
	var s string
	n, err := fmt.Fscan(r, &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var f float64
	var t bool
	n, err = fmt.Fscanln(r, &f, &t)
	fmt.Println(n, err, f, t)
	var y int
	n, err = fmt.Fscan(r, &y)
	fmt.Println(n, err)
	n, err = fmt.Fscan(r, &y)
	fmt.Println(n, err, err == io.EOF)

	br := bufio.NewReader(strings.NewReader("7,8\n9 é"))
	var p, q int
	n, err = fmt.Fscanf(br, "%d,%d\n", &p, &q)
	fmt.Println(n, err, p, q)
	var word string
	n, err = fmt.Fscan(onlyReader{br}, &y, &word)
	fmt.Println(n, err, y, word)

	var k int
	_, err = fmt.Sscan("", &k)
	fmt.Println(err == io.EOF, err)
	_, err = fmt.Sscanf("5", "%d %d", &k, &a)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	v, ok := os.LookupEnv("TASKLINE_NOT_SET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	fmt.Fprintf(os.Stdout, "%d\n", 42)
	defer fmt.Println("deferred, not run")
	os.Exit(3)
}
