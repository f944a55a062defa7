package share_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"taskline/share"
	"taskline/share/sqlite"
)

// backends lists every Store the tests run against. SQLite runs on a real
// file, as the server does.
var backends = []struct {
	name string
	open func(t *testing.T) share.Store
}{
	{"mem", func(t *testing.T) share.Store { return new(share.MemStore) }},
	{"sqlite", func(t *testing.T) share.Store {
		st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "share.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}},
}

func newAPI(st share.Store) http.Handler {
	h := &share.Handler{Store: st}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/share", h.Create)
	mux.HandleFunc("/api/share/{id}", h.Get)
	return mux
}

// apiCases is the table every backend runs: a request and the status and
// body (or error message) it must get. Requests run in order against one
// store, so later cases may read what earlier ones stored.
var apiCases = []struct {
	name, method, path, ctype, body string
	status                          int
	want                            string // the whole JSON body, or a substring of the error message
}{
	{"create", "POST", "/api/share", "application/json", `{"lang":"python","code":"print(1)\n","python":"3.11"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "python", Code: "print(1)\n", Python: "3.11"}) + `"}`},
	{"read back", "GET", "/api/share/" + share.ID(share.Snippet{Lang: "python", Code: "print(1)\n", Python: "3.11"}), "", "",
		200, `{"lang":"python","code":"print(1)\n","python":"3.11"}`},
	{"create again, same id", "POST", "/api/share", "application/json; charset=utf-8", `{"python":"3.11","code":"print(1)\n","lang":"python"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "python", Code: "print(1)\n", Python: "3.11"}) + `"}`},
	{"go snippet", "POST", "/api/share", "application/json", `{"lang":"go","code":"package main\r\n\u0000é😀"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "go", Code: "package main\r\n\x00é😀"}) + `"}`},
	{"go read back keeps bytes", "GET", "/api/share/" + share.ID(share.Snippet{Lang: "go", Code: "package main\r\n\x00é😀"}), "", "",
		200, `{"lang":"go","code":"package main\r\n\u0000é😀"}`},
	{"head", "HEAD", "/api/share/" + share.ID(share.Snippet{Lang: "go", Code: "package main\r\n\x00é😀"}), "", "", 200, ""},
	{"python version ignored for go", "POST", "/api/share", "application/json", `{"lang":"go","code":"package main\n","python":"3.7"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "go", Code: "package main\n"}) + `"}`},
	{"go read back without version", "GET", "/api/share/" + share.ID(share.Snippet{Lang: "go", Code: "package main\n"}), "", "",
		200, `{"lang":"go","code":"package main\n"}`},
	{"largest code", "POST", "/api/share", "application/json", `{"lang":"python","code":"` + strings.Repeat("x", share.MaxCodeBytes) + `"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "python", Code: strings.Repeat("x", share.MaxCodeBytes)}) + `"}`},

	{"malformed", "POST", "/api/share", "application/json", `{"lang":"python",`, 400, "malformed JSON"},
	{"syntax error position", "POST", "/api/share", "application/json", "{\n  \"lang\": python}", 400, "malformed JSON at 2:11"},
	{"empty body", "POST", "/api/share", "application/json", ``, 400, "empty body"},
	{"not an object", "POST", "/api/share", "application/json", `[1]`, 400, "want an object"},
	{"wrong type", "POST", "/api/share", "application/json", `{"lang":"python","code":3}`, 400, "field code: want a string"},
	{"missing lang", "POST", "/api/share", "application/json", `{"code":"x"}`, 400, "missing field lang"},
	{"missing code", "POST", "/api/share", "application/json", `{"lang":"python"}`, 400, "missing field code"},
	{"null code", "POST", "/api/share", "application/json", `{"lang":"python","code":null}`, 400, "missing field code"},
	{"empty code", "POST", "/api/share", "application/json", `{"lang":"python","code":""}`, 400, "code is empty"},
	{"unknown lang", "POST", "/api/share", "application/json", `{"lang":"ruby","code":"x"}`, 400, `unknown lang "ruby"`},
	{"unknown python", "POST", "/api/share", "application/json", `{"lang":"python","code":"x","python":"2.7"}`, 400, `unknown python version "2.7"`},
	{"unknown field", "POST", "/api/share", "application/json", `{"lang":"go","code":"x","title":"t"}`, 400, `unknown field "title"`},
	{"trailing data", "POST", "/api/share", "application/json", `{"lang":"go","code":"x"} {}`, 400, "data after the object"},

	{"unknown id", "GET", "/api/share/AAAAAAAAAA", "", "", 404, "no snippet"},
	{"malformed id", "GET", "/api/share/not*an*id!", "", "", 404, "no snippet"},
	{"short id", "GET", "/api/share/abc", "", "", 404, "no snippet"},

	{"get on create", "GET", "/api/share", "", "", 405, "use POST"},
	{"post on read", "POST", "/api/share/AAAAAAAAAA", "application/json", `{}`, 405, "use GET"},
	{"delete", "DELETE", "/api/share/AAAAAAAAAA", "", "", 405, "use GET"},

	{"code too large", "POST", "/api/share", "application/json", `{"lang":"python","code":"` + strings.Repeat("x", share.MaxCodeBytes+1) + `"}`, 413, "code exceeds 65536 bytes"},
	{"body too large", "POST", "/api/share", "application/json", `{"lang":"python","code":"` + strings.Repeat(`\u0001`, share.MaxBodyBytes/6+1) + `"}`, 413, "too large"},

	// Invalid UTF-8 used to be replaced by U+FFFD and stored under a new id.
	{"invalid UTF-8", "POST", "/api/share", "application/json", "{\"lang\":\"python\",\"code\":\"a\xffb\"}", 400, "not valid UTF-8 at 1:27"},
	{"invalid UTF-8 was not stored", "GET", "/api/share/" + share.ID(share.Snippet{Lang: "python", Code: "a\uFFFDb"}), "", "", 404, "no snippet"},
	{"truncated UTF-8", "POST", "/api/share", "application/json", "{\"lang\":\"python\",\"code\":\"\xe2\x82\"}", 400, "not valid UTF-8"},
	{"escaped lone surrogate", "POST", "/api/share", "application/json", `{"lang":"python","code":"a\ud800b"}`, 400, "malformed JSON at 1:27: an escaped lone surrogate"},
	{"escaped low surrogate first", "POST", "/api/share", "application/json", `{"lang":"python","code":"\ude00\ud83d"}`, 400, "lone surrogate"},
	{"escaped surrogate pair", "POST", "/api/share", "application/json", `{"lang":"go","code":"\ud83d\ude00"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "go", Code: "😀"}) + `"}`},
	{"an escaped backslash before u is text", "POST", "/api/share", "application/json", `{"lang":"go","code":"\\ud800"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "go", Code: `\ud800`}) + `"}`},

	{"form post", "POST", "/api/share", "application/x-www-form-urlencoded", `lang=python&code=x`, 415, "application/json"},
	// A UTF-16 charset used to be read as UTF-8.
	{"UTF-16 charset", "POST", "/api/share", "application/json; charset=utf-16", `{"lang":"python","code":"x"}`, 415, "charset must be utf-8"},
	{"latin1 charset", "POST", "/api/share", "application/json; charset=ISO-8859-1", `{"lang":"python","code":"x"}`, 415, "charset must be utf-8"},
	{"UTF-8 charset in capitals", "POST", "/api/share", "application/json; charset=UTF-8", `{"lang":"go","code":"x"}`,
		200, `{"id":"` + share.ID(share.Snippet{Lang: "go", Code: "x"}) + `"}`},
	{"no content type", "POST", "/api/share", "", `{"lang":"python","code":"x"}`, 415, "application/json"},
}

func TestAPI(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			api := newAPI(b.open(t))
			for _, c := range apiCases {
				req := httptest.NewRequest(c.method, c.path, strings.NewReader(c.body))
				if c.ctype != "" {
					req.Header.Set("Content-Type", c.ctype)
				}
				rec := httptest.NewRecorder()
				api.ServeHTTP(rec, req)
				body := rec.Body.String()
				if rec.Code != c.status {
					t.Errorf("%s: status %d, want %d (body %.200s)", c.name, rec.Code, c.status, body)
					continue
				}
				if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
					t.Errorf("%s: Content-Type %q", c.name, ct)
				}
				if c.method == "HEAD" {
					continue
				}
				if c.status == 200 {
					if got := strings.TrimSuffix(body, "\n"); got != c.want {
						t.Errorf("%s: body %.200s, want %.200s", c.name, got, c.want)
					}
					continue
				}
				var e struct{ Error string }
				if err := json.Unmarshal([]byte(body), &e); err != nil || !strings.Contains(e.Error, c.want) {
					t.Errorf("%s: body %.200s, want an error containing %q", c.name, body, c.want)
				}
				if c.status == 405 && rec.Header().Get("Allow") == "" {
					t.Errorf("%s: 405 without Allow", c.name)
				}
			}
		})
	}
}

// TestChunkedTooLarge sends a body without Content-Length, so that only
// the reader's limit can stop it.
func TestChunkedTooLarge(t *testing.T) {
	api := newAPI(new(share.MemStore))
	body := `{"lang":"python","code":"` + strings.Repeat("x", share.MaxBodyBytes) + `"}`
	req := httptest.NewRequest("POST", "/api/share", io.MultiReader(strings.NewReader(body)))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, req)
	if rec.Code != 413 || !strings.Contains(rec.Body.String(), "request body exceeds") {
		t.Fatalf("got %d %s, want 413", rec.Code, rec.Body)
	}
}

func TestStoreCollision(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			ctx := context.Background()
			a := share.Snippet{Lang: "python", Code: "a"}
			if err := st.Put(ctx, "SAMEIDSAME", a); err != nil {
				t.Fatal(err)
			}
			if err := st.Put(ctx, "SAMEIDSAME", a); err != nil {
				t.Fatalf("same snippet again: %v", err)
			}
			err := st.Put(ctx, "SAMEIDSAME", share.Snippet{Lang: "python", Code: "b"})
			if !errors.Is(err, share.ErrCollision) {
				t.Fatalf("different snippet under the same id: got %v, want ErrCollision", err)
			}
			if got, _ := st.Get(ctx, "SAMEIDSAME"); got != a {
				t.Fatalf("after refused collision: got %+v, want %+v", got, a)
			}
			if _, err := st.Get(ctx, "NOSUCHIDXX"); !errors.Is(err, share.ErrNotFound) {
				t.Fatalf("Get of unknown id: %v, want ErrNotFound", err)
			}
		})
	}
}

// TestConcurrentCollision stores different snippets under one id at once
// (they may share a transaction): exactly one must win.
func TestConcurrentCollision(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			const n = 20
			errs := make(chan error, n)
			for i := range n {
				go func() {
					errs <- st.Put(context.Background(), "CONTESTED0", share.Snippet{Lang: "go", Code: fmt.Sprint(i)})
				}()
			}
			won := 0
			for range n {
				switch err := <-errs; {
				case err == nil:
					won++
				case !errors.Is(err, share.ErrCollision):
					t.Errorf("unexpected error %v", err)
				}
			}
			if won != 1 {
				t.Errorf("%d writers won, want 1", won)
			}
		})
	}
}

