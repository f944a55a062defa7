// waits for a time.AfterFunc(math.MaxInt64) callback; go build: hangs; Taskline: would wait forever.
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
	done := make(chan bool)
	time.AfterFunc(math.MaxInt64, func() { done <- true })
	<-done
	fmt.Println("ran")
}
