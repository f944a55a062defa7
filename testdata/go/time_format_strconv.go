package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			b.WriteString(strconv.FormatFloat(v, 'f', 1, 64))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	t := time.Date(2024, time.March, 15, 14, 30, 0, 0, time.UTC)
	fmt.Println(t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"), t.Weekday(), t.Month(), t.Year(), t.Day())
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.DateOnly), u.Sub(t), u.After(t), t.Equal(t))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC().Format(time.DateTime))
	fmt.Print(Matrix{{1, 2}, {3.5, 4}})
	fmt.Println(strings.SplitN("a:b:c", ":", 2), strings.Count("five", ""), strings.Index("go", ""))
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(-8, 2), strconv.FormatFloat(3.0, 'g', -1, 64))
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err)
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(90061)*time.Second)
}
