// Package share stores playground snippets and serves them over HTTP, so that
// a link to a program keeps working.
//
// A snippet is the program's language, its source and (for Python) the
// language version. Its id is derived from the content: the same snippet
// always gets the same id, so sharing twice costs nothing and a row, once
// written, never changes. Storage sits behind the small Store interface, with
// an in-memory backend for tests and one SQL backend over database/sql that
// runs on SQLite locally (package share/sqlite) and on Cloudflare D1 in the
// worker. Limits are named constants; users get short fixed error messages,
// details go to the log.
package share

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

// Limits and vocabulary of a snippet.
const (
	// MaxCodeBytes bounds the source of one snippet (UTF-8 bytes).
	MaxCodeBytes = 64 << 10
	// MaxBodyBytes bounds a request body. JSON escaping can grow the code
	// up to six times (\u0001), so the body may be larger than the code.
	MaxBodyBytes = 6*MaxCodeBytes + 4<<10
	// IDLen is the length of an id: 10 base64url characters, 60 bits of a
	// SHA-256 digest, enough that a collision is not a practical concern
	// (one would be detected and refused, see ErrCollision).
	IDLen = 10
)

// Languages lists the accepted values of Snippet.Lang. Besides the two
// programming languages, SetKind marks a teacher's exercise set: its Code is
// the set's JSON document (web/src/teach/set.js), opened by /set.html, so a
// set is stored and shared like a program, in SQLite and D1 alike, without
// a schema of its own.
var Languages = []string{"python", "go", SetKind}

// SetKind is the Lang of a snippet that holds an exercise set.
const SetKind = "set"

// PythonVersions lists the accepted values of Snippet.Python ("" means the
// default, 3.11).
var PythonVersions = []string{"3.11", "3.7"}

// A Snippet is one shared program. Its JSON form is the wire format of the
// share API.
type Snippet struct {
	Lang   string `json:"lang"`
	Code   string `json:"code"`
	Python string `json:"python,omitempty"`
}

// Errors a Store returns.
var (
	// ErrNotFound reports an id with no snippet.
	ErrNotFound = errors.New("share: snippet not found")
	// ErrCollision reports that another snippet already holds the id of
	// the one being stored. With 60-bit ids this does not happen by chance.
	ErrCollision = errors.New("share: id already holds a different snippet")
)

// A Store keeps snippets by id. Implementations are safe for concurrent use.
type Store interface {
	// Put stores s under id, which must be ID(s). Storing the same snippet
	// again succeeds and changes nothing.
	Put(ctx context.Context, id string, s Snippet) error
	// Get returns the snippet stored under id, or ErrNotFound.
	Get(ctx context.Context, id string) (Snippet, error)
}

// ID returns the content-derived id of s: a prefix of the SHA-256 digest of
// a canonical, unambiguous encoding of its fields, in base64url.
func ID(s Snippet) string {
	h := sha256.New()
	// Each field is length-prefixed so that no two snippets share an
	// encoding; the tag lets a future format change its ids deliberately.
	writeField := func(v string) {
		var n [8]byte
		l := uint64(len(v))
		for i := range n {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write([]byte(v))
	}
	writeField("taskline-share-v1")
	writeField(s.Lang)
	writeField(s.Python)
	writeField(s.Code)
	sum := h.Sum(nil)
	return base64.RawURLEncoding.EncodeToString(sum[:8])[:IDLen]
}

// ValidID reports whether id has the shape of an id (IDLen characters of
// the base64url alphabet). It says nothing about whether it is stored.
func ValidID(id string) bool {
	if len(id) != IDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
