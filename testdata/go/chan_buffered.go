package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	fmt.Println(<-ch, <-ch, len(ch))
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
}
