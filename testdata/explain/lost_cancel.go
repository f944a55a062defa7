// explain: ctx-cancel@21#1 ctx-observed@13#0
// findings: lost-cancel@21
package main

import (
	"context"
	"fmt"
	"time"
)

func query(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Second):
		return nil
	}
}

func main() {
	ctx, _ := context.WithTimeout(context.Background(), 100*time.Millisecond)
	fmt.Println("query:", query(ctx))
}
