package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// math/rand/v2's values differ from run to run in Go; what they promise
// does not: ranges, permutations, panics on bad arguments.
func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.IntN(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if d := rand.N(int64(7)); d < 0 || d >= 7 {
			ok = false
		}
		if u := rand.Uint32N(3); u >= 3 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(20)
	slices.Sort(p)
	fmt.Println("perm sorted:", p)
	s := []string{"a", "b", "c", "d"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	slices.Sort(s)
	fmt.Println(s, rand.IntN(1), rand.Int64N(1))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.IntN(0)
}
