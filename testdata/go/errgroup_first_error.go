package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for i := 1; i <= 3; i++ {
		g.Go(func() error {
			if i == 2 {
				time.Sleep(50 * time.Millisecond)
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-time.After(time.Second):
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	fmt.Println("wait:", err)
	fmt.Println("ctx:", ctx.Err(), errors.Is(context.Cause(ctx), err))
}
