package main

import "fmt"

func main() {
	s := "x"
	fmt.Println(int(s))
}
