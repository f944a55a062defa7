// errgroup.Go without end, each goroutine blocked; go build: out of memory.
// want-exit: 2
// want-stderr: fatal error: out of memory
// want-stdout-prefix: start\n
// args: --max-memory 64MB

package main

import (
	"context"
	"fmt"
	"golang.org/x/sync/errgroup"
)

func main() {
	fmt.Println("start")
	g, ctx := errgroup.WithContext(context.Background())
	for {
		g.Go(func() error {
			<-ctx.Done()
			return nil
		})
	}
}
