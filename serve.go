// Serve runs the Taskline playground locally: it rebuilds the site's stale
// assets (./build.sh build), then serves static/, the lessons under
// /lessons/, the embeddable playground at /embed, the share API on a SQLite
// file, and the short links /p/{id}.
//
//	go run serve.go [-addr localhost:8080] [-db taskline.db] [-trust-header X-Forwarded-For]
//
// The database is created on first start. SIGINT or SIGTERM stops the
// server gracefully: it stops accepting, finishes the requests in flight
// (up to ShutdownGrace), then closes the database.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"taskline/server"
	"taskline/share"
	"taskline/share/sqlite"
)

// Server timeouts. Requests are small (a snippet is at most 64 KiB), so
// generous values still stop a slow client from holding a connection.
const (
	ShutdownGrace     = 30 * time.Second
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 60 * time.Second
	IdleTimeout       = 2 * time.Minute
)

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on (host:port; port 0 picks a free one)")
	dbPath := flag.String("db", "taskline.db", `SQLite file for shared snippets, created if missing ("" keeps them in memory)`)
	root := flag.String("static", "static", "directory of the site")
	build := flag.Bool("build", true, "run ./build.sh build before serving, to rebuild stale assets")
	rateLimit := flag.Bool("ratelimit", true, fmt.Sprintf("limit each client to %d shares at once, then one per %v", server.ShareBurst, server.ShareInterval))
	trust := flag.String("trust-header", "", fmt.Sprintf("behind a reverse proxy: the header it names the client in (%s), which the rate limit then keys on; only for a header the proxy sets itself", strings.Join(server.ForwardedHeaders, ", ")))
	flag.Parse()

	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	trustHeader, err := server.TrustedHeader(*trust)
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve: -trust-header:", err)
		os.Exit(2)
	}
	if err := run(log, *addr, *dbPath, *root, *build, *rateLimit, trustHeader); err != nil {
		log.Error("serve: " + err.Error())
		os.Exit(1)
	}
}

func run(log *slog.Logger, addr, dbPath, root string, build, rateLimit bool, trustHeader string) error {
	if build {
		buildAssets(log)
	}
	if st, err := os.Stat(root); err != nil || !st.IsDir() {
		log.Warn("no static directory; serving the API only", "dir", root)
	}

	cfg := server.Config{Static: os.DirFS(root), Log: log}
	if dbPath == "" {
		cfg.Store = new(share.MemStore)
		log.Warn("no -db: shared snippets are kept in memory and lost on exit")
	} else {
		st, err := sqlite.Open(context.Background(), dbPath)
		if err != nil {
			return err
		}
		defer func() {
			if err := st.Close(); err != nil {
				log.Error("closing the database", "err", err)
			}
		}()
		cfg.Store = st
	}
	if rateLimit {
		lim := server.NewClientLimiter(server.ShareBurst, server.ShareInterval)
		lim.TrustHeader = trustHeader
		if trustHeader != "" {
			log.Info("the share rate limit keys on a header set by the reverse proxy", "header", trustHeader)
		}
		cfg.ShareLimit = lim
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           server.New(cfg),
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	// Tests and scripts read this line to find the port.
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", dbPath)

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop() // a second signal kills the process at once
	log.Info("shutting down: finishing requests in flight", "grace", ShutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// buildAssets runs the site's build (./build.sh build: the page, then the
// lessons and the embed script), which is quick when nothing is stale. A
// failed build is reported and the server still serves what static/ holds,
// so a broken tool chain does not hide a working page.
func buildAssets(log *slog.Logger) {
	const script = "build.sh"
	if _, err := os.Stat(script); err != nil {
		return
	}
	start := time.Now()
	cmd := exec.Command("bash", script, "build")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Error("BUILD FAILED: serving the assets already in static/, which may be stale or missing", "script", script, "err", err)
		return
	}
	log.Info("assets up to date", "script", script, "took", time.Since(start).Round(time.Millisecond))
}
