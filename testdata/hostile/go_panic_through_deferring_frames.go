// a panic 50,000 frames deep unwinding through a deferred call in every frame; go build: the deferred calls run, then the panic.
// want-exit: 2
// want-stderr: ^panic: bottom\n
// want-stdout-prefix: start\n50000\n

package main

import "fmt"

var unwound int

func f(n int) {
	defer func() { unwound++ }()
	if n == 0 {
		panic("bottom")
	}
	f(n - 1)
}

func main() {
	fmt.Println("start")
	defer func() { fmt.Println(unwound) }()
	f(49999)
}
