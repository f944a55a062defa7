// Timer.Reset(math.MaxInt64), then waits; go build: hangs; Taskline: would wait forever.
// want-exit: 124
// want-stderr: taskline: the program would wait forever
// want-stdout-prefix: start\n

package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println("start")
	t := time.NewTimer(time.Second)
	t.Reset(math.MaxInt64)
	<-t.C
	fmt.Println("fired")
}
