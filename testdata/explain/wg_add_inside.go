// explain: left-running@15#1 left-running@15#2 left-running@15#3
// findings: waitgroup-misuse@16
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
