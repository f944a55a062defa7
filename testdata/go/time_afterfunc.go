package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	time.AfterFunc(50*time.Millisecond, func() {
		fmt.Println("after func ran")
		close(done)
	})
	fmt.Println("waiting")
	<-done
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", t.Stop())
}
