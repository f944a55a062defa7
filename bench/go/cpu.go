// A CPU-bound loop: arithmetic, a slice and function calls, no goroutines.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	best, arg := 0, 0
	for i := 1; i < 300000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println("longest collatz below 300000:", arg, best)
}
