package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	fmt.Println(Map([]int{1}, nil))
}
