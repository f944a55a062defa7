package main

import (
	"context"
	"fmt"
)

func gen(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sq := square(ctx, gen(ctx))
	for v := range sq {
		if v > 50 {
			break
		}
		fmt.Println(v)
	}
	cancel()
	for range sq {
	}
	fmt.Println("pipeline torn down")
}
