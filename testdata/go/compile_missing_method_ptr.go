package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("x")
	var target *int
	fmt.Println(errors.As(err, target), err.Message)
}
