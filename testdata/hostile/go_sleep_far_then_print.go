// time.Sleep(1 << 62), 146 years; go build: sleeps that long; Taskline's virtual clock jumps there.
// want-exit: 0
// want-stdout-prefix: start\nwoke in 2155\n

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	time.Sleep(1 << 62)
	fmt.Println("woke in", time.Now().Year())
}
