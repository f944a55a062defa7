package main

import (
	"fmt"
	"os"
)

func main() {
	os.Clearenv()
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"), len(os.Environ()))
	os.Setenv("B", "2")
	os.Setenv("A", "1")
	os.Setenv("B", "3")
	fmt.Println(os.Environ())
	os.Unsetenv("B")
	fmt.Println(os.Environ())
	for _, s := range []string{"$", "$$", "${}", "${A", "a$Ab", "$A-x ${A}y $1 ${#} $-", "$!@"} {
		fmt.Printf("%q\n", os.Expand(s, func(k string) string { return "<" + k + ">" }))
	}
	os.Clearenv()
	fmt.Println(os.Environ(), os.ExpandEnv("[$A]"))
}
