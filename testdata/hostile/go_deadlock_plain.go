// select {}; go build: fatal error: all goroutines are asleep - deadlock!.
// want-exit: 2
// want-stderr: ^fatal error: all goroutines are asleep - deadlock!\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	select {}
}
