// explain: leaked@14#1
// findings: goroutine-leak@14
package main

import (
	"fmt"
	"time"
)

func fetch(timeout time.Duration) (string, error) {
	result := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		result <- "data"
	}()
	select {
	case r := <-result:
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("timed out after %v", timeout)
	}
}

func main() {
	_, err := fetch(100 * time.Millisecond)
	fmt.Println(err)
	time.Sleep(time.Second)
}
