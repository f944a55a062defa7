//go:build js && wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"syscall/js"
	"time"

	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/fetch"

	"taskline/server"
	"taskline/share"
)

// assetPage serves one file of the static assets (the playground page)
// through the ASSETS binding, for paths that are not files themselves.
type assetPage struct{ path string }

func (p assetPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	assets := cloudflare.GetBinding("ASSETS")
	if assets.IsUndefined() {
		http.Error(w, "the ASSETS binding is missing", http.StatusInternalServerError)
		return
	}
	// The host is not used by the binding, only the path.
	req, err := fetch.NewRequest(r.Context(), http.MethodGet, "https://assets.invalid"+p.path, nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := fetch.NewClient(fetch.WithBinding(assets)).Do(req, &fetch.RequestInit{Redirect: fetch.RedirectModeFollow})
	if err != nil {
		http.Error(w, "could not load the page", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for _, k := range []string{"Content-Type", "ETag", "Last-Modified"} {
		if v := resp.Header.Get(k); v != "" {
			w.Header().Set(k, v)
		}
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(resp.StatusCode)
	if r.Method != http.MethodHead {
		io.Copy(w, resp.Body)
	}
}

// bindingLimiter is a server.Limiter over a Workers rate-limiting binding,
// keyed by the client address in the trusted header: CF-Connecting-IP, which
// Cloudflare sets itself, unless the TRUST_HEADER variable (wrangler.jsonc)
// names another of server.ForwardedHeaders for a proxy in front of
// Cloudflare. The binding counts per location over its period, so the wait
// it implies is at most one period.
type bindingLimiter struct{ name string }

// trustHeader is the header the client's address is read from.
func trustHeader() string {
	h, err := server.TrustedHeader(cloudflare.Getenv("TRUST_HEADER"))
	if err != nil || h == "" {
		return "CF-Connecting-IP"
	}
	return h
}

// SharePeriod must match the binding's period in wrangler.jsonc.
const SharePeriod = 60 * time.Second

func (l bindingLimiter) Allow(r *http.Request) (bool, time.Duration) {
	lim := cloudflare.GetBinding(l.name)
	if lim.IsUndefined() {
		return true, 0 // no binding configured: no limit
	}
	key := "unknown"
	if a := server.ClientAddr(r, trustHeader()); a.IsValid() {
		key = a.String()
	}
	res, err := await(lim.Call("limit", map[string]any{"key": key}))
	if err != nil {
		// Fail open: a broken limiter must not stop people sharing.
		return true, 0
	}
	if res.Get("success").Truthy() {
		return true, 0
	}
	return false, SharePeriod
}

// await waits for a JavaScript promise.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: fmt.Errorf("%s", args[0].Call("toString").String())}
		return nil
	})
	defer catch.Release()
	p.Call("then", then).Call("catch", catch)
	r := <-ch
	return r.v, r.err
}

// brokenStore answers every call with the error that made the real store
// unavailable.
type brokenStore struct{ err error }

func (s brokenStore) Put(context.Context, string, share.Snippet) error {
	return errors.Join(errors.New("no database"), s.err)
}

func (s brokenStore) Get(context.Context, string) (share.Snippet, error) {
	return share.Snippet{}, errors.Join(errors.New("no database"), s.err)
}
