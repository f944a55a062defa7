package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		fmt.Println(n, classify(n))
	}
	switch x := 3; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four (fallthrough)")
	default:
		fmt.Println("default")
	}
	s := "go"
	switch s {
	case "python":
		fmt.Println("snake")
	default:
		fmt.Println("gopher")
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}
}
