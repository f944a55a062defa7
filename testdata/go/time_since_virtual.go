package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(250 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 250*time.Millisecond, el < 400*time.Millisecond)
	deadline := start.Add(time.Second)
	fmt.Println(deadline.After(start), start.Before(deadline), deadline.Sub(start))
	fmt.Println(time.Until(deadline) > 0)
}
