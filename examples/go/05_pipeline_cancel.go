// Title: A pipeline torn down by cancellation
package main

import (
	"context"
	"fmt"
)

func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				fmt.Println("generate: stopping")
				return
			}
		}
	}()
	return out
}

func filterOdd(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 0 {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				fmt.Println("filter: stopping")
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	odds := filterOdd(ctx, generate(ctx))
	for v := range odds {
		fmt.Println("got", v)
		if v >= 7 {
			cancel() // tear the whole pipeline down
			break
		}
	}
	for range odds { // drain until the stages have closed their channels
	}
	fmt.Println("pipeline stopped:", ctx.Err())
}
