package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Static file serving limits.
const (
	// MinGzipBytes: smaller files are sent as they are; compressing them
	// saves less than the header costs.
	MinGzipBytes = 1 << 10
	// MaxGzipCacheBytes bounds the memory kept for files compressed on the
	// fly (those the build did not precompress).
	MaxGzipCacheBytes = 64 << 20
	// maxETagEntries bounds the ETag cache; past it the cache restarts.
	maxETagEntries = 10_000
)

// Cache-Control values. Content-hashed files never change under their
// name; everything else is revalidated with its ETag on each use, so a
// rebuilt page is seen at once.
const (
	cacheImmutable   = "public, max-age=31536000, immutable"
	cacheRevalidate  = "no-cache"
	encodingBrotli   = "br"
	encodingGzip     = "gzip"
	suffixBrotli     = ".br"
	suffixGzip       = ".gz"
	contentTypeOctet = "application/octet-stream"
	contentTypeTrace = "application/vnd.taskline.trace"
)

// contentTypes fixes the types the page depends on rather than trusting
// the host's mime tables: browsers refuse to stream-compile wasm served as
// anything but application/wasm, and refuse module scripts without a
// JavaScript type.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json; charset=utf-8",
	".map":         "application/json; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".py":          "text/plain; charset=utf-8",
	".go":          "text/plain; charset=utf-8",
	".xml":         "application/xml; charset=utf-8",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json; charset=utf-8",
	".gz":          "application/gzip",
	".br":          contentTypeOctet,
	// A run's result in the trace's binary form (engine/trace/binary.go;
	// its magic is "TLTB"): the Go seed's recorded result, first-run-go.tltb.
	".tltb": contentTypeTrace,
}

// ContentType returns the Content-Type the server sends for a file name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return contentTypeOctet
}

// compressible reports whether a type is worth compressing.
func compressible(ctype string) bool {
	mt, _, _ := strings.Cut(ctype, ";")
	switch mt {
	case "application/wasm", "application/json", "image/svg+xml", "application/xml",
		"application/manifest+json", contentTypeTrace:
		return true
	}
	return strings.HasPrefix(mt, "text/")
}

// IsHashedName reports whether a file name carries a hash of its content,
// as the build names them: NAME-HASH.EXT with HASH at least 8 letters and
// digits, both present (esbuild's [name]-[hash]). Such files are cached for
// a year.
func IsHashedName(name string) bool {
	base := path.Base(name)
	dash := strings.LastIndexByte(base, '-')
	if dash < 0 {
		return false
	}
	hash, _, ok := strings.Cut(base[dash+1:], ".")
	if !ok || len(hash) < 8 {
		return false
	}
	var letters, digits bool
	for _, c := range hash {
		switch {
		case '0' <= c && c <= '9':
			digits = true
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letters = true
		default:
			return false
		}
	}
	return letters && digits
}

// staticFiles serves a directory tree: precompressed siblings (NAME.br,
// NAME.gz) when the client accepts them, text compressed on the fly
// otherwise, ETags from content hashes, no directory listings, no dot
// files.
type staticFiles struct {
	fsys fs.FS
	log  *slog.Logger

	mu      sync.Mutex
	etags   map[fileKey]string
	gz      map[fileKey][]byte
	gzBytes int
}

// fileKey identifies one version of a file.
type fileKey struct {
	name    string
	size    int64
	modTime time.Time
}

func newStaticFiles(fsys fs.FS, log *slog.Logger) *staticFiles {
	return &staticFiles{fsys: fsys, log: log, etags: map[fileKey]string{}, gz: map[fileKey][]byte{}}
}

func (s *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		errorPage(w, http.StatusMethodNotAllowed, "Method not allowed", "This address only answers GET.")
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	for _, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") {
			NotFound(w, r)
			return
		}
	}
	if name == "" {
		name = "."
	}
	info, err := fs.Stat(s.fsys, name)
	if err != nil {
		NotFound(w, r)
		return
	}
	if info.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			// Relative URLs in the directory's index need the slash.
			http.Redirect(w, r, path.Base(r.URL.Path)+"/", http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
	}
	s.serveFile(w, r, name)
}

