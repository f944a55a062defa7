package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(50 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	select {
	case <-time.After(time.Second):
		fmt.Println("overslept")
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	}
	past, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	fmt.Println(past.Err())
	outer, c3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer c3()
	inner, c4 := context.WithTimeout(outer, time.Hour)
	defer c4()
	<-inner.Done()
	fmt.Println(inner.Err())
}
