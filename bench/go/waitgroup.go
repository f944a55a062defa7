// 10,000 goroutines joined by a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "total:", total)
}
