// ExampleTime_Unix from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"time"
)

func main() {

	fmt.Println(time.Unix(1e9, 0).UTC())
	fmt.Println(time.Unix(0, 1e18).UTC())
	fmt.Println(time.Unix(2e9, -1e18).UTC())

	t := time.Date(2001, time.September, 9, 1, 46, 40, 0, time.UTC)
	fmt.Println(t.Unix())
	fmt.Println(t.UnixNano())

}

// Output:
// 2001-09-09 01:46:40 +0000 UTC
// 2001-09-09 01:46:40 +0000 UTC
// 2001-09-09 01:46:40 +0000 UTC
// 1000000000
// 1000000000000000000
