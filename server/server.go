// Package server is Taskline's HTTP front: it routes the playground's
// static site, the share API and the short links, and wraps every response
// in the security headers, request logging and panic recovery.
//
// One Server runs both locally (serve.go, with static files from disk and
// SQLite behind the share API) and on Cloudflare Workers (package worker,
// where the platform serves the static files and D1 stores snippets); what
// differs is in Config. Other packages mount their pages with Handle — the
// lessons under /lessons/ and the embeddable playground at /embed, the only
// path that other sites may frame.
package server

import (
	"errors"
	"io/fs"
	"log/slog"
	"net/http"

	"taskline/share"
)

// Config says what a Server serves.
type Config struct {
	// Static is the site root (the repository's static/ directory): its
	// index.html is the playground page. Nil serves no static files, for
	// hosts that serve them themselves.
	Static fs.FS
	// Page serves the playground page for a short link /p/{id} whose id is
	// stored. Nil serves Static's index.html.
	Page http.Handler
	// Store keeps shared snippets. Nil leaves the share API and short
	// links unmounted.
	Store share.Store
	// ShareLimit limits POST /api/share per client; nil means no limit.
	ShareLimit Limiter
	// Log receives one line per request and the details of failures.
	// Nil is slog.Default().
	Log *slog.Logger
}

// A Server is an http.Handler for the whole site.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	static  *staticFiles
	share   *share.Handler
	handler http.Handler
}

// New returns a Server for cfg with its routes mounted:
//
//	/                     static files (index.html for directories)
//	/api/share            POST: store a snippet (rate limited)
//	/api/share/{id}       GET: read a snippet
//	/p/{id}               the playground page, if id is stored; else 404
//	/lessons/, /embed,    pages built elsewhere in static/, through the
//	/embed.js, /docs/embed  alias tables in aliases.go
func New(cfg Config) *Server {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	if cfg.Static != nil {
		s.static = newStaticFiles(cfg.Static, cfg.Log)
	}
	s.mux.HandleFunc("/", s.serveStatic)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		share.WriteError(w, http.StatusNotFound, "no such API endpoint")
	})
	if cfg.Store != nil {
		s.share = &share.Handler{Store: cfg.Store, Log: cfg.Log}
		create := http.Handler(http.HandlerFunc(s.share.Create))
		if cfg.ShareLimit != nil {
			create = limit(cfg.ShareLimit, create)
		}
		s.mux.Handle("/api/share", create)
		s.mux.HandleFunc("/api/share/{id}", s.share.Get)
		s.mux.HandleFunc("/p/{id}", s.servePage)
	}
	s.handler = logRequests(cfg.Log, securityHeaders(recoverPanics(cfg.Log, s.mux)))
	return s
}

// Handle mounts h at pattern (http.ServeMux syntax) behind the server's
// headers, logging and recovery. It must be called before serving starts.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// HandleFunc is Handle for a function.
func (s *Server) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	s.mux.HandleFunc(pattern, h)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Static returns a handler for the static site, for mounted pages that
// want to serve files from it (it answers 404 when there is none).
func (s *Server) Static() http.Handler { return http.HandlerFunc(s.serveStatic) }

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	if s.serveAlias(w, r) {
		return
	}
	if s.static == nil {
		NotFound(w, r)
		return
	}
	s.static.ServeHTTP(w, r)
}

// servePage serves GET /p/{id}: the playground page, whose script then
// fetches the snippet from the API. An unknown id gets the 404 page here,
// so a dead link says so at once.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		errorPage(w, http.StatusMethodNotAllowed, "Method not allowed", "This address only answers GET.")
		return
	}
	_, err := s.share.Lookup(r, r.PathValue("id"))
	switch {
	case errors.Is(err, share.ErrNotFound):
		errorPage(w, http.StatusNotFound, "No such program", "Nothing has been shared under this link. Check that it was copied whole.")
		return
	case err != nil:
		errorPage(w, http.StatusInternalServerError, "Server error", "The shared program could not be read. Try again later.")
		return
	}
	if s.cfg.Page != nil {
		s.cfg.Page.ServeHTTP(w, r)
		return
	}
	if s.static == nil {
		NotFound(w, r)
		return
	}
	s.static.serveFile(w, r, "index.html")
}
