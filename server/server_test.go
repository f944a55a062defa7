package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"taskline/share"
)

var (
	t0       = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	bigJS    = strings.Repeat("console.log('taskline');\n", 200)
	indexDoc = "<!doctype html><title>Taskline</title><script type=module src=/build/app.js></script>"
)

// site is a small static tree: a page, a bundle with precompressed
// siblings (one stale), a large text file without siblings, a hashed
// name, a dot file and a directory without index.
func site() fstest.MapFS {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	return fstest.MapFS{
		"index.html":                 {Data: []byte(indexDoc), ModTime: t0},
		"build/app.js":               {Data: []byte(bigJS), ModTime: t0},
		"build/app.js.br":            {Data: []byte("BROTLI BYTES"), ModTime: t0},
		"build/app.js.gz":            {Data: gz(bigJS), ModTime: t0},
		"build/old.js":               {Data: []byte(bigJS), ModTime: t0.Add(time.Hour)},
		"build/old.js.gz":            {Data: []byte("STALE"), ModTime: t0},
		"build/taskline.wasm":        {Data: []byte("\x00asm\x01\x00\x00\x00"), ModTime: t0},
		"build/first-run-go.tltb":    {Data: []byte("TLTB RESULT"), ModTime: t0},
		"build/first-run-go.tltb.br": {Data: []byte("BROTLI RESULT"), ModTime: t0},
		"build/chunk-5XPQ3T2K.js":    {Data: []byte("export {}"), ModTime: t0},
		"style.css":                  {Data: []byte(strings.Repeat("body { color: red }\n", 100)), ModTime: t0},
		"tiny.txt":                   {Data: []byte("hi"), ModTime: t0},
		"docs/index.html":            {Data: []byte("docs"), ModTime: t0},
		"empty/readme.txt":           {Data: []byte("x"), ModTime: t0},
		".git/config":                {Data: []byte("secret"), ModTime: t0},
		"build/.cache/x":             {Data: []byte("secret"), ModTime: t0},
	}
}

func newTestServer(t *testing.T, st share.Store, lim Limiter) (*Server, *bytes.Buffer) {
	var logs bytes.Buffer
	s := New(Config{
		Static:     site(),
		Store:      st,
		ShareLimit: lim,
		Log:        slog.New(slog.NewTextHandler(&logs, nil)),
	})
	return s, &logs
}

type req struct {
	method, path string
	header       map[string]string
	body         string
	remote       string
}

