package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%v %d %s\n", Tuesday, Tuesday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(big >> 98)
	const typed int64 = 5
	fmt.Printf("%T %T %T\n", typed, 'a', 2.0)
}
