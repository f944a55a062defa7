package server

import (
	"fmt"
	"html"
	"net/http"
	"strings"

	"taskline/share"
)

// errorHTML is the error page; its two holes are the title and the text,
// HTML-escaped. (Plain formatting rather than html/template keeps the
// worker's wasm smaller.)
const errorHTML = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>%[1]s · Taskline</title>
<main>
<h1>%[1]s</h1>
<p>%[2]s</p>
<p><a href="/">Open the Taskline playground</a></p>
</main>
</html>
`

// errorPage writes a small HTML page for a failed page request. It needs no
// stylesheet or script, so it renders under the strict CSP on any host.
func errorPage(w http.ResponseWriter, status int, title, text string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Del("ETag")
	h.Del("Content-Encoding")
	w.WriteHeader(status)
	fmt.Fprintf(w, errorHTML, html.EscapeString(title), html.EscapeString(text))
}

// NotFound answers 404: JSON under /api/, an HTML page elsewhere.
func NotFound(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		share.WriteError(w, http.StatusNotFound, "no such API endpoint")
		return
	}
	errorPage(w, http.StatusNotFound, "Page not found", "There is nothing at this address.")
}
