// explain: errgroup-first-error@27#2 ctx-cancel@27#2 ctx-observed@17#1 propagate@31#0
// findings: -
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func poll(ctx context.Context, every time.Duration) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return poll(ctx, 50*time.Millisecond) })
	g.Go(func() error {
		time.Sleep(120 * time.Millisecond)
		return errors.New("quota exceeded")
	})
	fmt.Println("Wait:", g.Wait(), "| cause:", context.Cause(ctx))
}
