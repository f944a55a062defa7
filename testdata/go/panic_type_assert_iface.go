package main

import (
	"fmt"
)

type Walker interface{ Walk() }

type Rock struct{}

func main() {
	var i interface{} = Rock{}
	w := i.(Walker)
	fmt.Println(w)
}
