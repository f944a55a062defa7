package main

// Two tickers made one after another: a 100ms one, then a 200ms one. At
// 200ms both are due, but Go's clock moved between the two NewTicker calls,
// so the 100ms ticker, made first, is due a little earlier: its tick reaches
// the select first, and the 200ms ticker's tick is taken on the next pass.

import (
	"fmt"
	"time"
)

func main() {
	fast := time.NewTicker(100 * time.Millisecond)
	slow := time.NewTicker(200 * time.Millisecond)
	defer fast.Stop()
	defer slow.Stop()
	start := time.Now()
	for i := 0; i < 6; i++ {
		select {
		case <-fast.C:
			fmt.Println("fast tick at", time.Since(start).Round(100*time.Millisecond))
		case <-slow.C:
			fmt.Println("slow tick at", time.Since(start).Round(100*time.Millisecond))
		}
	}
}
