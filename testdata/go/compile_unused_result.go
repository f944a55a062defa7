package main

import "strings"

func main() {
	strings.ToUpper("x")
}
