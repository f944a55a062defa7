package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Job interface{ Run() string }
type job struct{ id int }

func (j job) Run() string { return fmt.Sprint("job", j.id) }

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	jobs := []Job{job{1}, job{2}}
	results := make(chan string, len(jobs))
	for _, j := range jobs {
		run := j.Run
		go func() { results <- run() }()
	}
	got := map[string]bool{}
	for range jobs {
		got[<-results] = true
	}
	fmt.Println(got)
	var f func()
	fmt.Println(f == nil)
	fmt.Printf("%v %v\n", f, []int(nil))
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("timer fired after reset")
	var nilMap map[string]int
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	type S struct {
		A int
		B []string
		C map[string]int
		D *int
		E error
		F func()
	}
	fmt.Printf("%+v\n", S{})
	fmt.Printf("%#v\n", S{A: 1})
}
