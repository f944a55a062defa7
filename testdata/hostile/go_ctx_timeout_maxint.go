// context.WithTimeout(ctx, math.MaxInt64), then <-ctx.Done(); go build: hangs; Taskline: would wait forever.
// want-exit: 124
// want-stderr: taskline: the program would wait forever
// want-stdout-prefix: has deadline: true err: <nil>\n

package main

import (
	"context"
	"fmt"
	"math"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), math.MaxInt64)
	defer cancel()
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "err:", ctx.Err())
	<-ctx.Done()
	fmt.Println("done", ctx.Err())
}
