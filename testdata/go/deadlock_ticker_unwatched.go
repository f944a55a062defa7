package main

import (
	"fmt"
	"time"
)

// Since Go 1.23 a Ticker nobody waits on keeps no program alive: main
// blocked for ever beside it is a deadlock.
func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	<-tk.C
	fmt.Println("one tick")
	block := make(chan int)
	<-block
}
