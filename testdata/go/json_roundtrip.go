package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type base struct {
	ID int `json:"id"`
}

type User struct {
	base
	Name    string         `json:"name"`
	Age     int            `json:"age,omitempty"`
	Email   string         `json:"-"`
	Tags    []string       `json:"tags"`
	Addr    *Address       `json:"address,omitempty"`
	Meta    map[string]any `json:"meta,omitempty"`
	Scores  map[string]int `json:"scores"`
	private int
	Ratio   float64
	Bits    []byte
	Count   int `json:",string"`
}

func main() {
	u := User{base: base{7}, Name: "Ann <admin>", Tags: []string{"a", "b"}, Addr: &Address{Street: "Main"},
		Scores: map[string]int{"z": 1, "a": 2}, private: 3, Ratio: 1e21, Bits: []byte("hi"), Count: 5,
		Meta: map[string]any{"k": []int{1, 2}, "n": nil}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"x": 1.5, "y": []any{true, "s", 3}}, "", "  ")
	fmt.Println(string(b))

	var u2 User
	err = json.Unmarshal([]byte(`{"id": 9, "name":"Bob","tags":["x"],"address":{"street":"S","city":"C"},"scores":{"q":3},"Count":"12","extra":1}`), &u2)
	u2a := *u2.Addr
	u2.Addr = nil
	fmt.Printf("%+v %v %+v\n", u2, err, u2a)

	var anyv any
	err = json.Unmarshal([]byte(`{"a":[1,"two",{"b":null}],"c":true}`), &anyv)
	fmt.Println(anyv, err)
	m := anyv.(map[string]any)
	fmt.Println(m["a"].([]any)[0].(float64) + 1)

	err = json.Unmarshal([]byte(`{"name": 5}`), &u2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"name": "x",}`), &u2)
	fmt.Println(err)
	var se *json.SyntaxError
	fmt.Println(err != nil && fmt.Sprint(err) != "", se == nil)
	err = json.Unmarshal([]byte(`[1,2]`), u2)
	fmt.Println(err)
	var n int
	fmt.Println(json.Unmarshal([]byte(`"x"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`42`), &n), n)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"b": 1, "a": 2})
	enc.SetIndent(">", "\t")
	enc.Encode([]string{"<&>"})
	dec := json.NewDecoder(strings.NewReader(`{"name":"a"} {"name":"b"}
[1]`))
	for {
		var v map[string]any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(v)
	}
	var nums []int
	fmt.Println(json.Unmarshal([]byte(` [1, 2, 3] `), &nums), nums, json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))
}
