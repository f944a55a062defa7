// Title: A race: run it with several seeds
package main

import (
	"fmt"
	"sync"
)

// Two goroutines append to a shared log; which one gets there first is up
// to the scheduler. The default schedule prints one order; other seeds
// (taskline explore) find the other.
func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, who := range []string{"alice", "bob"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			log = append(log, who)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("winner:", log[0])
}
