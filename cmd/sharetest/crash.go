package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"taskline/share"
)

// Crash runs rounds of: start bin on one database, store snippets from
// several writers, SIGKILL the server once `after` POSTs have been
// answered (more are in flight), restart it, and read back every snippet
// whose POST was answered, in this round and all before.
func Crash(ctx context.Context, out io.Writer, bin string, rounds, writers, after int) error {
	dir, err := os.MkdirTemp("", "sharetest-crash-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "crash.db")
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: writers}}

	var acked []int // snippet numbers whose POST got its id back
	next := int64(0)
	for round := 1; round <= rounds; round++ {
		srv, err := startServer(ctx, bin, db, "-ratelimit=false", "-static", dir)
		if err != nil {
			return fmt.Errorf("round %d: start: %v", round, err)
		}
		// Everything acknowledged so far must have survived the last kill.
		if err := verify(ctx, client, srv.URL, acked); err != nil {
			srv.kill()
			return fmt.Errorf("round %d, after restart: %v", round, err)
		}

		var mu sync.Mutex
		var roundAcked int64
		killed := make(chan struct{})
		var once sync.Once
		var wg sync.WaitGroup
		for range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					select {
					case <-killed:
						return
					default:
					}
					i := int(atomic.AddInt64(&next, 1))
					if err := post(ctx, client, srv.URL, snippet(i)); err != nil {
						continue // not acknowledged: no promise to keep
					}
					mu.Lock()
					acked = append(acked, i)
					mu.Unlock()
					if atomic.AddInt64(&roundAcked, 1) == int64(after) {
						once.Do(func() {
							srv.kill()
							close(killed)
						})
					}
				}
			}()
		}
		select {
		case <-killed:
		case <-ctx.Done():
			srv.kill()
			wg.Wait()
			return fmt.Errorf("round %d: %v before %d shares were answered", round, ctx.Err(), after)
		}
		wg.Wait()
		client.CloseIdleConnections()
		fmt.Fprintf(out, "crash: round %d: SIGKILL after %d answered shares (%d attempted so far)\n",
			round, roundAcked, atomic.LoadInt64(&next))
	}

	srv, err := startServer(ctx, bin, db, "-ratelimit=false", "-static", dir)
	if err != nil {
		return fmt.Errorf("final start: %v", err)
	}
	defer srv.kill()
	if err := verify(ctx, client, srv.URL, acked); err != nil {
		return fmt.Errorf("after the last restart: %v", err)
	}
	fmt.Fprintf(out, "crash: %d rounds, all %d answered shares intact after SIGKILL and restart\n", rounds, len(acked))
	return nil
}

func post(ctx context.Context, client *http.Client, base string, sn share.Snippet) error {
	body, _ := json.Marshal(sn)
	req, _ := http.NewRequestWithContext(ctx, "POST", base+"/api/share", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	data, err := roundTrip(client, req)
	if err != nil {
		return err
	}
	var got struct{ ID string }
	if err := json.Unmarshal(data, &got); err != nil || got.ID != share.ID(sn) {
		return fmt.Errorf("bad answer %q", data)
	}
	return nil
}

// verify reads back every acknowledged snippet.
func verify(ctx context.Context, client *http.Client, base string, acked []int) error {
	lost := 0
	var first error
	for _, i := range acked {
		sn := snippet(i)
		req, _ := http.NewRequestWithContext(ctx, "GET", base+"/api/share/"+share.ID(sn), nil)
		data, err := roundTrip(client, req)
		var got share.Snippet
		if err == nil {
			err = json.Unmarshal(data, &got)
		}
		if err == nil && got != sn {
			err = fmt.Errorf("snippet %d read back different", i)
		}
		if err != nil {
			lost++
			if first == nil {
				first = err
			}
		}
	}
	if lost > 0 {
		return fmt.Errorf("%d of %d answered shares lost or damaged; first: %v", lost, len(acked), first)
	}
	return nil
}
