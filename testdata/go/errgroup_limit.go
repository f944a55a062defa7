package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var mu sync.Mutex
	running, peak := 0, 0
	for i := 0; i < 6; i++ {
		g.Go(func() error {
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			running--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), "peak", peak)
	var h errgroup.Group
	h.SetLimit(1)
	block := make(chan struct{})
	fmt.Println(h.TryGo(func() error { <-block; return nil }))
	fmt.Println(h.TryGo(func() error { return nil }))
	close(block)
	fmt.Println(h.Wait())
}
