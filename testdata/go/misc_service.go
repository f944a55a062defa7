package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Logger interface{ Log(string) }

type Service struct {
	Logger
	name string
	mu   sync.Mutex
	hits map[string]int
}

type stdLogger struct{ prefix string }

func (l stdLogger) Log(s string) { fmt.Println(l.prefix + s) }

func (s *Service) handle(ctx context.Context, req string, wg *sync.WaitGroup) {
	defer wg.Done()
	s.mu.Lock()
	s.hits[req]++
	s.mu.Unlock()
	select {
	case <-ctx.Done():
	case <-time.After(time.Duration(len(req)) * time.Millisecond):
	}
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type Op func(int, int) int

var ErrEmpty = errors.New("empty")

func reduce(xs []int, op Op) (int, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = op(acc, x)
	}
	return acc, nil
}

func main() {
	s := &Service{Logger: stdLogger{"[svc] "}, name: "api", hits: map[string]int{}}
	s.Log("starting " + s.name)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	for _, r := range strings.Fields("a bb ccc dddd a") {
		wg.Add(1)
		go s.handle(ctx, r, &wg)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range s.hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, s.hits[k])
	}
	f := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(f)
	}
	fmt.Println(r, r[0][1])
	sum, _ := reduce([]int{1, 2, 3, 4}, func(a, b int) int { return a + b })
	_, err := reduce(nil, nil)
	fmt.Println(sum, err, errors.Is(err, ErrEmpty))
	var ops = map[string]Op{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["mul"](6, 7), len(ops))
	type kv struct {
		k string
		v int
	}
	items := []kv{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(items, func(i, j int) bool { return items[i].v < items[j].v })
	fmt.Printf("%v %+v\n", items, items[0])
	var iface interface{} = items[0]
	if p, ok := iface.(kv); ok {
		fmt.Println("kv", p.k)
	}
	x := 10
	{
		x := 20
		x++
		_ = x
	}
	fmt.Println(x)
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Print(v)
		}
	}
	fmt.Println()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b), len(b))
	fmt.Printf("%s %x %v\n", b[:5], b[:2], b[:2])
	fmt.Println(strings.Title("x"), fmt.Sprintf("%08.3f|%-8d|%+v", 3.14159, 42, struct{ A *int }{nil}))
}
