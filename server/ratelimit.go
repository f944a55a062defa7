package server

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
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
// /64. It trusts the connection's address, not forwarding headers.
type ClientLimiter struct {
	Burst    int           // bucket size
	Interval time.Duration // time to earn one token
	Now      func() time.Time

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
	key := clientKey(r.RemoteAddr)
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

// clientKey is the address a client is limited by.
func clientKey(remoteAddr string) netip.Addr {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{} // unknown clients share one bucket
	}
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.Addr()
	}
	return a
}
