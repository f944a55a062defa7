package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(200 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req, time.Since(start).Round(100*time.Millisecond))
	}
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(200 * time.Millisecond) {
			bursty <- t
		}
	}()
	start = time.Now()
	for i := 1; i <= 5; i++ {
		<-bursty
		fmt.Println("bursty", i, time.Since(start).Round(100*time.Millisecond))
	}
}