// serveFile serves the file name (a path valid for fs.FS) with its type,
// cache headers and the best encoding the client accepts.
func (s *staticFiles) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	info, err := fs.Stat(s.fsys, name)
	if err != nil || info.IsDir() {
		NotFound(w, r)
		return
	}
	h := w.Header()
	ctype := ContentType(name)
	h.Set("Content-Type", ctype)
	if IsHashedName(name) {
		h.Set("Cache-Control", cacheImmutable)
	} else {
		h.Set("Cache-Control", cacheRevalidate)
	}
	if !compressible(ctype) {
		s.serveVariant(w, r, name, info, "")
		return
	}
	h.Add("Vary", "Accept-Encoding")
	accept := r.Header.Get("Accept-Encoding")
	for _, v := range []struct{ enc, suffix string }{{encodingBrotli, suffixBrotli}, {encodingGzip, suffixGzip}} {
		if !acceptsEncoding(accept, v.enc) {
			continue
		}
		// A sibling older than its source is stale; skip it rather than
		// serve last build's bytes.
		if sib, err := fs.Stat(s.fsys, name+v.suffix); err == nil && !sib.IsDir() && !sib.ModTime().Before(info.ModTime()) {
			h.Set("Content-Encoding", v.enc)
			s.serveVariant(w, r, name+v.suffix, sib, v.enc)
			return
		}
	}
	if acceptsEncoding(accept, encodingGzip) && info.Size() >= MinGzipBytes {
		if data, err := s.gzipped(name, info); err == nil {
			h.Set("Content-Encoding", encodingGzip)
			tag := s.etag(name, info, nil)
			h.Set("ETag", strings.TrimSuffix(tag, `"`)+`-gzip"`)
			if r.Header.Get("Range") == "" {
				h.Set("Content-Length", strconv.Itoa(len(data)))
			}
			http.ServeContent(w, r, name, info.ModTime(), bytes.NewReader(data))
			return
		} else {
			s.log.Error("static: gzip failed", "file", name, "err", err)
		}
	}
	s.serveVariant(w, r, name, info, "")
}

// serveVariant serves file name (itself, or a compressed sibling) with an
// ETag that names the encoding, so caches never mix the two.
func (s *staticFiles) serveVariant(w http.ResponseWriter, r *http.Request, name string, info fs.FileInfo, enc string) {
	f, err := s.fsys.Open(name)
	if err != nil {
		NotFound(w, r)
		return
	}
	defer f.Close()
	content, ok := f.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(f)
		if err != nil {
			s.fail(w, name, err)
			return
		}
		content = bytes.NewReader(data)
	}
	w.Header().Set("ETag", s.etag(name, info, content))
	if enc != "" && r.Header.Get("Range") == "" {
		// ServeContent leaves the length out of encoded responses; a
		// whole one has the file's length, and the browser can show
		// progress for the wasm download.
		w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	}
	if _, err := content.Seek(0, io.SeekStart); err != nil {
		s.fail(w, name, err)
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), content)
}

func (s *staticFiles) fail(w http.ResponseWriter, name string, err error) {
	s.log.Error("static: read failed", "file", name, "err", err)
	errorPage(w, http.StatusInternalServerError, "Server error", "A file could not be read.")
}

// etag returns the strong ETag of one version of a file: a prefix of the
// SHA-256 of its bytes. content, if not nil, saves reopening the file.
func (s *staticFiles) etag(name string, info fs.FileInfo, content io.ReadSeeker) string {
	key := fileKey{name, info.Size(), info.ModTime()}
	s.mu.Lock()
	tag, ok := s.etags[key]
	s.mu.Unlock()
	if ok {
		return tag
	}
	sum := sha256.New()
	if content != nil {
		content.Seek(0, io.SeekStart)
		io.Copy(sum, content)
	} else if f, err := s.fsys.Open(name); err == nil {
		io.Copy(sum, f)
		f.Close()
	}
	tag = `"` + hex.EncodeToString(sum.Sum(nil)[:12]) + `"`
	s.mu.Lock()
	if len(s.etags) >= maxETagEntries {
		clear(s.etags)
	}
	s.etags[key] = tag
	s.mu.Unlock()
	return tag
}

// gzipped returns the file compressed, from the cache when it can.
func (s *staticFiles) gzipped(name string, info fs.FileInfo) ([]byte, error) {
	key := fileKey{name, info.Size(), info.ModTime()}
	s.mu.Lock()
	data, ok := s.gz[key]
	s.mu.Unlock()
	if ok {
		return data, nil
	}
	f, err := s.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := io.Copy(zw, f); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	data = buf.Bytes()
	s.mu.Lock()
	if s.gzBytes+len(data) > MaxGzipCacheBytes {
		clear(s.gz)
		s.gzBytes = 0
	}
	if len(data) <= MaxGzipCacheBytes {
		s.gz[key] = data
		s.gzBytes += len(data)
	}
	s.mu.Unlock()
	return data, nil
}

// acceptsEncoding reports whether an Accept-Encoding header value accepts
// enc: named, or covered by "*", with a q-value above zero.
func acceptsEncoding(header, enc string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				} else {
					q = 0
				}
			}
		}
		switch name {
		case enc:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}
