package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context) (string, error) {
	select {
	case <-time.After(time.Second):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	res, err := slowOp(ctx)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	dl, ok := ctx.Deadline()
	fmt.Println(ok, !dl.IsZero())
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	defer cancel2()
	res, err = func() (string, error) {
		select {
		case <-time.After(10 * time.Millisecond):
			return "quick", nil
		case <-ctx2.Done():
			return "", ctx2.Err()
		}
	}()
	fmt.Println(res, err)
}
