package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.Quote("hi\n"))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatFloat(1.5, 'f', 3, 64))
}
