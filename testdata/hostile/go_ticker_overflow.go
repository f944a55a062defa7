// a ticker of 2^62 ns whose second tick is past the clock's range; go build: hangs; Taskline: the first tick, then would wait forever.
// want-exit: 124
// want-stderr: taskline: the program would wait forever
// want-stdout-prefix: start\nfirst tick 2155\n

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	t := time.NewTicker(1 << 62)
	<-t.C
	fmt.Println("first tick", time.Now().Year())
	<-t.C
	fmt.Println("second tick")
}
