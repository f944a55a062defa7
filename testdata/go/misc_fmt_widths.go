package main

import (
	"fmt"
	"time"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := []Item{{"apple", 0.5, 12}, {"watermelon", 3.25, 1}, {"fig", 12, 100}}
	fmt.Printf("%-12s|%8s|%5s\n", "name", "price", "qty")
	for _, it := range items {
		fmt.Printf("%-12s|%8.2f|%5d\n", it.Name, it.Price, it.Qty)
	}
	fmt.Printf("%v\n%+v\n", items[0], items)
	fmt.Printf("[%7.3v] [%-7v] [%07d] [%x] [% x] [%#q]\n", 3.14159, true, -42, "hey", "hey", "back`tick")
	fmt.Printf("%3c|%-4q|%U|%08b|%o|%#o|%X\n", 'A', 'B', '⌘', 5, 64, 64, -255)
	fmt.Printf("%e|%.0f|%g|%g|%v\n", 1e-7, 2.5, 1e20, 1e21, float32(1)/3)
	fmt.Printf("%v|%s|%d\n", 90*time.Second, time.Millisecond*1500, time.Second)
	fmt.Printf("%t|%5t|%v\n", false, true, []bool{true})
	fmt.Printf("%5.1f%%|%x|%X\n", 99.95, []int{10, 255}, "Go")
	fmt.Printf("%q\n", []interface{}{"a", 1, 'x'})
	fmt.Println(fmt.Sprintf("%[2]d %[1]d", 1, 2))
}
