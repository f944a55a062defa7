// strings.Repeat past the int range; go build: panic: strings: Repeat output length overflow.
// want-exit: 2
// want-stderr: ^panic: strings: Repeat output length overflow\n
// want-stdout-prefix: start\n

package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	fmt.Println("start")
	fmt.Println(len(strings.Repeat("xy", math.MaxInt64/2+1)))
}
