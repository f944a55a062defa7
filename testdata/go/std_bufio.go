package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// bufio over strings and byte buffers: lines, words, a reader's
// ReadString to EOF, and a buffered writer that must be flushed.
func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\r\nsecond\n\nlast without newline"))
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)

	r := bufio.NewReader(bytes.NewBufferString("a,b,c"))
	for {
		tok, err := r.ReadString(',')
		fmt.Printf("%q %v\n", tok, err)
		if err == io.EOF {
			break
		}
	}

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes? ", 3)
	fmt.Println("(printed first)")
	fmt.Println(w.Buffered(), w.Available())
	w.Flush()
	fmt.Println()

	var buf bytes.Buffer
	buf.WriteString("x=")
	fmt.Fprintf(&buf, "%d", 42)
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
}
