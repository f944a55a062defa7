// Title: errgroup: the first error cancels its siblings
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, name string, d time.Duration, fail bool) error {
	select {
	case <-time.After(d):
		if fail {
			return errors.New(name + ": connection refused")
		}
		fmt.Println(name, "done")
		return nil
	case <-ctx.Done():
		fmt.Println(name, "cancelled:", ctx.Err())
		return ctx.Err()
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return fetch(ctx, "users", 100*time.Millisecond, false) })
	g.Go(func() error { return fetch(ctx, "orders", 200*time.Millisecond, true) })
	g.Go(func() error { return fetch(ctx, "invoices", time.Second, false) })
	g.Go(func() error { return fetch(ctx, "reports", 2*time.Second, false) })
	// Wait returns the first error; the others saw ctx.Done().
	err := g.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("cause:", context.Cause(ctx))
}
