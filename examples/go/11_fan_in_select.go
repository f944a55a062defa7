// Title: Fan-in with select and closed channels set to nil
package main

import (
	"fmt"
	"time"
)

func source(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s#%d", name, i)
		}
	}()
	return out
}

func main() {
	a := source("fast", 4, 30*time.Millisecond)
	b := source("slow", 2, 70*time.Millisecond)
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready: stop selecting it
				continue
			}
			fmt.Println(v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fmt.Println(v)
		}
	}
	fmt.Println("both sources closed")
}
