package main

import (
	"errors"
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, errs, func() { panic("boom") })
	safeGo(&wg, errs, func() {
		var m map[int]int
		m[1] = 1
	})
	safeGo(&wg, errs, func() { panic(errors.New("custom")) })
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	fmt.Println(len(msgs))
	for _, want := range []string{"recovered: boom", "recovered: assignment to entry in nil map", "recovered: custom"} {
		found := false
		for _, m := range msgs {
			if m == want {
				found = true
			}
		}
		fmt.Println(want, found)
	}
}
