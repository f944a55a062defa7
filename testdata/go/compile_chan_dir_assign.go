package main

import "fmt"

func main() {
	var in <-chan int
	var out chan int = in
	fmt.Println(out)
}
