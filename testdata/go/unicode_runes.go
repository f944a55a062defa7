package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World 123!"
	up, low, dig, sp := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			dig++
		case unicode.IsSpace(r):
			sp++
		}
	}
	fmt.Println(up, low, dig, sp, string(unicode.ToUpper('q')))
	fmt.Println(strings.FieldsFunc("a1b2c3", unicode.IsDigit))
}
