package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
	fmt.Println(1, 2.5, true, 'x', "s", nil)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Printf("%d %s %v\n", 7, "seven", []int{7})
}
