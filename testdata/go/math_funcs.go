package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.Pi)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Log(math.E), math.Hypot(3, 4))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Trunc(-2.5), math.Round(2.5))
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
	var x float64 = 10
	fmt.Println(x/3, float32(x)/3, int(x/3), int64(-2.9))
}
