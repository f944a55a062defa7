// Title: A race: run it with several seeds
package main

import (
	"fmt"
	"sync"
)

// Two goroutines append to a shared log; which one gets there first is up
// to the scheduler. The default schedule prints one order; other seeds
// find the other: press "Run schedules" (beside the output) to run seeds
// 0 to 19 and see both winners, then show one to read its timeline
// (`taskline explore` does the same on the command line).
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
