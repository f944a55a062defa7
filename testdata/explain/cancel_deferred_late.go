// explain: ctx-cancel@20#0
// findings: -
package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context) string {
	return fmt.Sprint("working, ctx err: ", ctx.Err())
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if ctx == nil {
		panic("no context")
	}
	defer cancel()
	fmt.Println(work(ctx))
}
