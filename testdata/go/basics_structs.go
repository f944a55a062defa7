package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  Point
	Tags []string
	next *Named
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p.Add(q))
	p.Scale(3)
	fmt.Println(p)
	pp := &p
	pp.Scale(2)
	fmt.Println(p, *pp, pp.X)
	n := Named{Name: "a", Pos: Point{1, 1}}
	m := n
	m.Pos.X = 99
	m.Tags = append(m.Tags, "t")
	fmt.Printf("%v %+v\n", n, m)
	fmt.Printf("%#v\n", p)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon.B)
	ptr := &Named{Name: "head"}
	ptr.next = &Named{Name: "tail"}
	fmt.Println(ptr.next.Name, ptr.next.next == nil)
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
	arr := []Point{{1, 2}, {3, 4}}
	for i := range arr {
		arr[i].Scale(10)
	}
	fmt.Println(arr)
	for _, v := range arr {
		v.X = 0
	}
	fmt.Println(arr)
}
