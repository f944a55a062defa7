package main

import (
	"fmt"
	"strings"
)

type Named interface{ Name() string }

type Dog struct{ n string }

func (d Dog) Name() string { return "dog " + d.n }

type Cat struct{ n string }

func (c *Cat) Name() string { return "cat " + c.n }

func Names[T Named](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.Name())
	}
	return strings.Join(parts, ", ")
}

func Stringify[T fmt.Stringer](x T) string { return "<" + x.String() + ">" }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func main() {
	fmt.Println(Names([]Dog{{"a"}, {"b"}}))
	fmt.Println(Names([]*Cat{{"c"}}))
	fmt.Println(Names([]Named{Dog{"d"}, &Cat{"e"}}))
	fmt.Println(Stringify(ID(7)))
}
