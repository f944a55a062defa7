package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	panic(errors.New("boom"))
}
