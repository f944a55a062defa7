// Title: A WaitGroup that waits forever
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	jobs := []string{"resize", "upload", "notify"}
	wg.Add(len(jobs))
	for _, j := range jobs {
		go func() {
			time.Sleep(100 * time.Millisecond)
			if j == "notify" {
				fmt.Println(j, "skipped, and forgot wg.Done()")
				return
			}
			fmt.Println(j, "finished")
			wg.Done()
		}()
	}
	wg.Wait() // the counter never reaches zero: Go reports a deadlock
	fmt.Println("all jobs finished")
}
