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

// baseHeaders are the headers of every response but the embed page's,
// in a fixed order.
var baseHeaders = [][2]string{
	{"Content-Security-Policy", ContentSecurityPolicy + frameNone},
	{"X-Content-Type-Options", "nosniff"},
	{"X-Frame-Options", "DENY"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// HeadersFile returns the same security headers in the _headers format of
// Cloudflare's static assets, for hosts that serve the files without this
// server in front (the worker's build writes it next to the assets).
func HeadersFile() string {
	var b strings.Builder
	b.WriteString("# Generated from taskline/server's security headers; do not edit.\n/*\n")
	for _, h := range baseHeaders {
		b.WriteString("  " + h[0] + ": " + h[1] + "\n")
	}
	for _, pattern := range []string{"/embed.js", "/embed.css", "/build/*"} {
		b.WriteString(pattern + "\n  Access-Control-Allow-Origin: *\n  Cross-Origin-Resource-Policy: cross-origin\n")
	}
	for _, pattern := range []string{"/embed", "/embed.html", "/embed/*"} {
		b.WriteString(pattern + "\n")
		b.WriteString("  ! Content-Security-Policy\n  ! X-Frame-Options\n  ! Cross-Origin-Opener-Policy\n")
		b.WriteString("  Content-Security-Policy: " + ContentSecurityPolicy + frameAny + "\n")
	}
	return b.String()
}

// securityHeaders sets the headers every response carries; handlers may
// add to them but not loosen them.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if IsEmbedPath(r.URL.Path) {
			h.Set("Content-Security-Policy", ContentSecurityPolicy+frameAny)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		} else {
			for _, kv := range baseHeaders {
				h.Set(kv[0], kv[1])
			}
		}
		if IsCrossOriginAsset(r.URL.Path) {
			h.Set("Access-Control-Allow-Origin", "*")
			// Another site's page that embeds a playground is not same-origin.
			h.Set("Cross-Origin-Resource-Policy", "cross-origin")
		}
		next.ServeHTTP(w, r)
	})
}
