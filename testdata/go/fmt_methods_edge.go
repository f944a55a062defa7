package main

import (
	"errors"
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Wrap struct {
	C     Color
	P     Pt
	PP    *Pt
	inner Color
}

type Err struct{ msg string }

func (e Err) Error() string { return "E:" + e.msg }

func main() {
	fmt.Println(Red, Green, []Color{Red, Green}, map[Color]int{Green: 1, Red: 2})
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	w := Wrap{Green, Pt{3, 4}, &Pt{5, 6}, Green}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%d %x %q\n", Green, Green, Green)
	fmt.Println(Err{"x"}, []error{Err{"y"}, nil, errors.New("z")})
	fmt.Printf("%v|%s|%d\n", Err{"a"}, Err{"b"}, Err{"c"})
	fmt.Printf("%5s|%-6v|%x\n", Err{"w"}, Red, "Go")
	fmt.Printf("%v %v\n", time.Duration(0), []time.Duration{time.Second, 2 * time.Millisecond})
	fmt.Printf("%08.3f|%+08d|%-08d|% 5d\n", -3.14159, 42, 42, 42)
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%c%c%c|%q|%+q\n", 'G', 'o', '!', 'é', "é")
	fmt.Printf("%6.2e|%G|%.3g|%g\n", 12345.678, 1e-10, 123456.0, 100000000.0)
	fmt.Printf("%v %v %v\n", 1e6, 1e-5, 123456789.0)
	fmt.Printf("%t %v\n", 1 == 1, struct{ A, B bool }{true, false})
	var ip *int
	var e error
	var m map[string]int
	var sl []string
	fmt.Printf("%v %v %v %v %d\n", ip, e, m, sl, sl)
	fmt.Printf("%#v %#v %#v\n", m, sl, e)
	fmt.Printf("%x %X % x %#x\n", []byte{1, 171}, "hi", []byte{1, 2}, 255)
	fmt.Printf("%v %.2f %5.1f\n", []float64{1.5, 2}, []float64{1.5, 2}, [2]float64{3, 4})
	fmt.Printf("%T %T %T %T\n", Red, &p, e, []interface{}{1})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%v|%v\n", [][]int{{1}, {2, 3}}, map[string][]int{"k": {1}})
	fmt.Printf("%08b|%o|%O\n", 5, 8, 8)
	fmt.Printf("%U|%#U\n", 0x1F600, 'x')
	fmt.Printf("%3d|%-3d|%03d\n", -1, -1, -1)
	fmt.Print(1, 2, "a", 3, "b", "c", 4.5, nil, '\n')
	fmt.Print("\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
}
