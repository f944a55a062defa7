package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("worker %d finished job %d", id, j)
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan string)
	go worker(1, jobs, results)
	for j := 1; j <= 4; j++ {
		jobs <- j
		fmt.Println(<-results)
	}
	close(jobs)
}
