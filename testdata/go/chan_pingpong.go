package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan bool, max int) {
	for {
		ball := <-table
		ball.hits++
		if ball.hits > max {
			done <- true
			return
		}
		fmt.Println(name, ball.hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan bool)
	go player("ping", table, done, 6)
	go player("pong", table, done, 6)
	table <- new(Ball)
	<-done
	fmt.Println("game over")
}
