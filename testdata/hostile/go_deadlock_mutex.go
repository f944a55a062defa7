// locks a mutex twice; go build: fatal error: all goroutines are asleep - deadlock!.
// want-exit: 2
// want-stderr: ^fatal error: all goroutines are asleep - deadlock!\n
// want-stdout-prefix: locked once\n

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
