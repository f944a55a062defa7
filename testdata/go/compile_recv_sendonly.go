package main

import "fmt"

func consume(ch chan<- int) {
	fmt.Println(<-ch)
}

func main() {
	consume(make(chan int))
}
