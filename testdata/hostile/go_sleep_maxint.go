// time.Sleep(math.MaxInt64); go build: sleeps 292 years (no deadlock is reported while a timer is pending); Taskline: would wait forever, status 124.
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
	time.Sleep(math.MaxInt64)
	fmt.Println("woke")
}
