// explain: deadlock@10#0
// findings: deadlock@10
package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 1; i <= 2; i++ {
		results <- i * i
	}
	fmt.Println(<-results, <-results)
}
