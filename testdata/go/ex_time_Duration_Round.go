// ExampleDuration_Round from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"time"
)

func main() {
	d, err := time.ParseDuration("1h15m30.918273645s")
	if err != nil {
		panic(err)
	}

	round := []time.Duration{
		time.Nanosecond,
		time.Microsecond,
		time.Millisecond,
		time.Second,
		2 * time.Second,
		time.Minute,
		10 * time.Minute,
		time.Hour,
	}

	for _, r := range round {
		fmt.Printf("d.Round(%6s) = %s\n", r, d.Round(r).String())
	}

}

// Output:
// d.Round(   1ns) = 1h15m30.918273645s
// d.Round(   1µs) = 1h15m30.918274s
// d.Round(   1ms) = 1h15m30.918s
// d.Round(    1s) = 1h15m31s
// d.Round(    2s) = 1h15m30s
// d.Round(  1m0s) = 1h16m0s
// d.Round( 10m0s) = 1h20m0s
// d.Round(1h0m0s) = 1h0m0s
