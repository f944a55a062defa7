package main

import "fmt"

type Inner struct{ N int }

type Outer struct {
	In  Inner
	Arr [2]Inner
	P   *Inner
}

func modify(o Outer) { o.In.N = 100; o.Arr[0].N = 100; o.P.N = 100 }

func (o Outer) ValueMethod() int { o.In.N++; return o.In.N }

func main() {
	o := Outer{In: Inner{1}, P: &Inner{1}}
	modify(o)
	fmt.Println(o.In.N, o.Arr[0].N, o.P.N)
	fmt.Println(o.ValueMethod(), o.In.N)
	m := map[string]Inner{"a": {1}}
	v := m["a"]
	v.N = 5
	fmt.Println(m["a"].N, v.N)
	arr := [3]Inner{{1}, {2}, {3}}
	cp := arr
	cp[0].N = 9
	fmt.Println(arr[0].N, cp[0].N)
	s := arr[:]
	s[1].N = 20
	fmt.Println(arr[1].N)
	ptrs := []*Inner{}
	for i := range arr {
		ptrs = append(ptrs, &arr[i])
	}
	ptrs[2].N = 30
	fmt.Println(arr)
	f := o.ValueMethod
	o.In.N = 50
	fmt.Println(f(), o.In.N)
	x := o
	x.In = Inner{7}
	fmt.Println(o.In, x.In)
	type pair struct{ a, b []int }
	p1 := pair{a: []int{1}}
	p2 := p1
	p2.a[0] = 99
	fmt.Println(p1.a[0])
	in := &o.In
	o = Outer{In: Inner{8}, P: o.P}
	fmt.Println(in.N, o.In.N)
}
