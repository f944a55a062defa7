package main

import (
	"fmt"
	"math"
	"time"
)

// Time arithmetic over the whole range: years far from the Unix epoch,
// year 0, and a Duration that cannot be negated.
func main() {
	y3000 := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	y2000 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(y3000.After(y2000), y3000.Before(y2000), y2000.Before(y3000))
	fmt.Println(y3000.Compare(y2000), y2000.Compare(y3000), y3000.Compare(y3000))
	fmt.Println(y3000.Sub(y2000), y2000.Sub(y3000))
	fmt.Println(y3000.Unix(), y3000.UnixNano(), y2000.UnixMilli())

	y0 := time.Date(0, 12, 31, 11, 59, 59, 999, time.UTC)
	fmt.Println(y0.Round(time.Hour), y0.Truncate(time.Hour))
	fmt.Println(y0.Round(24*time.Hour), y0.Truncate(time.Minute), y0.Round(time.Second))
	fmt.Println(y0.Year(), y0.YearDay(), y0.Weekday())

	neg := time.Date(-500, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(neg, neg.Add(-time.Hour), neg.AddDate(0, -3, 0), neg.Before(y0))

	fmt.Println(time.Duration(math.MinInt64).Abs(), time.Duration(math.MinInt64+1).Abs(), time.Duration(-5).Abs())
	now := time.Now()
	far := now.AddDate(900, 0, 0)
	fmt.Println(far.After(now), now.Before(far), far.Sub(now) == time.Duration(math.MaxInt64))
	fmt.Println(time.Time{}.Before(now), time.Time{}.Sub(now))
}
