package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type ctxKey struct{}

func worker(ctx context.Context, id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	reqID := ctx.Value(ctxKey{}).(string)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("%s worker %d stopped after %d ticks: %v", reqID, id, i, ctx.Err())
			return
		case <-time.After(time.Duration(30*(id+1)) * time.Millisecond):
		}
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey{}, "req-7")
	ctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go worker(ctx, id, results, &wg)
	}
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		_ = r
		n++
	}
	fmt.Println(n, "workers stopped;", ctx.Err())
}
