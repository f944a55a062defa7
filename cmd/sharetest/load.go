package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"taskline/share"
)

// snippet returns the i-th test snippet: both languages and all Python
// versions, sizes from a line to several KiB, and text beyond ASCII, so
// that a read-back compares more than short ASCII.
func snippet(i int) share.Snippet {
	var b strings.Builder
	fmt.Fprintf(&b, "# share %d\n", i)
	alphabet := []rune("abcdefghij klmnop\tqrstuv\nwxyz_é✓😀(){}:=+")
	for j, n := 0, i*7919%4096; j < n; j++ {
		b.WriteRune(alphabet[(i+j*31)%len(alphabet)])
	}
	switch i % 4 {
	case 0:
		return share.Snippet{Lang: "go", Code: b.String()}
	case 1:
		return share.Snippet{Lang: "python", Code: b.String(), Python: "3.7"}
	case 2:
		return share.Snippet{Lang: "python", Code: b.String(), Python: "3.11"}
	}
	return share.Snippet{Lang: "python", Code: b.String()}
}

// LoadResult is what a load run measured.
type LoadResult struct {
	N, C        int
	Write, Read time.Duration   // wall time of each phase
	WriteLat    []time.Duration // per request, sorted
	ReadLat     []time.Duration
	Errors      int64
	FirstErrors []string
	DBBytes     int64
}

// Print writes the figures, one line per phase.
func (r *LoadResult) Print(w io.Writer) {
	phase := func(name string, total time.Duration, lat []time.Duration) {
		if len(lat) == 0 {
			return
		}
		fmt.Fprintf(w, "load: %-6s %6d requests in %6.2fs = %7.0f req/s; latency p50 %v p99 %v max %v\n",
			name, len(lat), total.Seconds(), float64(len(lat))/total.Seconds(),
			pct(lat, 50), pct(lat, 99), lat[len(lat)-1])
	}
	fmt.Fprintf(w, "load: %d shares, %d concurrent clients, loopback, SQLite (WAL, synchronous=FULL, group commit)\n", r.N, r.C)
	phase("POST", r.Write, r.WriteLat)
	phase("GET", r.Read, r.ReadLat)
	fmt.Fprintf(w, "load: database %.1f MiB; errors %d\n", float64(r.DBBytes)/(1<<20), r.Errors)
	for _, e := range r.FirstErrors {
		fmt.Fprintln(w, "load: error:", e)
	}
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i].Round(10 * time.Microsecond)
}

// Load starts bin on a fresh database, stores n snippets from c clients,
// then reads every one back from c clients and compares it.
func Load(ctx context.Context, bin string, n, c int) (*LoadResult, error) {
	dir, err := os.MkdirTemp("", "sharetest-load-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "load.db")
	// The load comes from one address; the per-client limit would
	// (rightly) refuse it, so it is off for this run.
	srv, err := startServer(ctx, bin, db, "-ratelimit=false", "-static", dir)
	if err != nil {
		return nil, err
	}
	defer srv.kill()

	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns:        2 * c,
		MaxIdleConnsPerHost: 2 * c,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}}
	res := &LoadResult{N: n, C: c}
	var errMu sync.Mutex
	fail := func(format string, args ...any) {
		if atomic.AddInt64(&res.Errors, 1) <= 5 {
			errMu.Lock()
			res.FirstErrors = append(res.FirstErrors, fmt.Sprintf(format, args...))
			errMu.Unlock()
		}
	}
	ids := make([]string, n)

	run := func(lat []time.Duration, op func(i int) error) time.Duration {
		jobs := make(chan int)
		var wg sync.WaitGroup
		start := time.Now()
		for range c {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range jobs {
					t := time.Now()
					if err := op(i); err != nil {
						fail("%d: %v", i, err)
					}
					lat[i] = time.Since(t)
				}
			}()
		}
		for i := range n {
			if ctx.Err() != nil {
				break
			}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		return time.Since(start)
	}

	res.WriteLat = make([]time.Duration, n)
	res.Write = run(res.WriteLat, func(i int) error {
		sn := snippet(i)
		body, _ := json.Marshal(sn)
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/api/share", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		data, err := roundTrip(client, req)
		if err != nil {
			return err
		}
		var got struct{ ID string }
		if err := json.Unmarshal(data, &got); err != nil {
			return fmt.Errorf("POST answer %q: %v", data, err)
		}
		if want := share.ID(sn); got.ID != want {
			return fmt.Errorf("POST gave id %q, want %q", got.ID, want)
		}
		ids[i] = got.ID
		return nil
	})
	res.ReadLat = make([]time.Duration, n)
	res.Read = run(res.ReadLat, func(i int) error {
		if ids[i] == "" {
			return errors.New("not stored, not read")
		}
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/share/"+ids[i], nil)
		data, err := roundTrip(client, req)
		if err != nil {
			return err
		}
		var got share.Snippet
		if err := json.Unmarshal(data, &got); err != nil {
			return fmt.Errorf("GET answer: %v", err)
		}
		if got != snippet(i) {
			return fmt.Errorf("read back %s: differs from what was stored", ids[i])
		}
		return nil
	})
	slices.Sort(res.WriteLat)
	slices.Sort(res.ReadLat)
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("did not finish in time: %v", err)
	}
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.stop(sctx); err != nil {
		return res, err
	}
	for _, suffix := range []string{"", "-wal"} {
		if st, err := os.Stat(db + suffix); err == nil {
			res.DBBytes += st.Size()
		}
	}
	if res.Errors > 0 {
		return res, fmt.Errorf("%d errors", res.Errors)
	}
	return res, nil
}

// roundTrip sends req and returns the body of a 200 answer.
func roundTrip(client *http.Client, req *http.Request) ([]byte, error) {
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s %s: status %d: %.200s", req.Method, req.URL.Path, resp.StatusCode, data)
	}
	return data, nil
}
