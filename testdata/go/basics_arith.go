package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b, -a/b, -a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a)
	var u uint8 = 250
	u += 10
	fmt.Println(u)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32>>31)
	x := 7.0 / 2
	fmt.Println(x, 1e6, 1e21, 0.1+0.2, float32(0.1))
	fmt.Println(uint64(1<<63), -9223372036854775808/-1 == -9223372036854775808)
	var big uint64 = 18446744073709551615
	fmt.Println(big, big/3, big%7, big > 1)
}
