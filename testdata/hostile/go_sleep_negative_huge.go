// time.Sleep(math.MinInt64); go build: returns at once.
// want-exit: 0
// want-stdout-prefix: no wait\n

package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	time.Sleep(math.MinInt64)
	fmt.Println("no wait")
}
