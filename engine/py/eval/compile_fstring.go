package eval

import (
	"fmt"
	"strings"

	"taskline/engine/py/ast"
)

func (c *compiler) joinedStr(e *ast.JoinedStr) exprFn {
	parts := c.exprs(e.Values)
	return func(in *Interp, fr *frame) (Value, error) {
		var b strings.Builder
		for _, p := range parts {
			v, err := p(in, fr)
			if err != nil {
				return nil, err
			}
			s, ok := v.(Str)
			if !ok {
				str, err := in.str(v)
				if err != nil {
					return nil, err
				}
				s = Str(str)
			}
			// Each piece is charged as the result grows (a formatted
			// piece is bounded by the format spec's own limit).
			if err := in.Alloc(int64(len(s))); err != nil {
				return nil, err
			}
			b.WriteString(string(s))
		}
		return Str(b.String()), nil
	}
}

func (c *compiler) formatted(e *ast.FormattedValue) exprFn {
	val := c.expr(e.Value)
	var spec exprFn
	if e.FormatSpec != nil {
		spec = c.expr(e.FormatSpec)
	}
	conv := e.Conversion
	return func(in *Interp, fr *frame) (Value, error) {
		v, err := val(in, fr)
		if err != nil {
			return nil, err
		}
		switch conv {
		case 's':
			s, err := in.str(v)
			if err != nil {
				return nil, err
			}
			v = Str(s)
		case 'r':
			s, err := in.repr(v)
			if err != nil {
				return nil, err
			}
			v = Str(s)
		case 'a':
			s, err := in.repr(v)
			if err != nil {
				return nil, err
			}
			v = Str(asciiEscape(s))
		}
		sp := ""
		if spec != nil {
			sv, err := spec(in, fr)
			if err != nil {
				return nil, err
			}
			sp = string(sv.(Str))
		}
		s, err := in.Format(v, sp)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}
