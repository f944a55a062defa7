package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	done := time.After(450 * time.Millisecond)
	n := 0
	for {
		select {
		case <-ticker.C:
			n++
			fmt.Println("tick", n)
		case <-done:
			fmt.Println("done after", n, "ticks")
			return
		}
	}
}
