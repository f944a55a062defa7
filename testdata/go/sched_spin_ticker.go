package main

import (
	"fmt"
	"time"
)

func spin() {
	for {
	}
}

func main() {
	for i := 0; i < 3; i++ {
		go spin()
	}
	tk := time.NewTicker(20 * time.Millisecond)
	defer tk.Stop()
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("a goroutine started after the spinners runs too")
	}()
	<-done
}
