// explain: -
// findings: lost-cancel@12
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_ = cancel // silences the compiler, calls nothing
	fmt.Println("deadline set:", ctx.Err() == nil)
}
