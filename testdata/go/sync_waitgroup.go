package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for i := 1; i <= 100; i++ {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += i
		})
	}
	wg2.Wait()
	fmt.Println(total)
}
