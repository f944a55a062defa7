package main

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(100 * time.Millisecond)
	<-t1.C
	fmt.Println("timer 1 fired")
	t2 := time.NewTimer(time.Second)
	go func() {
		<-t2.C
		fmt.Println("timer 2 fired")
	}()
	stopped := t2.Stop()
	fmt.Println("timer 2 stopped:", stopped)
	fmt.Println("stop again:", t2.Stop())
	t3 := time.NewTimer(50 * time.Millisecond)
	t3.Reset(150 * time.Millisecond)
	start := time.Now()
	<-t3.C
	fmt.Println("t3 after reset fired", time.Since(start) >= 150*time.Millisecond)
	time.Sleep(200 * time.Millisecond)
}
