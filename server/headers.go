package server

import (
	"net/http"
	"strings"
)

// ContentSecurityPolicy is sent with every response. It allows what the
// playground uses and nothing else: scripts, styles, fonts and images from
// the site itself; compiling the engine's WebAssembly ('wasm-unsafe-eval',
// which allows wasm and not JavaScript eval); Web Workers from the site;
// fetches to the site's own API. Inline scripts and styles, plugins,
// <base> and cross-site form targets are refused.
const ContentSecurityPolicy = "default-src 'none'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data: blob:; " +
	"font-src 'self'; " +
	"connect-src 'self'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"base-uri 'none'; " +
	"form-action 'self'"

// frameNone forbids framing everywhere but on the embed page;
// frameAny lets any site frame the embed page.
const (
	frameNone = "; frame-ancestors 'none'"
	frameAny  = "; frame-ancestors *"
)

// IsEmbedPath reports whether path is the embeddable playground (/embed,
// /embed.html or anything under /embed/), the only page other sites may
// put in an iframe.
func IsEmbedPath(path string) bool {
	return path == "/embed" || path == "/embed.html" || strings.HasPrefix(path, "/embed/")
}

// securityHeaders sets the headers every response carries; handlers may
// add to them but not loosen them.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		if IsEmbedPath(r.URL.Path) {
			h.Set("Content-Security-Policy", ContentSecurityPolicy+frameAny)
		} else {
			h.Set("Content-Security-Policy", ContentSecurityPolicy+frameNone)
			h.Set("X-Frame-Options", "DENY")
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
		}
		next.ServeHTTP(w, r)
	})
}
