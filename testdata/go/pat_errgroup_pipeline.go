package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	nums := make(chan int)
	squares := make(chan int)
	g.Go(func() error {
		defer close(nums)
		for i := 1; i <= 10; i++ {
			select {
			case nums <- i:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	for w := 0; w < 3; w++ {
		g.Go(func() error {
			for n := range nums {
				select {
				case squares <- n * n:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		g.Wait()
		close(squares)
	}()
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum:", sum, "err:", g.Wait())
}
