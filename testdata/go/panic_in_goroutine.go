package main

import (
	"fmt"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine running")
		panic("goroutine exploded")
	}()
	<-done
}
