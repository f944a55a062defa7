// A panic that unwinds through two functions with deferred calls: every
// frame of the traceback keeps the line it was at when the panic began.
package main

import "fmt"

type cache struct{ m map[string]int }

func (c *cache) put(k string, v int) {
	defer fmt.Println("put: deferred")
	c.m[k] = v
}

func main() {
	defer fmt.Println("main: deferred")
	var c cache
	for i := range 3 {
		if i == 2 {
			c.put("x", i)
		}
	}
}