func do(h http.Handler, r req) *httptest.ResponseRecorder {
	if r.method == "" {
		r.method = "GET"
	}
	hr := httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
	for k, v := range r.header {
		hr.Header.Set(k, v)
	}
	if r.remote != "" {
		hr.RemoteAddr = r.remote
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, hr)
	return rec
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

var staticCases = []struct {
	name    string
	req     req
	status  int
	headers map[string]string // "" means the header must be absent
	body    string            // after decoding; "" skips the check
}{
	{"index", req{path: "/"}, 200, map[string]string{
		"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", "Content-Encoding": "",
		"Vary": "Accept-Encoding"}, indexDoc},
	{"index by name", req{path: "/index.html"}, 200, nil, indexDoc},
	{"brotli preferred", req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": "gzip, deflate, br"}}, 200,
		map[string]string{"Content-Encoding": "br", "Content-Type": "text/javascript; charset=utf-8", "Vary": "Accept-Encoding",
			"Content-Length": "12"}, "BROTLI BYTES"},
	{"gzip sibling", req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": "gzip"}}, 200,
		map[string]string{"Content-Encoding": "gzip"}, bigJS},
	{"brotli refused by q=0", req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": "br;q=0, gzip;q=0.5"}}, 200,
		map[string]string{"Content-Encoding": "gzip"}, bigJS},
	{"identity", req{path: "/build/app.js"}, 200, map[string]string{"Content-Encoding": "", "Cache-Control": "no-cache"}, bigJS},
	{"stale sibling skipped, gzip on the fly", req{path: "/build/old.js", header: map[string]string{"Accept-Encoding": "gzip"}}, 200,
		map[string]string{"Content-Encoding": "gzip"}, bigJS},
	{"gzip on the fly", req{path: "/style.css", header: map[string]string{"Accept-Encoding": "*"}}, 200,
		map[string]string{"Content-Encoding": "gzip", "Content-Type": "text/css; charset=utf-8"}, strings.Repeat("body { color: red }\n", 100)},
	{"small file not compressed", req{path: "/tiny.txt", header: map[string]string{"Accept-Encoding": "gzip"}}, 200,
		map[string]string{"Content-Encoding": ""}, "hi"},
	{"wasm type", req{path: "/build/taskline.wasm"}, 200, map[string]string{"Content-Type": "application/wasm"}, "\x00asm\x01\x00\x00\x00"},
	{"a recorded result, brotli", req{path: "/build/first-run-go.tltb", header: map[string]string{"Accept-Encoding": "gzip, br"}}, 200,
		map[string]string{"Content-Type": "application/vnd.taskline.trace", "Content-Encoding": "br"}, "BROTLI RESULT"},
	{"hashed name cached for long", req{path: "/build/chunk-5XPQ3T2K.js"}, 200,
		map[string]string{"Cache-Control": "public, max-age=31536000, immutable"}, "export {}"},
	{"directory index", req{path: "/docs/"}, 200, nil, "docs"},
	{"directory redirect", req{path: "/docs"}, 301, map[string]string{"Location": "/docs/"}, ""},
	{"no listing", req{path: "/empty/"}, 404, map[string]string{"Content-Type": "text/html; charset=utf-8"}, ""},
	{"dot file", req{path: "/.git/config"}, 404, nil, ""},
	{"dot dir", req{path: "/build/.cache/x"}, 404, nil, ""},
	{"missing", req{path: "/nope.js"}, 404, map[string]string{"Content-Type": "text/html; charset=utf-8"}, ""},
	{"post to a file", req{method: "POST", path: "/index.html"}, 405, map[string]string{"Allow": "GET, HEAD"}, ""},
	{"unknown API", req{path: "/api/nope"}, 404, map[string]string{"Content-Type": "application/json; charset=utf-8"}, ""},
}

func TestStatic(t *testing.T) {
	s, _ := newTestServer(t, nil, nil)
	for _, c := range staticCases {
		rec := do(s, c.req)
		if rec.Code != c.status {
			t.Errorf("%s: status %d, want %d", c.name, rec.Code, c.status)
			continue
		}
		for k, want := range c.headers {
			if got := rec.Header().Get(k); got != want {
				t.Errorf("%s: %s = %q, want %q", c.name, k, got, want)
			}
		}
		if c.body == "" {
			continue
		}
		got := rec.Body.String()
		if rec.Header().Get("Content-Encoding") == "gzip" {
			got = gunzip(t, rec.Body.Bytes())
		}
		if got != c.body {
			t.Errorf("%s: body %.80q, want %.80q", c.name, got, c.body)
		}
	}
}

func TestETagRevalidation(t *testing.T) {
	s, _ := newTestServer(t, nil, nil)
	for _, enc := range []string{"", "gzip", "br"} {
		first := do(s, req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": enc}})
		tag := first.Header().Get("ETag")
		if !strings.HasPrefix(tag, `"`) {
			t.Fatalf("enc %q: ETag %q", enc, tag)
		}
		again := do(s, req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": enc, "If-None-Match": tag}})
		if again.Code != 304 || again.Body.Len() != 0 {
			t.Errorf("enc %q: revalidation got %d with %d bytes, want 304", enc, again.Code, again.Body.Len())
		}
	}
	// Each encoding has its own tag, so a cache never serves one for another.
	tags := map[string]bool{}
	for _, enc := range []string{"", "gzip", "br"} {
		tags[do(s, req{path: "/build/app.js", header: map[string]string{"Accept-Encoding": enc}}).Header().Get("ETag")] = true
	}
	tags[do(s, req{path: "/style.css", header: map[string]string{"Accept-Encoding": "gzip"}}).Header().Get("ETag")] = true
	tags[do(s, req{path: "/style.css"}).Header().Get("ETag")] = true
	if len(tags) != 5 {
		t.Errorf("ETags not distinct per file and encoding: %v", tags)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t, new(share.MemStore), nil)
	s.HandleFunc("/embed", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "embed") })
	for _, path := range []string{"/", "/build/app.js", "/api/share/AAAAAAAAAA", "/p/AAAAAAAAAA", "/nope", "/embedded"} {
		rec := do(s, req{path: path})
		h := rec.Header()
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" ||
			!strings.HasSuffix(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: headers %v", path, h)
		}
	}
	rec := do(s, req{path: "/embed"})
	h := rec.Header()
	if rec.Body.String() != "embed" || h.Get("X-Frame-Options") != "" ||
		!strings.HasSuffix(h.Get("Content-Security-Policy"), "frame-ancestors *") || h.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("/embed: headers %v", h)
	}
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval';", "connect-src 'self';", "default-src 'none';"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
		t.Errorf("CSP %q allows inline code or eval", csp)
	}
}

