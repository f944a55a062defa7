// An errgroup of 2,000 workers, one of which fails and cancels the rest.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	const n = 2000
	g, ctx := errgroup.WithContext(context.Background())
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		i := i // yaegi v0.16.1 predates per-iteration loop variables
		g.Go(func() error {
			<-start
			if i == n/2 {
				return errors.New("worker failed")
			}
			<-ctx.Done()
			return ctx.Err()
		})
	}
	close(start)
	fmt.Println("workers:", n, "error:", g.Wait())
}
