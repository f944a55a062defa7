// A nil-map assignment in a goroutine whose deferred wg.Done runs while the
// panic unwinds: the traceback names the assignment's line, not the defer's.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 2; i++ {
			if i == 1 {
				fmt.Println("second pass")
			}
		}
		var m map[string]int
		switch {
		default:
			m["x"] = 1
		}
	}()
	wg.Wait()
}
