// Title: The Go rendering of asyncio's self-cancelling gather
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// A worker that gives up calls cancel() on the shared context itself,
// without returning an error. Wait then returns "context canceled" from
// a sibling, an error that seems to come out of nowhere: the timeline shows
// who called cancel and who observed it. The fix is to return the real
// error (or use context.WithCancelCause and read context.Cause).
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("a: no work left, cancelling everything")
		cancel()
		return nil
	})
	g.Go(func() error {
		select {
		case <-time.After(time.Second):
			fmt.Println("b: done")
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	fmt.Println("Wait:", g.Wait())
}
