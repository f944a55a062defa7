package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"
)

// A RequestError is a request the API refuses: the HTTP status to answer
// with and the short message to show the user.
type RequestError struct {
	Status int
	Msg    string
}

func (e *RequestError) Error() string { return e.Msg }

func badRequest(format string, args ...any) *RequestError {
	return &RequestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// wireSnippet is Snippet with every field optional, so that a missing field
// can be told from an empty one.
type wireSnippet struct {
	Lang   *string `json:"lang"`
	Code   *string `json:"code"`
	Python *string `json:"python"`
}

// DecodeRequest reads one JSON snippet from body and checks it against the
// limits. Its errors are *RequestError: 413 for a body or code over the
// limits, 400 for anything malformed or missing. At most MaxBodyBytes+1
// bytes are read.
func DecodeRequest(body io.Reader) (Snippet, error) {
	data, err := io.ReadAll(io.LimitReader(body, MaxBodyBytes+1))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return Snippet{}, &RequestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds %d bytes", MaxBodyBytes)}
		}
		return Snippet{}, badRequest("cannot read request body")
	}
	if len(data) > MaxBodyBytes {
		return Snippet{}, &RequestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds %d bytes", MaxBodyBytes)}
	}
	return decodeBytes(data)
}

func decodeBytes(data []byte) (Snippet, error) {
	// encoding/json replaces invalid UTF-8, and escaped lone surrogates,
	// with U+FFFD: the snippet stored would not be the one sent, and would
	// get an id of its own. Refuse both instead.
	if !utf8.Valid(data) {
		line, col := position(data, int64(invalidUTF8(data)))
		return Snippet{}, badRequest("request body is not valid UTF-8 at %d:%d", line, col)
	}
	if off := loneSurrogate(data); off >= 0 {
		line, col := position(data, int64(off))
		return Snippet{}, badRequest("malformed JSON at %d:%d: an escaped lone surrogate is not a character", line, col)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w wireSnippet
	if err := dec.Decode(&w); err != nil {
		return Snippet{}, jsonError(data, err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		_ = tok
		line, col := position(data, dec.InputOffset())
		return Snippet{}, badRequest("malformed JSON at %d:%d: data after the object", line, col)
	}
	var s Snippet
	switch {
	case w.Lang == nil:
		return Snippet{}, badRequest("missing field lang")
	case w.Code == nil:
		return Snippet{}, badRequest("missing field code")
	}
	s.Lang, s.Code = *w.Lang, *w.Code
	if w.Python != nil {
		s.Python = *w.Python
	}
	if !slices.Contains(Languages, s.Lang) {
		return Snippet{}, badRequest("unknown lang %q (want %s)", s.Lang, strings.Join(Languages, " or "))
	}
	if s.Lang != "python" {
		// The version means nothing to other languages; a page that
		// always sends its version control's value still gets one id
		// per program.
		s.Python = ""
	}
	if s.Python != "" {
		if !slices.Contains(PythonVersions, s.Python) {
			return Snippet{}, badRequest("unknown python version %q (want %s)", s.Python, strings.Join(PythonVersions, " or "))
		}
	}
	if s.Code == "" {
		return Snippet{}, badRequest("code is empty")
	}
	if len(s.Code) > MaxCodeBytes {
		return Snippet{}, &RequestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("code exceeds %d bytes", MaxCodeBytes)}
	}
	return s, nil
}

// jsonError turns a decoding error into a short message with a line:col
// position where the decoder gives one.
func jsonError(data []byte, err error) *RequestError {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		// Offset counts the offending byte; point at it, not past it.
		line, col := position(data, max(syntax.Offset-1, 0))
		return badRequest("malformed JSON at %d:%d: %s", line, col, syntax.Error())
	case errors.As(err, &typ):
		if typ.Field == "" {
			return badRequest("malformed JSON: want an object, found %s", typ.Value)
		}
		return badRequest("field %s: want a string, found %s", typ.Field, typ.Value)
	case err == io.EOF:
		return badRequest("malformed JSON: empty body")
	case err == io.ErrUnexpectedEOF:
		return badRequest("malformed JSON: unexpected end of body")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return badRequest("unknown field %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return badRequest("malformed JSON")
}

// position converts a byte offset into a 1-based line and column (in bytes).
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + len(before) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, col
}

// invalidUTF8 returns the offset of the first byte of data that is not
// valid UTF-8.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// loneSurrogate returns the offset of the first \uXXXX escape in data that
// is a UTF-16 surrogate not part of a high-low pair, or -1. Outside strings,
// JSON has no backslashes, so every backslash starts an escape; malformed
// escapes are left to the decoder.
func loneSurrogate(data []byte) int {
	hex4 := func(i int) (rune, bool) {
		if i+6 > len(data) || data[i] != '\\' || data[i+1] != 'u' {
			return 0, false
		}
		var r rune
		for _, c := range data[i+2 : i+6] {
			switch {
			case '0' <= c && c <= '9':
				r = r<<4 | rune(c-'0')
			case 'a' <= c && c <= 'f':
				r = r<<4 | rune(c-'a'+10)
			case 'A' <= c && c <= 'F':
				r = r<<4 | rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		return r, true
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			continue
		}
		r, ok := hex4(i)
		if !ok {
			i++ // skip the escaped character (\\, \", ...)
			continue
		}
		switch {
		case 0xD800 <= r && r < 0xDC00:
			if lo, ok := hex4(i + 6); ok && 0xDC00 <= lo && lo < 0xE000 {
				i += 11
				continue
			}
			return i
		case 0xDC00 <= r && r < 0xE000:
			return i
		}
		i += 5
	}
	return -1
}