func TestShortLinks(t *testing.T) {
	st := new(share.MemStore)
	s, _ := newTestServer(t, st, nil)
	rec := do(s, req{method: "POST", path: "/api/share", header: map[string]string{"Content-Type": "application/json"},
		body: `{"lang":"python","code":"import asyncio\n"}`})
	var created struct{ ID string }
	if err := json.Unmarshal(rec.Body.Bytes(), &created); rec.Code != 200 || err != nil {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	rec = do(s, req{path: "/p/" + created.ID})
	if rec.Code != 200 || rec.Body.String() != indexDoc || rec.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("/p/%s: %d %q", created.ID, rec.Code, rec.Body)
	}
	rec = do(s, req{path: "/api/share/" + created.ID})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"code":"import asyncio\n"`) {
		t.Errorf("GET api: %d %s", rec.Code, rec.Body)
	}
	for _, path := range []string{"/p/AAAAAAAAAA", "/p/bad!", "/p/" + created.ID + "x"} {
		rec := do(s, req{path: path})
		if rec.Code != 404 || !strings.Contains(rec.Body.String(), "No such program") {
			t.Errorf("%s: %d %q, want the 404 page", path, rec.Code, rec.Body)
		}
	}
	if rec := do(s, req{method: "POST", path: "/p/" + created.ID}); rec.Code != 405 {
		t.Errorf("POST /p/: %d", rec.Code)
	}
}

// fakeClock is a settable time source for the limiter.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

func TestRateLimit(t *testing.T) {
	clock := &fakeClock{t0}
	lim := NewClientLimiter(ShareBurst, ShareInterval)
	lim.Now = clock.Now
	s, _ := newTestServer(t, new(share.MemStore), lim)
	post := func(remote string, n int) *httptest.ResponseRecorder {
		return do(s, req{method: "POST", path: "/api/share", remote: remote,
			header: map[string]string{"Content-Type": "application/json"},
			body:   `{"lang":"go","code":"package main // ` + strings.Repeat("x", n) + `"}`})
	}
	for i := range ShareBurst {
		if rec := post("192.0.2.1:1000", i); rec.Code != 200 {
			t.Fatalf("share %d of the burst: %d %s", i, rec.Code, rec.Body)
		}
	}
	rec := post("192.0.2.1:1001", 0)
	if rec.Code != 429 || rec.Header().Get("Retry-After") != "2" || !strings.Contains(rec.Body.String(), "too many requests") {
		t.Fatalf("past the burst: %d %v %s", rec.Code, rec.Header(), rec.Body)
	}
	// Reads are not limited, nor are other clients.
	if rec := do(s, req{path: "/api/share/AAAAAAAAAA", remote: "192.0.2.1:1000"}); rec.Code != 404 {
		t.Errorf("read while limited: %d", rec.Code)
	}
	if rec := post("192.0.2.2:1000", 0); rec.Code != 200 {
		t.Errorf("another client: %d", rec.Code)
	}
	// Addresses in one IPv6 /64 share a bucket; the next /64 does not.
	for i := range ShareBurst {
		post("[2001:db8::1]:5", i)
	}
	if rec := post("[2001:db8::ffff]:5", 0); rec.Code != 429 {
		t.Errorf("same /64: %d, want 429", rec.Code)
	}
	if rec := post("[2001:db8:0:1::1]:5", 0); rec.Code != 200 {
		t.Errorf("next /64: %d, want 200", rec.Code)
	}
	// The bucket refills one token per interval.
	clock.now = clock.now.Add(ShareInterval)
	if rec := post("192.0.2.1:1000", 0); rec.Code != 200 {
		t.Errorf("after one interval: %d", rec.Code)
	}
	if rec := post("192.0.2.1:1000", 1); rec.Code != 429 {
		t.Errorf("second share after one interval: %d, want 429", rec.Code)
	}
}

func TestLimiterMemoryBounded(t *testing.T) {
	clock := &fakeClock{t0}
	lim := NewClientLimiter(2, time.Second)
	lim.Now = clock.Now
	r := httptest.NewRequest("POST", "/", nil)
	for i := range MaxTrackedClients + 10 {
		r.RemoteAddr = netAddr(i)
		lim.Allow(r)
	}
	if n := len(lim.clients); n > MaxTrackedClients {
		t.Fatalf("%d clients tracked, limit %d", n, MaxTrackedClients)
	}
}

func netAddr(i int) string {
	return fmt.Sprintf("10.%d.%d.%d:80", i>>16&255, i>>8&255, i&255)
}

// TestNoEscape serves a real directory, bypassing the mux's own path
// cleaning, and asks for a file beside it.
func TestNoEscape(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "secret"), []byte("secret"), 0o644)
	os.Mkdir(filepath.Join(dir, "site"), 0o755)
	os.WriteFile(filepath.Join(dir, "site", "index.html"), []byte("page"), 0o644)
	sf := newStaticFiles(os.DirFS(filepath.Join(dir, "site")), slog.Default())
	for _, p := range []string{"/../secret", "/a/../../secret", "/..%2fsecret"} {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL.Path = p
		rec := httptest.NewRecorder()
		sf.ServeHTTP(rec, r)
		if rec.Code != 404 || strings.Contains(rec.Body.String(), "secret") {
			t.Errorf("%s: %d %q", p, rec.Code, rec.Body)
		}
	}
}

func TestRecoverAndLog(t *testing.T) {
	s, logs := newTestServer(t, nil, nil)
	s.HandleFunc("/boom", func(http.ResponseWriter, *http.Request) { panic("kaboom") })
	rec := do(s, req{path: "/boom"})
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), "Server error") {
		t.Errorf("panic: %d %q", rec.Code, rec.Body)
	}
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Error("500 page without security headers")
	}
	do(s, req{path: "/tiny.txt"})
	out := logs.String()
	for _, want := range []string{"kaboom", "path=/boom status=500", "method=GET path=/tiny.txt status=200 bytes=2"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
}

func TestAcceptsEncoding(t *testing.T) {
	for _, c := range []struct {
		header, enc string
		want        bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"GZIP", "gzip", true},
		{"deflate, gzip;q=1.0, *;q=0.5", "br", true},
		{"br;q=0", "br", false},
		{"*;q=0, gzip", "br", false},
		{"gzip ; q=0.001", "gzip", true},
		{"gzip;q=bogus", "gzip", false},
		{"identity", "gzip", false},
	} {
		if got := acceptsEncoding(c.header, c.enc); got != c.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", c.header, c.enc, got)
		}
	}
}

func TestIsHashedName(t *testing.T) {
	for name, want := range map[string]bool{
		"build/app-5XPQ3T2K.js":        true,
		"build/chunk-abc12345.css":     true,
		"build/app.js":                 false,
		"wasm_exec.js":                 false,
		"build/taskline-examples.json": false, // a word, not a hash
		"build/app-1234.js":            false,
		"build/app-12345678.js":        false, // digits only: a date or a version
		"build/app-5XPQ_3T2K.js":       false,
	} {
		if got := IsHashedName(name); got != want {
			t.Errorf("IsHashedName(%q) = %v", name, got)
		}
	}
}

// TestClientAddr: the limiter's key behind a reverse proxy. Without a trusted
// header every client of the proxy shared one bucket (the proxy's address);
// a header nobody said to trust must not change the key, since clients can
// send it themselves.
func TestClientAddr(t *testing.T) {
	for _, c := range []struct {
		name, remote, trust string
		header              map[string][]string
		want                string
	}{
		{"connection", "192.0.2.1:1000", "", nil, "192.0.2.1"},
		{"untrusted header ignored", "192.0.2.1:1000", "", map[string][]string{"X-Forwarded-For": {"203.0.113.9"}}, "192.0.2.1"},
		{"other header than the trusted one ignored", "192.0.2.1:1000", "CF-Connecting-IP", map[string][]string{"X-Forwarded-For": {"203.0.113.9"}}, "192.0.2.1"},
		{"trusted CF-Connecting-IP", "192.0.2.1:1000", "CF-Connecting-IP", map[string][]string{"Cf-Connecting-Ip": {"203.0.113.9"}}, "203.0.113.9"},
		{"X-Forwarded-For: the proxy's entry is the last", "192.0.2.1:1000", "X-Forwarded-For", map[string][]string{"X-Forwarded-For": {"198.51.100.7, 203.0.113.9"}}, "203.0.113.9"},
		{"X-Forwarded-For over several lines", "192.0.2.1:1000", "X-Forwarded-For", map[string][]string{"X-Forwarded-For": {"198.51.100.7", "203.0.113.9"}}, "203.0.113.9"},
		{"IPv6 by /64", "192.0.2.1:1000", "X-Real-IP", map[string][]string{"X-Real-Ip": {"2001:db8::1"}}, "2001:db8::"},
		{"garbage falls back to the connection", "192.0.2.1:1000", "X-Forwarded-For", map[string][]string{"X-Forwarded-For": {"203.0.113.9, not-an-ip"}}, "192.0.2.1"},
		{"missing header falls back to the connection", "[2001:db8::5]:1", "X-Forwarded-For", nil, "2001:db8::"},
	} {
		r := httptest.NewRequest("POST", "/api/share", nil)
		r.RemoteAddr = c.remote
		for k, vs := range c.header {
			for _, v := range vs {
				r.Header.Add(k, v)
			}
		}
		if got := ClientAddr(r, c.trust).String(); got != c.want {
			t.Errorf("%s: ClientAddr = %s, want %s", c.name, got, c.want)
		}
	}
}

// TestRateLimitBehindProxy: with a trusted header, clients behind one proxy
// get a bucket each.
func TestRateLimitBehindProxy(t *testing.T) {
	lim := NewClientLimiter(1, time.Hour)
	lim.TrustHeader = "X-Forwarded-For"
	s, _ := newTestServer(t, new(share.MemStore), lim)
	post := func(client string) int {
		return do(s, req{method: "POST", path: "/api/share", remote: "10.0.0.1:80",
			header: map[string]string{"Content-Type": "application/json", "X-Forwarded-For": client},
			body:   `{"lang":"go","code":"x` + client + `"}`}).Code
	}
	if post("203.0.113.1") != 200 || post("203.0.113.2") != 200 {
		t.Fatal("two clients behind one proxy: want one share each")
	}
	if got := post("203.0.113.1"); got != 429 {
		t.Errorf("the first client again: %d, want 429", got)
	}
}

func TestTrustedHeader(t *testing.T) {
	if h, err := TrustedHeader("x-forwarded-for"); err != nil || h != "X-Forwarded-For" {
		t.Errorf("TrustedHeader(x-forwarded-for) = %q, %v", h, err)
	}
	if h, err := TrustedHeader(""); err != nil || h != "" {
		t.Errorf("TrustedHeader(\"\") = %q, %v", h, err)
	}
	if _, err := TrustedHeader("X-Client"); err == nil || !strings.Contains(err.Error(), "X-Forwarded-For, CF-Connecting-IP, X-Real-IP") {
		t.Errorf("TrustedHeader(X-Client): %v", err)
	}
}
