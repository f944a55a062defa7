// 64 goroutines each select 1,000 times between two channels; go build: ends normally.
// want-exit: 0
// want-stdout-prefix: 31968000\n

package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				select {
				case a <- j:
				case b <- j:
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(a)
	}()
	total := 0
	for {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println(total)
				return
			}
			total += v
		case v := <-b:
			total += v
		}
	}
}
