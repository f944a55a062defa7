// explain: deadlock@19#0
// findings: waitgroup-misuse@19
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for _, name := range []string{"a", "b"} {
		go func() {
			defer wg.Done()
			fmt.Println(name, "done")
		}()
	}
	wg.Wait()
}
