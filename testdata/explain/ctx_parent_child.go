// explain: ctx-cancel@31#0 ctx-cancel@31#0 ctx-observed@15#1
// findings: -
package main

import (
	"context"
	"fmt"
	"time"
)

func watch(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case <-ctx.Done():
			fmt.Println("watch:", ctx.Err())
			return
		case <-time.After(300 * time.Millisecond):
			fmt.Println("watch: still here")
		}
	}
}

func main() {
	parent, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	done := make(chan struct{})
	go watch(child, done)
	time.Sleep(time.Second)
	cancel()
	<-done
}
