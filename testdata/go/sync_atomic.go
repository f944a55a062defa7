package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Int64
	var old int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 100; c++ {
				ops.Add(1)
				atomic.AddInt32(&old, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), atomic.LoadInt32(&old))
	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load())
	var v atomic.Value
	v.Store("config")
	fmt.Println(v.Load())
	var p atomic.Pointer[string]
	s := "hello"
	p.Store(&s)
	fmt.Println(*p.Load())
}
