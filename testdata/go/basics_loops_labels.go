package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
	for {
		n++
		if n > 4 {
			break
		}
	}
	fmt.Println(n)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	k := 10
	for k > 0 {
		k -= 3
	}
	fmt.Println(k)
}
