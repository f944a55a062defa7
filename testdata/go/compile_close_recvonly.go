package main

func main() {
	var ch <-chan int = make(chan int)
	close(ch)
}
