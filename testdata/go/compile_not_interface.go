package main

import (
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var s Shape = Sq{}
	fmt.Println(s)
}
