package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"taskline/share"
)

// Check drives the share API at base through a round trip and every error
// status, writing one line per check to out. limit is the number of POSTs
// the server lets one client make at once (0 skips the 429 check).
func Check(ctx context.Context, out io.Writer, base string, limit int) error {
	c := &checker{ctx: ctx, out: out, base: strings.TrimSuffix(base, "/")}
	sn := checkSnippet
	id := share.ID(sn)
	body, _ := json.Marshal(sn)

	// The round trip.
	r := c.do("POST", "/api/share", "application/json", string(body))
	c.expect("POST /api/share stores the snippet", r, 200, "application/json", `{"id":"`+id+`"}`)
	r = c.do("POST", "/api/share", "application/json", string(body))
	c.expect("sharing it again gives the same id", r, 200, "application/json", `{"id":"`+id+`"}`)
	r = c.do("GET", "/api/share/"+id, "", "")
	c.expect("GET /api/share/{id} gives it back", r, 200, "application/json", string(body))
	r = c.do("GET", "/p/"+id, "", "")
	c.expect("GET /p/{id} serves the page", r, 200, "text/html", "")
	c.check("the page forbids framing", r.header.Get("X-Frame-Options") == "DENY" &&
		strings.Contains(r.header.Get("Content-Security-Policy"), "frame-ancestors 'none'"), "headers %v", r.header)
	c.check("the page allows wasm", strings.Contains(r.header.Get("Content-Security-Policy"), "'wasm-unsafe-eval'"), "CSP %q", r.header.Get("Content-Security-Policy"))
	r = c.do("GET", "/", "", "")
	c.expect("GET / serves the page", r, 200, "text/html", "")
	c.check("static files carry the CSP", strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'none'") &&
		r.header.Get("X-Content-Type-Options") == "nosniff", "headers %v", r.header)
	r = c.do("GET", "/p/AAAAAAAAAA", "", "")
	c.expect("an unknown short link is a 404 page", r, 404, "text/html", "")

	// Every error status, each with a JSON message.
	for _, e := range []struct {
		name, method, path, ctype, body string
		status                          int
	}{
		{"malformed JSON", "POST", "/api/share", "application/json", `{"lang":`, 400},
		{"missing field", "POST", "/api/share", "application/json", `{"lang":"python"}`, 400},
		{"unknown language", "POST", "/api/share", "application/json", `{"lang":"cobol","code":"x"}`, 400},
		{"unknown id", "GET", "/api/share/AAAAAAAAAA", "", "", 404},
		{"GET on the create endpoint", "GET", "/api/share", "", "", 405},
		{"DELETE on a snippet", "DELETE", "/api/share/" + id, "", "", 405},
		{"code over 64 KiB", "POST", "/api/share", "application/json", `{"lang":"go","code":"` + strings.Repeat("x", share.MaxCodeBytes+1) + `"}`, 413},
		{"invalid UTF-8", "POST", "/api/share", "application/json", "{\"lang\":\"python\",\"code\":\"a\xffb\"}", 400},
		{"an escaped lone surrogate", "POST", "/api/share", "application/json", `{"lang":"python","code":"a\ud800b"}`, 400},
		{"form instead of JSON", "POST", "/api/share", "text/plain", string(body), 415},
		{"a UTF-16 charset", "POST", "/api/share", "application/json; charset=utf-16", string(body), 415},
	} {
		r := c.do(e.method, e.path, e.ctype, e.body)
		c.expectError(fmt.Sprintf("%d for %s", e.status, e.name), r, e.status)
	}

	if limit > 0 {
		// Limits refill as time passes (a token bucket locally, fixed
		// windows on Cloudflare, where a window may end mid-loop), so
		// allow twice the burst before calling the limit missing.
		attempts := 2*limit + 20
		got429 := false
		for i := range attempts {
			code := fmt.Sprintf(`{"lang":"go","code":"package main // rate %d"}`, i)
			r := c.do("POST", "/api/share", "application/json", code)
			if r.status == 429 {
				c.expectError("429 once a client shares too fast", r, 429)
				c.check("429 says when to retry", r.header.Get("Retry-After") != "", "no Retry-After")
				got429 = true
				break
			}
			if r.status != 200 {
				c.expect("shares before the limit", r, 200, "application/json", "")
				break
			}
		}
		if !got429 {
			c.check("429 once a client shares too fast", false, "no 429 after %d shares", attempts)
		}
	}
	fmt.Fprintf(out, "check: %d passed, %d failed\n", c.passed, c.failed)
	if c.failed > 0 {
		return fmt.Errorf("%d checks failed", c.failed)
	}
	return nil
}

