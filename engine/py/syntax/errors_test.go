package syntax

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// errorCase is one program of testdata/errors.txt with CPython's verdict,
// recorded by testdata/record_errors.py.
type errorCase struct {
	title, src string
	head       string // "ok" or "main.py:line:col: msg"
	traceback  string // what python3 main.py prints on stderr
}

func readErrorCases(t testing.TB) []errorCase {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []errorCase
	for _, chunk := range strings.Split(string(data), "### ")[1:] {
		title, rest, _ := strings.Cut(chunk, "\n")
		src, want, ok := strings.Cut(rest, "--- python3\n")
		if !ok {
			t.Fatalf("case %q: no '--- python3' line", title)
		}
		head, tb, _ := strings.Cut(want, "\n")
		if strings.HasSuffix(title, "[no final newline]") {
			src = strings.TrimSuffix(src, "\n")
		}
		cases = append(cases, errorCase{title: title, src: src, head: head, traceback: tb})
	}
	return cases
}

// TestErrors checks every recorded program: the same verdict as CPython,
// the same "file:line:col: msg", and the same stderr text.
func TestErrors(t *testing.T) {
	cases := readErrorCases(t)
	if len(cases) < 100 {
		t.Fatalf("only %d cases in testdata/errors.txt", len(cases))
	}
	for _, c := range cases {
		_, err := Parse("main.py", []byte(c.src))
		if c.head == "ok" {
			var ue *UnsupportedError
			if errors.As(err, &ue) {
				continue // valid Python that Taskline does not run (yet)
			}
			if err != nil {
				t.Errorf("%s: CPython accepts it, we say %v", c.title, err)
			}
			continue
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: want %s, got %v", c.title, c.head, err)
			continue
		}
		if se.Error() != c.head {
			t.Errorf("%s:\n got %s\nwant %s", c.title, se.Error(), c.head)
			continue
		}
		// CPython 3.11 mixes byte and character offsets when it draws the
		// carets under a line with non-ASCII text; we draw characters.
		if !isASCII(se.Text) {
			continue
		}
		if got := se.Traceback(); got != c.traceback {
			t.Errorf("%s: traceback\n got:\n%s\nwant:\n%s", c.title, got, c.traceback)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
