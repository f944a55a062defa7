package main

import (
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var n atomic.Int32
	for i := 0; i < 10; i++ {
		g.Go(func() error {
			n.Add(1)
			return nil
		})
	}
	fmt.Println(g.Wait(), n.Load())
}
