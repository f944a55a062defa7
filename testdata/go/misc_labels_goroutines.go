package main

import (
	"fmt"
	"sync"
)

func primes(n int) []int {
	var out []int
next:
	for i := 2; len(out) < n; i++ {
		for _, p := range out {
			if i%p == 0 {
				continue next
			}
		}
		out = append(out, i)
	}
	return out
}

func main() {
	ps := primes(10)
	fmt.Println(ps)
	var mu sync.Mutex
	sums := map[int]int{}
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			s := 0
			for i := 0; i < p; i++ {
				s += i
			}
			mu.Lock()
			defer mu.Unlock()
			sums[p] = s
		}(p)
	}
	wg.Wait()
	fmt.Println(sums)
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
}
