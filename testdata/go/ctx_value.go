package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	ctx = context.WithValue(ctx, key("role"), "admin")
	ctx2, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx2.Value(key("user")), ctx2.Value(key("role")), ctx2.Value(key("none")))
	fmt.Println(ctx.Value("user"))
	wc := context.WithoutCancel(ctx2)
	cancel()
	fmt.Println(ctx2.Err(), wc.Err(), wc.Value(key("user")))
}
