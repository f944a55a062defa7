package main

import "fmt"

func f() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop body done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
}

func main() {
	fmt.Println(f())
	loop()
	args()
	defer fmt.Println("main exits")
}
