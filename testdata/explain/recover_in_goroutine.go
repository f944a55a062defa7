// explain: panic@21#1 caught@16#1
// findings: -
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
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
	fmt.Println("main carries on")
}
