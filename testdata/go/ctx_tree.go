package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(root)
	child2, cancel2 := context.WithCancel(child1)
	defer cancel1()
	defer cancel2()
	sibling, cancelS := context.WithCancel(root)
	defer cancelS()
	cancel1()
	fmt.Println(root.Err(), child1.Err(), child2.Err(), sibling.Err())
	<-child2.Done()
	cancelRoot()
	<-sibling.Done()
	fmt.Println(root.Err(), sibling.Err())
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
}
