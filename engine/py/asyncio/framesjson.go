package asyncio

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeJSON reads the JSON text of libframes/frames.json into the values
// encoding/json would give an any: map[string]any, []any, string, float64,
// bool and nil. It exists so that the Python engine's browser module, which
// every visitor downloads, links no encoding/json for one embedded file
// read once (the test compares the two readers on that file).
func decodeJSON(b []byte) (any, error) {
	d := jsonReader{b: b}
	v, err := d.value()
	if err == nil {
		d.space()
		if d.i != len(d.b) {
			err = d.fail("text after the value")
		}
	}
	return v, err
}

type jsonReader struct {
	b []byte
	i int
}

func (d *jsonReader) fail(what string) error {
	return errors.New("offset " + strconv.Itoa(d.i) + ": " + what)
}

func (d *jsonReader) space() {
	for d.i < len(d.b) && (d.b[d.i] == ' ' || d.b[d.i] == '\t' || d.b[d.i] == '\n' || d.b[d.i] == '\r') {
		d.i++
	}
}

// value := object | array | string | number | true | false | null
func (d *jsonReader) value() (any, error) {
	d.space()
	if d.i >= len(d.b) {
		return nil, d.fail("unexpected end")
	}
	switch c := d.b[d.i]; {
	case c == '{':
		d.i++
		m := map[string]any{}
		d.space()
		if d.i < len(d.b) && d.b[d.i] == '}' {
			d.i++
			return m, nil
		}
		for {
			d.space()
			k, err := d.str()
			if err != nil {
				return nil, err
			}
			d.space()
			if d.i >= len(d.b) || d.b[d.i] != ':' {
				return nil, d.fail("expected ':'")
			}
			d.i++
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			m[k] = v
			if done, err := d.next('}'); err != nil || done {
				return m, err
			}
		}
	case c == '[':
		d.i++
		l := []any{}
		d.space()
		if d.i < len(d.b) && d.b[d.i] == ']' {
			d.i++
			return l, nil
		}
		for {
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			l = append(l, v)
			if done, err := d.next(']'); err != nil || done {
				return l, err
			}
		}
	case c == '"':
		return d.str()
	case c == '-' || c >= '0' && c <= '9':
		j := d.i
		for d.i < len(d.b) && (d.b[d.i] == '-' || d.b[d.i] == '+' || d.b[d.i] == '.' || d.b[d.i] == 'e' || d.b[d.i] == 'E' || d.b[d.i] >= '0' && d.b[d.i] <= '9') {
			d.i++
		}
		f, err := strconv.ParseFloat(string(d.b[j:d.i]), 64)
		if err != nil {
			return nil, d.fail("bad number")
		}
		return f, nil
	}
	for _, w := range []struct {
		s string
		v any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(d.b)-d.i >= len(w.s) && string(d.b[d.i:d.i+len(w.s)]) == w.s {
			d.i += len(w.s)
			return w.v, nil
		}
	}
	return nil, d.fail("unexpected character")
}

// next reads the ',' between two members or elements, or the closing
// bracket (done).
func (d *jsonReader) next(closing byte) (done bool, err error) {
	d.space()
	switch {
	case d.i < len(d.b) && d.b[d.i] == ',':
		d.i++
		return false, nil
	case d.i < len(d.b) && d.b[d.i] == closing:
		d.i++
		return true, nil
	}
	return true, d.fail("expected ',' or '" + string(closing) + "'")
}

// str reads a string, decoding its escapes (a \u surrogate pair as one
// character, as encoding/json does).
func (d *jsonReader) str() (string, error) {
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		return "", d.fail("expected a string")
	}
	d.i++
	var out []byte
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return string(out), nil
		case c < 0x20:
			return "", d.fail("control character in a string")
		case c != '\\':
			out = append(out, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.b) {
			break
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", d.fail("bad \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if d.i+1 < len(d.b) && d.b[d.i] == '\\' && d.b[d.i+1] == 'u' {
					save := d.i
					d.i += 2
					if lo, ok := d.hex4(); ok && utf16.DecodeRune(r, lo) != utf8.RuneError {
						r2 = utf16.DecodeRune(r, lo)
					} else {
						d.i = save
					}
				}
				r = r2
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", d.fail("bad escape")
		}
	}
	return "", d.fail("unterminated string")
}

func (d *jsonReader) hex4() (rune, bool) {
	if len(d.b)-d.i < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.b[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(n), true
}
