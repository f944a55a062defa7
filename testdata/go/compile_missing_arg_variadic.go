package main

import "fmt"

func f(a int, xs ...int) {}

func main() {
	f()
	fmt.Println()
}
