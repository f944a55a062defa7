package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { count++ })
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
	f := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(f(), f())
}
