package main

import (
	"fmt"
	"time"
)

func main() {
	z := time.FixedZone("CET", 3600)
	t := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.In(z), t.In(z).Location(), z)
	name, off := t.In(z).Zone()
	fmt.Println(name, off)
	u, err := time.LoadLocation("UTC")
	fmt.Println(u, err, t.In(u))
	l, err := time.LoadLocation("")
	fmt.Println(l, err)
	fmt.Println(time.Date(2024, 1, 2, 3, 4, 5, 0, z).Format(time.RFC3339))
	p, err := time.Parse(time.RFC3339, "2024-06-01T10:00:00+02:00")
	fmt.Println(p, err, p.UTC())
	fmt.Println(time.FixedZone("", -5*3600))
}
