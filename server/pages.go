package server

import (
	"html/template"
	"net/http"
	"strings"

	"taskline/share"
)

var errorTemplate = template.Must(template.New("error").Parse(`<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{.Title}} · Taskline</title>
<main>
<h1>{{.Title}}</h1>
<p>{{.Text}}</p>
<p><a href="/">Open the Taskline playground</a></p>
</main>
</html>
`))

// errorPage writes a small HTML page for a failed page request. It needs no
// stylesheet or script, so it renders under the strict CSP on any host.
func errorPage(w http.ResponseWriter, status int, title, text string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Del("ETag")
	h.Del("Content-Encoding")
	w.WriteHeader(status)
	errorTemplate.Execute(w, struct{ Title, Text string }{title, text})
}

// NotFound answers 404: JSON under /api/, an HTML page elsewhere.
func NotFound(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		share.WriteError(w, http.StatusNotFound, "no such API endpoint")
		return
	}
	errorPage(w, http.StatusNotFound, "Page not found", "There is nothing at this address.")
}
