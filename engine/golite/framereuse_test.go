package golite

import (
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// A call whose one result is read at once gives its frame back for the
// next call of the function (releaseFrame). Each function here calls or
// is called while another frame of it is live, or makes something that
// refers to its frame after it returns; each result would change if a
// frame were handed on while still in use.
func TestFrameReuse(t *testing.T) {
	src := `package main

import (
	"fmt"
	"strings"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func twice(n int) int { return n * 2 }

func counter(start int) func() int {
	n := start
	return func() int { n++; return n }
}

func upper() func(string) string { return strings.ToUpper }

func upperOf(s string) func() string {
	b := strings.NewReplacer("a", "b")
	return func() string { return b.Replace(s) }
}

func sum(seq func(func(int) bool)) int {
	t := 0
	for v := range seq {
		t += v
	}
	return t
}

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func start(ch chan int, v int) int {
	go func() { ch <- twice(v) }()
	return v
}

func printer() func(...any) (int, error) { return fmt.Println }

func later(v int, done chan bool) int {
	go println("later", v)
	go func() { done <- true }()
	return v
}

func main() {
	pr := printer()
	pr("printed", twice(1))
	done := make(chan bool)
	l1, l2 := later(1, done), later(2, done)
	<-done
	<-done
	time.Sleep(time.Millisecond)
	fmt.Println(l1 + l2)
	fmt.Println(fib(20), twice(twice(twice(3))))
	a, b := counter(10), counter(20)
	fmt.Println(a(), a(), b(), a(), b())
	u := upper()
	fmt.Println(u("go"), twice(4), u("frame"))
	r1, r2 := upperOf("aa"), upperOf("ca")
	fmt.Println(r1(), r2())
	fmt.Println(sum(upTo(4)), sum(upTo(sum(upTo(3)))))
	ch := make(chan int)
	x := start(ch, 5)
	y := start(ch, 7)
	p, q := <-ch, <-ch
	fmt.Println(x, y, p+q)
}
`
	// What go run prints, as a reader of the program works it out.
	want := "printed 2\n3\n6765 24\n11 12 21 13 22\nGO 8 FRAME\nbb cb\n10 21\n5 7 24\n"
	tr := run(t, src, engine.Options{})
	if tr.Outcome.Kind != trace.OutcomeOK || tr.Outcome.Stdout != want {
		t.Errorf("%s: stdout %q, want %q (stderr %q)", tr.Outcome.Kind, tr.Outcome.Stdout, want, tr.Outcome.Stderr)
	}
	// The go statements' println reads v when its goroutine runs; Go
	// may run the two in either order.
	if e := tr.Outcome.Stderr; e != "later 1\nlater 2\n" && e != "later 2\nlater 1\n" {
		t.Errorf("stderr %q, want later 1 and later 2", e)
	}
}
