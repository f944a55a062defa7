package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	done := make(chan bool)
	time.AfterFunc(70*time.Millisecond, func() { close(done) })
	n := 0
	for {
		select {
		case <-tick.C:
			n++
			fmt.Println("tick", n)
		case <-ctx.Done():
			fmt.Println("deadline:", ctx.Err())
			<-done
			fmt.Println("after func ran")
			return
		}
	}
}
