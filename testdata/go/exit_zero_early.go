package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; ; i++ {
		if i == 3 {
			fmt.Println("bye")
			os.Exit(0)
		}
	}
}
