// n++ for ever; go build: spins for ever; Taskline: the step budget.
// want-exit: 124
// want-stderr: taskline: step limit exceeded \(2000000 steps\)
// want-stdout-prefix: start\n
// args: --max-steps 2000000

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	n := 0
	for {
		n++
	}
}
