package main

import "fmt"

type P struct {
	Name string
	Age  int
	tags []string
}

func main() {
	p := P{"Ann", 30, []string{"x"}}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	fmt.Printf("%T|%T|%T|%T\n", p, &p, []int{}, map[string]bool{})
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%G\n", 3.14159, 3.14159, 3.14159, 123456.789, 0.000012, 1e100)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x\n", "go", "go", "go", "go", "golang", "hi")
	fmt.Printf("%t|%v|%p\n", true, false, nil)
	fmt.Printf("%v|%d|%s\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v|%v\n", map[string]int{"b": 2, "a": 1}, map[int]bool{3: true, 1: false})
	fmt.Printf("%q|%v|%x\n", []string{"a b"}, [2]bool{true}, []byte("AB"))
	fmt.Printf("%+d|% d|%+.1e\n", 5, 5, 1234.5)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %s\n", "x", 5)
	fmt.Printf("%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%#x %#o %#v %#v\n", 255, 8, "s", []string{"a"})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []interface{}{1, "a", nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
