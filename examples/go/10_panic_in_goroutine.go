// Title: A panic in a goroutine is not recovered by main
package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() {
		// This recover never sees the worker's panic: recover only works
		// in the goroutine that panics. The whole program crashes.
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	go func() {
		var cfg map[string]string
		time.Sleep(10 * time.Millisecond)
		cfg["mode"] = "fast" // assignment to entry in nil map
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
