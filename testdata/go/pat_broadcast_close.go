package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	started := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			started++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("before close:", started)
	mu.Unlock()
	close(start)
	wg.Wait()
	fmt.Println("after close:", started)
	_, ok := <-start
	fmt.Println("receive from closed:", ok)
}
