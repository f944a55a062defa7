// Title: A ticking worker stopped by its context
package main

import (
	"context"
	"fmt"
	"time"
)

func heartbeat(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for n := 1; ; n++ {
		select {
		case <-t.C:
			fmt.Println("beat", n)
		case <-ctx.Done():
			fmt.Println("heartbeat stopped:", context.Cause(ctx))
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 350*time.Millisecond,
		fmt.Errorf("maintenance window over"))
	defer cancel()
	done := make(chan struct{})
	go heartbeat(ctx, done)
	<-done
}
