// context.WithTimeout(ctx, math.MinInt64); go build: done at once.
// want-exit: 0
// want-stdout-prefix: done at once: context deadline exceeded\n

package main

import (
	"context"
	"fmt"
	"math"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), math.MinInt64)
	defer cancel()
	<-ctx.Done()
	fmt.Println("done at once:", ctx.Err())
}
