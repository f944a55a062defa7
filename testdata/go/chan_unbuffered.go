package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		ch <- "ping"
	}()
	msg := <-ch
	fmt.Println(msg)
	done := make(chan bool)
	go func() {
		fmt.Println("working")
		done <- true
	}()
	<-done
	fmt.Println("done")
}
