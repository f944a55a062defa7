package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	a := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.After(b), a.Before(b), a.Compare(b), a.Sub(b), b.Sub(a))
	z := time.Date(0, 6, 15, 13, 0, 0, 0, time.UTC)
	fmt.Println(z.Round(24*time.Hour), z.Truncate(time.Hour), z.Round(time.Hour))
	fmt.Println(time.Duration(math.MinInt64).Abs())
	now := time.Now()
	fmt.Println(now.AddDate(1000, 0, 0).After(now))
	t, err := time.Parse(time.RFC3339, "2024-02-29T12:30:00+02:00")
	fmt.Println(t, err, t.Weekday(), t.YearDay(), t.AddDate(1, 0, 0))
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Location(), time.Unix(0, 0).UTC(), time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
	fmt.Println(time.Saturday, time.March, now.Location(), now.UTC().Location(), time.Time{}.IsZero(), time.Time{})
	l, err := time.LoadLocation("UTC")
	fmt.Println(l == time.UTC, err, now.Equal(now.UTC()), now == now.Local())
}
