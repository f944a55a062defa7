package main

import "fmt"

func f() string {
	return 1
}

func main() {
	fmt.Println(f())
}
