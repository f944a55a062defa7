package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Microsecond, time.Duration(0), 3*time.Nanosecond)
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond))
	fmt.Println((1234567 * time.Microsecond).Truncate(time.Second))
	fmt.Println(time.Duration(1<<62), -5*time.Second)
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Second, time.Second)
	fmt.Println(time.Second.Seconds(), time.Second.Milliseconds())
	d2, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d2, err)
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)
}
