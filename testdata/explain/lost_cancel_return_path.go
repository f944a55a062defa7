// explain: ctx-cancel@18#0
// findings: lost-cancel@13
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func lookup(key string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if key == "" {
		return "", errors.New("empty key") // leaves without cancel()
	}
	v := fmt.Sprint(key, " ", ctx.Err())
	cancel()
	return v, nil
}

func main() {
	fmt.Println(lookup("a"))
	fmt.Println(lookup(""))
}
