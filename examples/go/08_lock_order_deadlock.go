// Title: Two mutexes locked in opposite orders
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var accounts, audit sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		accounts.Lock()
		time.Sleep(10 * time.Millisecond)
		audit.Lock() // waits for the other goroutine
		fmt.Println("transfer done")
		audit.Unlock()
		accounts.Unlock()
	}()
	go func() {
		defer wg.Done()
		audit.Lock()
		time.Sleep(10 * time.Millisecond)
		accounts.Lock() // waits for the first one: nobody can proceed
		fmt.Println("audit done")
		accounts.Unlock()
		audit.Unlock()
	}()
	wg.Wait()
}
