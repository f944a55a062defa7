// ranges over a 1 ms ticker for ever; go build: runs for ever; Taskline: the step budget.
// want-exit: 124
// want-stderr: taskline: step limit exceeded \(2000000 steps\)
// want-stdout-prefix: start\n
// args: --max-steps 2000000

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	t := time.NewTicker(time.Millisecond)
	n := 0
	for range t.C {
		n++
	}
}