// TestClosed checks that a closed SQLite store refuses writes cleanly.
func TestClosed(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	err = st.Put(context.Background(), "AAAAAAAAAA", share.Snippet{Lang: "go", Code: "x"})
	if !errors.Is(err, share.ErrClosed) {
		t.Fatalf("Put after Close: %v, want ErrClosed", err)
	}
}

// TestConcurrent stores and reads from many goroutines; run with -race it
// also checks the backends' locking.
func TestConcurrent(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			ctx := context.Background()
			var wg sync.WaitGroup
			errs := make(chan error, 16*25)
			for g := range 16 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range 25 {
						// Half the snippets are shared by every goroutine.
						sn := share.Snippet{Lang: "go", Code: fmt.Sprintf("g%d i%d", g%2*g, i)}
						id := share.ID(sn)
						if err := st.Put(ctx, id, sn); err != nil {
							errs <- err
							continue
						}
						if got, err := st.Get(ctx, id); err != nil || got != sn {
							errs <- fmt.Errorf("read back %s: %+v, %v", id, got, err)
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}

func TestSQLitePersists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	sn := share.Snippet{Lang: "python", Code: "import asyncio\n", Python: "3.7"}
	if err := st.Put(ctx, share.ID(sn), sn); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening runs the migrations again; they must be no-ops.
	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Get(ctx, share.ID(sn))
	if err != nil || got != sn {
		t.Fatalf("after reopen: %+v, %v; want %+v", got, err, sn)
	}
}

func TestSQLiteBadPath(t *testing.T) {
	_, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"))
	if err == nil {
		t.Fatal("Open in a missing directory succeeded")
	}
}

func TestID(t *testing.T) {
	a := share.Snippet{Lang: "python", Code: "x"}
	ids := map[string]share.Snippet{}
	for _, sn := range []share.Snippet{
		a,
		{Lang: "python", Code: "x", Python: "3.11"},
		{Lang: "python", Code: "x", Python: "3.7"},
		{Lang: "go", Code: "x"},
		{Lang: "python", Code: "x "},
		// Field boundaries must not blur: these would collide under a
		// plain concatenation.
		{Lang: "python3", Code: ".7x"},
		{Lang: "python", Python: "3", Code: ".7x"},
	} {
		id := share.ID(sn)
		if !share.ValidID(id) {
			t.Errorf("ID(%+v) = %q, not a valid id", sn, id)
		}
		if prev, ok := ids[id]; ok {
			t.Errorf("ID(%+v) = ID(%+v) = %q", sn, prev, id)
		}
		ids[id] = sn
	}
	if share.ID(a) != share.ID(share.Snippet{Lang: "python", Code: "x"}) {
		t.Error("ID is not a function of the content")
	}
	for _, bad := range []string{"", "abc", "AAAAAAAAAAA", "AAAAAAAAA=", "AAAA/AAAAA", "ÀAAAAAAAA"} {
		if share.ValidID(bad) {
			t.Errorf("ValidID(%q) = true", bad)
		}
	}
}

func ExampleDecodeRequest() {
	_, err := share.DecodeRequest(strings.NewReader("{\n  \"lang\": python}"))
	fmt.Println(err)
	_, err = share.DecodeRequest(strings.NewReader(`{"lang": "ruby", "code": "puts 1"}`))
	fmt.Println(err)
	sn, err := share.DecodeRequest(strings.NewReader(`{"lang": "python", "code": "print(1)", "python": "3.7"}`))
	fmt.Printf("%+v %v\n", sn, err)
	// Output:
	// malformed JSON at 2:11: invalid character 'p' looking for beginning of value
	// unknown lang "ruby" (want python or go or set)
	// {Lang:python Code:print(1) Python:3.7} <nil>
}

// The ids of existing links must never change: this pins the encoding.
func ExampleID() {
	fmt.Println(share.ID(share.Snippet{Lang: "python", Code: "print('hello')\n"}))
	// Output: u1U-2wPTk6
}

func TestDecodeReadsAtMostLimit(t *testing.T) {
	r := &countingReader{r: strings.NewReader(strings.Repeat(" ", 10*share.MaxBodyBytes))}
	_, err := share.DecodeRequest(r)
	var re *share.RequestError
	if !errors.As(err, &re) || re.Status != 413 {
		t.Fatalf("got %v, want a 413 RequestError", err)
	}
	if r.n > share.MaxBodyBytes+1 {
		t.Fatalf("read %d bytes, limit %d", r.n, share.MaxBodyBytes)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// A teacher's exercise set is stored like a program: its JSON document is the
// code, "set" the kind, and it keeps no Python version.
func TestSetRoundTrip(t *testing.T) {
	doc := `{"taskline":"set","version":1,"title":"Cancellation","exercises":[]}`
	sn, err := share.DecodeRequest(strings.NewReader(`{"lang":"set","python":"3.7","code":` + strconv.Quote(doc) + `}`))
	if err != nil {
		t.Fatal(err)
	}
	if sn.Lang != share.SetKind || sn.Python != "" || sn.Code != doc {
		t.Fatalf("decoded %+v", sn)
	}
	st := &share.MemStore{}
	id := share.ID(sn)
	if err := st.Put(context.Background(), id, sn); err != nil {
		t.Fatal(err)
	}
	got, err := st.Get(context.Background(), id)
	if err != nil || got != sn {
		t.Fatalf("Get = %+v, %v; want %+v", got, err, sn)
	}
}
