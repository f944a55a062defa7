// Title: A lost update: run it with several seeds
package main

import (
	"fmt"
	"sync"
)

var balance int

func audit() {}

// deposit reads, does something else, then writes: two goroutines can
// read the same old balance and one deposit is lost. Guard it with a
// sync.Mutex (or use sync/atomic) to fix it. Seed 0's schedule loses no
// deposit; press "Run schedules" (beside the output) to see the balances
// other schedules end with, and show one to see where the deposit is lost.
func deposit(amount int) {
	old := balance
	audit()
	balance = old + amount
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				deposit(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", balance, "(want 100)")
}
