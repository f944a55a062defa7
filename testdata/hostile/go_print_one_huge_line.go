// one 10 MB line; go build: prints it.
// want-exit: 0
// want-stdout-prefix: zzzz

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("z", 10<<20))
}
