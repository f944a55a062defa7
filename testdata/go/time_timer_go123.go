package main

import (
	"fmt"
	"time"
)

// Go 1.23+ timers: the channel of a Timer or Ticker is synchronous, a tick
// nobody has received is discarded by Stop and Reset, which count the timer
// as still pending.
func main() {
	t := time.NewTimer(10 * time.Millisecond)
	tk := time.NewTicker(time.Millisecond)
	fmt.Println("cap/len:", cap(t.C), len(t.C), cap(tk.C), cap(time.After(time.Second)))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("len after expiry:", len(t.C), len(tk.C))
	fmt.Println("Stop of an expired, unread timer:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}

	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Reset of an expired, unread timer:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("Stop after the receive:", t2.Stop())

	// A late receive gets the tick at once, with the time it was due.
	t3 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	due := time.Now()
	v := <-t3.C
	fmt.Println("late value is older than the receive:", v.Before(due.Add(-15*time.Millisecond)))

	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no stale tick after Ticker.Reset")
	}
	tk.Stop()
}
