package server

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"taskline/share"
)

// Share rate limit of the local server: each client may store ShareBurst
// snippets at once and then one every ShareInterval. A person sharing by
// hand never meets it; a script filling the database does.
const (
	ShareBurst    = 30
	ShareInterval = 2 * time.Second
	// MaxTrackedClients bounds the limiter's memory. Past it, clients
	// whose buckets have refilled are forgotten; if that is not enough,
	// every bucket is (which fails open rather than locking people out).
	MaxTrackedClients = 100_000
)

// A Limiter decides whether a request may proceed. When it may not, it
// returns how long the client should wait.
type Limiter interface {
	Allow(r *http.Request) (ok bool, retryAfter time.Duration)
}

// limit answers 429 to requests lim refuses.
func limit(lim Limiter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only writes count: a 405 for a GET is no reason to wait.
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		ok, wait := lim.Allow(r)
		if !ok {
			secs := int(math.Ceil(wait.Seconds()))
			if secs < 1 {
				secs = 1
			}
			w.Header().Set("Retry-After", fmt.Sprint(secs))
			share.WriteError(w, http.StatusTooManyRequests, fmt.Sprintf("too many requests: try again in %d s", secs))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ClientLimiter is a token-bucket Limiter per client address: IPv4
// addresses one by one, IPv6 by /64, since one host usually holds a whole
// /64. By default it keys on the connection's address; behind a reverse
// proxy every request comes from the proxy, so the operator can name the
// header the proxy puts the client's address in (TrustHeader). Only a
// header the proxy sets itself may be trusted: a client can send any
// header it likes.
type ClientLimiter struct {
	Burst    int           // bucket size
	Interval time.Duration // time to earn one token
	Now      func() time.Time
	// TrustHeader, if set, is one of ForwardedHeaders: the client is the
	// address in it (see ClientAddr), or the connection's when it holds none.
	TrustHeader string

	mu      sync.Mutex
	clients map[netip.Addr]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// NewClientLimiter returns a limiter with the given burst and refill
// interval.
func NewClientLimiter(burst int, interval time.Duration) *ClientLimiter {
	return &ClientLimiter{Burst: burst, Interval: interval, Now: time.Now}
}

// Allow implements Limiter.
func (l *ClientLimiter) Allow(r *http.Request) (bool, time.Duration) {
	key := ClientAddr(r, l.TrustHeader)
	now := l.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.clients == nil {
		l.clients = make(map[netip.Addr]*bucket)
	}
	b := l.clients[key]
	if b == nil {
		if len(l.clients) >= MaxTrackedClients {
			l.prune(now)
		}
		b = &bucket{tokens: float64(l.Burst), last: now}
		l.clients[key] = b
	}
	b.tokens = min(float64(l.Burst), b.tokens+float64(now.Sub(b.last))/float64(l.Interval))
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) * float64(l.Interval))
}

func (l *ClientLimiter) prune(now time.Time) {
	full := time.Duration(l.Burst) * l.Interval
	for k, b := range l.clients {
		if now.Sub(b.last) >= full {
			delete(l.clients, k)
		}
	}
	if len(l.clients) >= MaxTrackedClients {
		clear(l.clients)
	}
}

// ForwardedHeaders are the headers a reverse proxy can name the client in,
// and so the values ClientLimiter.TrustHeader (serve.go's -trust-header, the
// worker's TRUST_HEADER) accepts.
var ForwardedHeaders = []string{"X-Forwarded-For", "CF-Connecting-IP", "X-Real-IP"}

// TrustedHeader returns the canonical name of a header in ForwardedHeaders,
// or an error naming the accepted ones. "" stays "" (trust no header).
func TrustedHeader(name string) (string, error) {
	if name == "" {
		return "", nil
	}
	for _, h := range ForwardedHeaders {
		if strings.EqualFold(h, name) {
			return h, nil
		}
	}
	return "", fmt.Errorf("cannot trust header %q: want one of %s", name, strings.Join(ForwardedHeaders, ", "))
}

// ClientAddr is the address a client is limited by: the one in the trusted
// header if there is one (X-Forwarded-For: the last address, the one the
// trusted proxy appended; the addresses before it come from the client),
// else the connection's. IPv6 addresses are cut to their /64. Unknown
// clients share the zero address.
func ClientAddr(r *http.Request, trustHeader string) netip.Addr {
	if trustHeader != "" {
		vals := r.Header.Values(trustHeader)
		if len(vals) > 0 {
			v := vals[len(vals)-1]
			if i := strings.LastIndexByte(v, ','); i >= 0 {
				v = v[i+1:]
			}
			if a, err := netip.ParseAddr(strings.TrimSpace(v)); err == nil {
				return clientKey(a)
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{} // unknown clients share one bucket
	}
	return clientKey(a)
}

// clientKey is the key of an address: itself, or its /64 for IPv6.
func clientKey(a netip.Addr) netip.Addr {
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.Addr()
	}
	return a
}
