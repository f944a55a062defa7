package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, wörld"
	fmt.Println(len(s), s[1], s[0:1], s[1:3], strings.ToUpper(s))
	for i, r := range "aé😀" {
		fmt.Println(i, r, string(r))
	}
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), []rune("héé"), string([]rune{72, 105}))
	fmt.Println(strings.Repeat("ab", 3), strings.Fields("  a b   c "), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.HasPrefix("golang", "go"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.TrimSpace("  x  "), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Println("a" < "b", "abc" > "abd", "x"+"y")
}
