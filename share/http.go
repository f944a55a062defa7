package share

import (
	"encoding/json"
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strings"
)

// Handler serves the share API over a Store:
//
//	POST /api/share       {"lang", "code", "python"?} → 200 {"id"}
//	GET  /api/share/{id}  → 200 {"lang", "code", "python"?}
//
// Every error is a JSON object {"error": "short message"} with its status:
// 400 malformed (invalid UTF-8 included), 404 unknown id, 405 wrong method,
// 413 too large, 415 not JSON or a charset other than UTF-8, 500 store
// failure (details in the log). Rate limiting (429) is the
// server's business, in front of this handler.
type Handler struct {
	Store Store
	Log   *slog.Logger // nil: slog.Default()
}

func (h *Handler) log() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.Default()
}

// Create serves POST /api/share.
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		WriteError(w, http.StatusMethodNotAllowed, "method not allowed: use POST")
		return
	}
	if msg := checkContentType(r.Header.Get("Content-Type")); msg != "" {
		WriteError(w, http.StatusUnsupportedMediaType, msg)
		return
	}
	if r.ContentLength > MaxBodyBytes {
		WriteError(w, http.StatusRequestEntityTooLarge, "request body too large")
		return
	}
	sn, err := DecodeRequest(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var re *RequestError
		if errors.As(err, &re) {
			WriteError(w, re.Status, re.Msg)
			return
		}
		WriteError(w, http.StatusBadRequest, "bad request")
		return
	}
	id := ID(sn)
	if err := h.Store.Put(r.Context(), id, sn); err != nil {
		h.log().Error("share: store failed", "op", "put", "id", id, "err", err)
		WriteError(w, http.StatusInternalServerError, "could not store the snippet")
		return
	}
	writeJSON(w, http.StatusOK, struct {
		ID string `json:"id"`
	}{id})
}

// Get serves GET /api/share/{id}; the id is the last path element.
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		WriteError(w, http.StatusMethodNotAllowed, "method not allowed: use GET")
		return
	}
	id := r.PathValue("id")
	if id == "" {
		id = r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	}
	sn, err := h.Lookup(r, id)
	if errors.Is(err, ErrNotFound) {
		WriteError(w, http.StatusNotFound, "no snippet with that id")
		return
	}
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "could not read the snippet")
		return
	}
	// A snippet never changes once stored, so it may be cached for long.
	w.Header().Set("Cache-Control", "public, max-age=86400, immutable")
	writeJSON(w, http.StatusOK, sn)
}

// Lookup returns the snippet with the given id, ErrNotFound for an id that
// is malformed or not stored, or another error (already logged) when the
// store fails. The playground page's handler uses it to 404 unknown links.
func (h *Handler) Lookup(r *http.Request, id string) (Snippet, error) {
	if !ValidID(id) {
		return Snippet{}, ErrNotFound
	}
	sn, err := h.Store.Get(r.Context(), id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		h.log().Error("share: store failed", "op", "get", "id", id, "err", err)
	}
	return sn, err
}

// checkContentType returns why a request body of this Content-Type is
// refused, or "". The body must be JSON in UTF-8: a charset parameter, if
// any, must name UTF-8, since a body in another encoding read as UTF-8 would
// be stored as something its author never wrote.
func checkContentType(contentType string) string {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "application/json" {
		return "content type must be application/json"
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return "charset must be utf-8"
	}
	return ""
}

// WriteError writes {"error": msg} with the given status. The server uses
// it too, so that every API error has one shape.
func WriteError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, struct {
		Error string `json:"error"`
	}{msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		// Only strings are marshalled here; this cannot fail.
		panic(err)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	w.Write(append(data, '\n'))
}
