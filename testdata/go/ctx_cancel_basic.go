package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("stopped: ", ctx.Err())
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	time.Sleep(250 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel()
	fmt.Println(ctx.Err() == context.Canceled)
}
