// a width of 11 digits in the format; go build: fmt gives up on the verb.
// want-exit: 0
// want-stdout-prefix: %!(NOVERB)%!(EXTRA int=7)\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println(fmt.Sprintf("%99999999999d|", 7))
}
