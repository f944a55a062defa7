package main

import (
	"fmt"
	"slices"
)

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("stopped early at", i)
				return
			}
		}
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func main() {
	for i := range countTo(3) {
		fmt.Println(i)
	}
	for i := range countTo(10) {
		if i == 2 {
			break
		}
		fmt.Println("got", i)
	}
	for i, s := range pairs([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	sum := 0
	for v := range slices.Values([]int{1, 2, 3}) {
		sum += v
	}
	fmt.Println(sum)
}
