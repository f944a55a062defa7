package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutting down"))
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(nil)
	fmt.Println(context.Cause(ctx3))
	child, cc := context.WithCancel(ctx)
	defer cc()
	fmt.Println(child.Err(), context.Cause(child))
}
