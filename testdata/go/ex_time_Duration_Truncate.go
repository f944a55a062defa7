// ExampleDuration_Truncate from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

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

	trunc := []time.Duration{
		time.Nanosecond,
		time.Microsecond,
		time.Millisecond,
		time.Second,
		2 * time.Second,
		time.Minute,
		10 * time.Minute,
		time.Hour,
	}

	for _, t := range trunc {
		fmt.Printf("d.Truncate(%6s) = %s\n", t, d.Truncate(t).String())
	}

}

// Output:
// d.Truncate(   1ns) = 1h15m30.918273645s
// d.Truncate(   1µs) = 1h15m30.918273s
// d.Truncate(   1ms) = 1h15m30.918s
// d.Truncate(    1s) = 1h15m30s
// d.Truncate(    2s) = 1h15m30s
// d.Truncate(  1m0s) = 1h15m0s
// d.Truncate( 10m0s) = 1h10m0s
// d.Truncate(1h0m0s) = 1h0m0s
