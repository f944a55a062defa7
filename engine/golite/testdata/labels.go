package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type Color int

func (c Color) String() string { return "color" }

const Red Color = 1

type server struct{ name string }

func (s *server) run(n int) {}

func worker(ctx context.Context, name string, d time.Duration, ok bool) {}
func work(i int)                                                        {}
func process(n int, s string, tag string)                               {}
func sum(label string, xs ...int)                                       {}
func show(args ...any)                                                  {}
func paint(c Color)                                                     {}
func small(a int8, b uint8, f float32, g float64)                       {}
func task() error                                                       { return nil }
func helper(n int)                                                      {}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var wg sync.WaitGroup
	go worker(ctx, "orders", 200*time.Millisecond, true)
	name, d, ok := "x", 1500*time.Millisecond, false
	go worker(ctx, name, d, ok)
	for i := 0; i < 2; i++ {
		go work(i)
	}
	for i := 0; i < 1; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(i)
		}()
	}
	wg.Add(1)
	go func(n int, s string) {
		defer wg.Done()
		process(n, s, "x")
	}(7, "job")
	go func() {
		fmt.Print("")
		fmt.Print("")
	}()
	s := &server{"a"}
	go s.run(3)
	a, b := 4, 5
	go sum("total", 1, 2, 3)
	go sum("vars", a, b)
	xs := []int{1, 2}
	go sum("spread", xs...)
	red := Red
	go paint(red)
	go paint(Red)
	go show(42, a, "s", 2.5)
	go small(-3, 200, 1.25, 0.1)
	long := "abcdefghijklmnopqrstuvwxyz0123456789"
	go helper(len(long))
	go process(-1, long, "tag")
	go func() { go helper(9) }()
	var g errgroup.Group
	g.Go(func() error { worker(ctx, "eg", time.Minute, true); return nil })
	g.Go(task)
	wg.Go(func() { work(3) })
	stop := make(chan bool)
	time.AfterFunc(50*time.Millisecond, func() { close(stop) })
	<-stop
	wg.Wait()
	g.Wait()
	<-ctx.Done()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
