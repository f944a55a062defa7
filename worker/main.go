//go:build js && wasm

// Command worker serves Taskline on Cloudflare Workers: the same
// server.Server as serve.go, with Cloudflare D1 behind the share store.
//
// The platform serves the static site itself (Workers static assets, built
// into worker/build/public by scripts/worker.sh, with the server's security
// headers in a _headers file), so the worker is invoked only for what no
// file matches: the share API, the short links /p/{id}, and 404s. The
// playground page for a short link is fetched from the ASSETS binding.
// Every request starts a fresh Go instance, so the share rate limit is
// Cloudflare's rate-limiting binding rather than a map in memory.
//
// Bindings (worker/wrangler.jsonc): DB (D1), ASSETS (static assets),
// SHARE_LIMITER (rate limit).
package main

import (
	"database/sql"
	"log/slog"
	"os"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/d1"

	"taskline/server"
	"taskline/share"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	cfg := server.Config{
		Page:       assetPage{path: "/"},
		ShareLimit: bindingLimiter{name: "SHARE_LIMITER"},
		Log:        log,
	}
	if c, err := d1.OpenConnector("DB"); err != nil {
		// Without the binding there is nothing to share into; say so in
		// the log and serve the API's 500s rather than fail every request.
		log.Error("worker: D1 binding DB is missing", "err", err)
		cfg.Store = brokenStore{err}
	} else {
		cfg.Store = share.NewSQLStore(sql.OpenDB(c))
	}
	workers.Serve(server.New(cfg))
}
