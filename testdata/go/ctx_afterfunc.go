package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup after cancel")
		close(done)
	})
	cancel()
	<-done
	fmt.Println("stop after run:", stop())
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never runs") })
	fmt.Println("stopped:", stop2())
	cancel2()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end")
}
