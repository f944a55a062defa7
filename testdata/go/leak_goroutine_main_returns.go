package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("never", v)
	}()
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Println("main returns while goroutines are blocked")
}
