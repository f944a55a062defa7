// Title: A leaked goroutine
package main

import (
	"fmt"
	"time"
)

// firstResult asks three replicas and returns the fastest answer. The
// channel is unbuffered, so the two slower replicas block on their send
// forever: they leak. Make it buffered (cap 3) to fix it.
func firstResult() string {
	ch := make(chan string)
	for i, d := range []time.Duration{30, 10, 20} {
		go func() {
			time.Sleep(d * time.Millisecond)
			ch <- fmt.Sprintf("replica %d", i)
		}()
	}
	return <-ch
}

func main() {
	fmt.Println("fastest:", firstResult())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main returns; look at the lanes still blocked on send")
}