// checkSnippet is the snippet of Check's round trip.
var checkSnippet = share.Snippet{Lang: "python", Python: "3.11", Code: "import asyncio\n\nasync def main():\n    print('héllo ✓')\n\nasyncio.run(main())\n"}

// Reread checks that Check's snippet is still stored, for a run after a
// restart of the server.
func Reread(ctx context.Context, out io.Writer, base string) error {
	c := &checker{ctx: ctx, out: out, base: strings.TrimSuffix(base, "/")}
	body, _ := json.Marshal(checkSnippet)
	id := share.ID(checkSnippet)
	c.expect("after a restart, GET /api/share/{id} still gives it back", c.do("GET", "/api/share/"+id, "", ""), 200, "application/json", string(body))
	c.expect("after a restart, GET /p/{id} still serves the page", c.do("GET", "/p/"+id, "", ""), 200, "text/html", "")
	fmt.Fprintf(out, "reread: %d passed, %d failed\n", c.passed, c.failed)
	if c.failed > 0 {
		return fmt.Errorf("%d checks failed", c.failed)
	}
	return nil
}

type checker struct {
	ctx            context.Context
	out            io.Writer
	base           string
	passed, failed int
}

type response struct {
	status int
	header http.Header
	body   string
	err    error
}

func (c *checker) do(method, path, ctype, body string) response {
	req, err := http.NewRequestWithContext(c.ctx, method, c.base+path, strings.NewReader(body))
	if err != nil {
		return response{err: err}
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return response{err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return response{resp.StatusCode, resp.Header, string(data), err}
}

func (c *checker) check(name string, ok bool, format string, args ...any) {
	if ok {
		c.passed++
		fmt.Fprintf(c.out, "ok   %s\n", name)
		return
	}
	c.failed++
	fmt.Fprintf(c.out, "FAIL %s: %s\n", name, fmt.Sprintf(format, args...))
}

// expect checks a status, a media type and, unless want is "", the body.
func (c *checker) expect(name string, r response, status int, mediaType, want string) {
	switch {
	case r.err != nil:
		c.check(name, false, "%v", r.err)
	case r.status != status:
		c.check(name, false, "status %d, want %d (body %.200s)", r.status, status, r.body)
	case !strings.HasPrefix(r.header.Get("Content-Type"), mediaType):
		c.check(name, false, "Content-Type %q, want %s", r.header.Get("Content-Type"), mediaType)
	case want != "" && strings.TrimSpace(r.body) != want:
		c.check(name, false, "body %.200s, want %.200s", r.body, want)
	default:
		c.check(name, true, "")
	}
}

// expectError checks a status and a body {"error": "non-empty message"}.
func (c *checker) expectError(name string, r response, status int) {
	var e struct {
		Error string `json:"error"`
	}
	switch {
	case r.err != nil:
		c.check(name, false, "%v", r.err)
	case r.status != status:
		c.check(name, false, "status %d, want %d (body %.200s)", r.status, status, r.body)
	case !strings.HasPrefix(r.header.Get("Content-Type"), "application/json"):
		c.check(name, false, "Content-Type %q, want JSON", r.header.Get("Content-Type"))
	case json.Unmarshal([]byte(r.body), &e) != nil || e.Error == "":
		c.check(name, false, "body %.200s, want {\"error\": \"...\"}", r.body)
	default:
		c.check(name, true, "")
	}
}
