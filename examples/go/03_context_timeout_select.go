// Title: A context timeout in a select
package main

import (
	"context"
	"fmt"
	"time"
)

func slowQuery(ctx context.Context) (string, error) {
	result := make(chan string, 1) // buffered: the worker never leaks
	go func() {
		time.Sleep(300 * time.Millisecond)
		result <- "42 rows"
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	r, err := slowQuery(ctx)
	fmt.Printf("result=%q err=%v after %v\n", r, err, time.Since(start))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	defer cancel2()
	r, err = slowQuery(ctx2)
	fmt.Printf("result=%q err=%v\n", r, err)
}
