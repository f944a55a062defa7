// Title: errgroup.SetLimit: at most two downloads at a time
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	start := time.Now()
	for i := 1; i <= 5; i++ {
		g.Go(func() error {
			time.Sleep(100 * time.Millisecond)
			fmt.Printf("file %d done at %v\n", i, time.Since(start).Round(10*time.Millisecond))
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait(), "total", time.Since(start).Round(10*time.Millisecond))
}
