// explain: exit@13#0
// findings: -
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed, os.Exit skips defers")
	fmt.Println("config missing")
	os.Exit(3)
}
