// %*d with a width of 2^40; go build: fmt refuses it (%!(BADWIDTH)).
// want-exit: 0
// want-stdout-prefix: start\n14 %!(BADWIDTH)7|\n20 %!(BADPREC)1.500000|\n

package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	s := fmt.Sprintf("%*d|", 1<<40, 7)
	fmt.Println(len(s), s)
	t := fmt.Sprintf("%.*f|", 1<<40, 1.5)
	fmt.Println(len(t), t)
}
