package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		x := i
	}
	y := 2
	fmt.Println("done")
}
