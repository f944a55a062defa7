package server

import (
	"net/http"
	"strings"
)

// Some pages live at public addresses that differ from where the build puts
// them: the lessons are rendered into build/lessons/, the embed script is
// bundled into build/embed.js. These tables map one to the other, for the
// local server here and for the worker's asset layout (scripts/worker.sh).
var (
	// FileAliases maps an exact public path to a file of the static site.
	FileAliases = map[string]string{
		"/embed":      "embed.html",
		"/embed.js":   "build/embed.js",
		"/docs/embed": "build/docs/embed.html",
	}
	// DirAliases maps a public directory prefix to a directory of the site.
	DirAliases = map[string]string{
		"/lessons/": "build/lessons/",
	}
)

// IsCrossOriginAsset reports whether path is one of the files that pages on
// other sites load when they embed a playground: the embed script and
// stylesheet and the built engine. Those answer with
// Access-Control-Allow-Origin: *, since module scripts, workers and the wasm
// fetch are CORS requests. They are public, immutable build outputs, so
// letting any origin read them reveals nothing.
func IsCrossOriginAsset(path string) bool {
	return path == "/embed.js" || path == "/embed.css" || strings.HasPrefix(path, "/build/")
}

// serveAlias rewrites the request's path through the alias tables and
// serves it from the static site; it reports false when path has no alias.
func (s *Server) serveAlias(w http.ResponseWriter, r *http.Request) bool {
	if s.static == nil {
		return false
	}
	p := r.URL.Path
	if f, ok := FileAliases[p]; ok {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			errorPage(w, http.StatusMethodNotAllowed, "Method not allowed", "This address only answers GET.")
			return true
		}
		s.static.serveFile(w, r, f)
		return true
	}
	for prefix, dir := range DirAliases {
		if p+"/" == prefix {
			// Relative links in the directory's index need the slash.
			http.Redirect(w, r, prefix, http.StatusMovedPermanently)
			return true
		}
		if rest, ok := strings.CutPrefix(p, prefix); ok {
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + dir + rest
			s.static.ServeHTTP(w, r2)
			return true
		}
	}
	return false
}
