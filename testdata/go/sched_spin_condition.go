package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Bool
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("setting the flag")
		ready.Store(true)
	}()
	for !ready.Load() {
	}
	fmt.Println("flag seen")
	start := time.Now()
	for time.Since(start) < 100*time.Millisecond {
	}
	fmt.Println("busy-waited", time.Since(start) >= 100*time.Millisecond)
}
