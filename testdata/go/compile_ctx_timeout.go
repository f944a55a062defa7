package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background())
	defer cancel()
	fmt.Println(ctx)
}
