package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// scanString returns the tokens of src as text, structural tokens by name.
func scanString(src string, positions bool) string {
	s := newScanner("t.py", []byte(src))
	s.scan()
	var b strings.Builder
	for i, t := range s.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch t.kind {
		case tNEWLINE:
			b.WriteString("NEWLINE")
		case tINDENT:
			b.WriteString("INDENT")
		case tDEDENT:
			b.WriteString("DEDENT")
		case tEOF:
			b.WriteString("EOF")
		default:
			b.WriteString(string(s.src[t.off:t.end]))
		}
		if positions {
			fmt.Fprintf(&b, "@%d:%d-%d:%d", t.pos.Line, t.pos.Col, t.epos.Line, t.epos.Col)
		}
	}
	if s.err != nil {
		b.WriteString(" ERROR " + s.err.Error())
	}
	return b.String()
}

var scanTests = []struct{ src, want string }{
	{"if x:\n    y\nz\n", "if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE EOF"},
	{"if x:\n  if y:\n    z\nw", "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT w NEWLINE EOF"},
	{"if x:\n\tif y:\n\t\tz\n", "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT EOF"},
	{"x = (1,\n      2)\n", "x = ( 1 , 2 ) NEWLINE EOF"},
	{"x = 1 + \\\n  2\n", "x = 1 + 2 NEWLINE EOF"},
	{"a  # c\n\n   # d\n\t\nb", "a NEWLINE b NEWLINE EOF"},
	{"", "EOF"},
	{"# only a comment", "EOF"},
	{"x\r\ny\r", "x NEWLINE y NEWLINE EOF"},
	{"a **= b //= c >>= d <<= e -> f := g ... h != i @= j", "a **= b //= c >>= d <<= e -> f := g ... h != i @= j NEWLINE EOF"},
	{"a<b<=c>d>=e==f", "a < b <= c > d >= e == f NEWLINE EOF"},
	{"0x_1F 1_000 1.5e-3 2j .5 1. 0o17 0b1 00 1E+5J", "0x_1F 1_000 1.5e-3 2j .5 1. 0o17 0b1 00 1E+5J NEWLINE EOF"},
	{"1if x else 2", "1 if x else 2 NEWLINE EOF"},
	{`rb'x' f"y{z}" '''a'b''' U"u" Rb"\d"`, `rb'x' f"y{z}" '''a'b''' U"u" Rb"\d" NEWLINE EOF`},
	{"'a\\\nb'", "'a\\\nb' NEWLINE EOF"},
	{"match case _ type async await", "match case _ type async await NEWLINE EOF"},
	{"é = π", "é = π NEWLINE EOF"},
	{"x $ y ? z", "x $ y ? z NEWLINE EOF"},
	{"if x:\n  y\n z\n", "if x : NEWLINE INDENT y NEWLINE ERROR t.py:3:3: unindent does not match any outer indentation level"},
	{"x = 'abc\n", "x = ERROR t.py:1:5: unterminated string literal (detected at line 1)"},
	{"(]", "( ERROR t.py:1:2: closing parenthesis ']' does not match opening parenthesis '('"},
	{"x = 1_", "x = ERROR t.py:1:6: invalid decimal literal"},
	{"x = 0b12", "x = ERROR t.py:1:8: invalid digit '2' in binary literal"},
	{"x = “", "x = ERROR t.py:1:5: invalid character '“' (U+201C)"},
}

func TestScan(t *testing.T) {
	for _, test := range scanTests {
		if got := scanString(test.src, false); got != test.want {
			t.Errorf("%q:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}

// TestScanPositions checks token extents: 1-based columns in code points,
// NEWLINE one column wide, INDENT after the indentation, DEDENT at its
// width, and the end of input at the end of the last line.
func TestScanPositions(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"é = 'π'\n", "é@1:1-1:2 =@1:3-1:4 'π'@1:5-1:8 NEWLINE@1:8-1:9 EOF@1:8-1:8"},
		{"if a:\n    b\nc", "if@1:1-1:3 a@1:4-1:5 :@1:5-1:6 NEWLINE@1:6-1:7 INDENT@2:5-2:5 b@2:5-2:6 NEWLINE@2:6-2:7 DEDENT@3:0-3:0 c@3:1-3:2 NEWLINE@3:2-3:3 EOF@3:2-3:2"},
		{"s = '''a\nb'''\n", "s@1:1-1:2 =@1:3-1:4 '''a\nb'''@1:5-2:5 NEWLINE@2:5-2:6 EOF@2:5-2:5"},
	} {
		if got := scanString(test.src, true); got != test.want {
			t.Errorf("%q:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}
