// context.WithDeadline 292 years ahead, then <-ctx.Done(); go build: hangs; Taskline: would wait forever.
// want-exit: 124
// want-stderr: taskline: the program would wait forever
// want-stdout-prefix: err: <nil>\n

package main

import (
	"context"
	"fmt"
	"math"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(math.MaxInt64))
	defer cancel()
	fmt.Println("err:", ctx.Err())
	<-ctx.Done()
	fmt.Println("done", ctx.Err())
}
