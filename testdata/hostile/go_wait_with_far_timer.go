// main blocks on a channel while a goroutine sleeps math.MaxInt64; go build: hangs (no deadlock while a timer is pending); Taskline: would wait forever.
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
	go time.Sleep(math.MaxInt64)
	c := make(chan int)
	<-c
}
