package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f degrees", float64(t)) }

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error wins" }

type wrapper struct {
	T Temp
	t Temp
}

func main() {
	fmt.Println(Temp(20), []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%v %s %d\n", Temp(5), Temp(6), 7)
	var err error = &E{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Println(wrapper{1, 2})
	fmt.Printf("%+v\n", wrapper{1, 2})
	e1 := errors.New("base")
	fmt.Printf("%v %T\n", e1, e1)
	fmt.Println(fmt.Errorf("ctx: %w", e1))
}
