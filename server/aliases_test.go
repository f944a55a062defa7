package server

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"taskline/share"
)

func TestAliasesAndCORS(t *testing.T) {
	fs := site()
	fs["embed.html"] = &fstest.MapFile{Data: []byte("<!doctype html><title>embed</title>"), ModTime: t0}
	fs["build/embed.js"] = &fstest.MapFile{Data: []byte("export const embed = 1"), ModTime: t0}
	fs["build/lessons/index.html"] = &fstest.MapFile{Data: []byte("lessons index"), ModTime: t0}
	fs["build/lessons/gather.html"] = &fstest.MapFile{Data: []byte("gather lesson"), ModTime: t0}
	s := New(Config{Static: fs, Store: new(share.MemStore)})

	for _, c := range []struct {
		path, want string
		status     int
		cors       bool
		frame      string // the frame-ancestors the CSP must allow
	}{
		{"/embed", "<title>embed</title>", 200, false, "frame-ancestors *"},
		{"/embed.js", "export const embed", 200, true, "frame-ancestors 'none'"},
		{"/build/embed.js", "export const embed", 200, true, "frame-ancestors 'none'"},
		{"/build/taskline.wasm", "asm", 200, true, "frame-ancestors 'none'"},
		{"/lessons/", "lessons index", 200, false, "frame-ancestors 'none'"},
		{"/lessons/gather.html", "gather lesson", 200, false, "frame-ancestors 'none'"},
		{"/lessons/missing.html", "Page not found", 404, false, "frame-ancestors 'none'"},
		{"/index.html", "<title>Taskline</title>", 200, false, "frame-ancestors 'none'"},
	} {
		w := do(s, req{method: "GET", path: c.path})
		if w.Code != c.status || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("GET %s: %d %q, want %d containing %q", c.path, w.Code, w.Body.String(), c.status, c.want)
		}
		if got := w.Header().Get("Access-Control-Allow-Origin") == "*"; got != c.cors {
			t.Errorf("GET %s: CORS %v, want %v", c.path, got, c.cors)
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, c.frame) {
			t.Errorf("GET %s: CSP %q lacks %q", c.path, csp, c.frame)
		}
	}
	if w := do(s, req{method: "GET", path: "/lessons"}); w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/lessons/" {
		t.Errorf("GET /lessons: %d to %q", w.Code, w.Header().Get("Location"))
	}
	if w := do(s, req{method: "POST", path: "/embed.js"}); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /embed.js: %d", w.Code)
	}
	if h := HeadersFile(); !strings.Contains(h, "/build/*\n  Access-Control-Allow-Origin: *") {
		t.Errorf("_headers lacks the CORS rule:\n%s", h)
	}
}
