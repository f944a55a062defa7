package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%v %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total)
	for _, x := range []interface{}{nil, 1, int64(2), "s", Circle{2}, fmt.Errorf("e"), 3.5, []int{1}} {
		fmt.Println(describe(x))
	}
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(Circle)
	fmt.Println(ok)
	var e interface{} = Rect{}
	_, isShape := e.(Shape)
	_, isStringer := e.(fmt.Stringer)
	fmt.Println(isShape, isStringer)
}
