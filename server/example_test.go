package server_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing/fstest"

	"taskline/server"
	"taskline/share"
)

// Other packages mount their pages on the server; they get its headers,
// logging and recovery. Only the embed page may be framed by other sites.
func ExampleServer_Handle() {
	s := server.New(server.Config{
		Static: fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}},
		Store:  new(share.MemStore),
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	s.HandleFunc("/lessons/", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "a lesson") })
	s.HandleFunc("/embed", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "a playground") })

	for _, path := range []string{"/", "/lessons/gather", "/embed", "/p/AAAAAAAAAA"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		csp := rec.Header().Get("Content-Security-Policy")
		fmt.Println(path, rec.Code, csp[strings.LastIndex(csp, ";")+2:])
	}
	// Output:
	// / 200 frame-ancestors 'none'
	// /lessons/gather 200 frame-ancestors 'none'
	// /embed 200 frame-ancestors *
	// /p/AAAAAAAAAA 404 frame-ancestors 'none'
}
