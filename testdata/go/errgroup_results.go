package main

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	upper := make([]string, len(words))
	g, ctx := errgroup.WithContext(context.Background())
	for i, w := range words {
		g.Go(func() error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			upper[i] = strings.ToUpper(w)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(upper)
}
