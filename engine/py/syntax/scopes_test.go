package syntax

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// TestScopes checks the programs of testdata/scopes.txt, about scopes and
// the checks after parsing, against what each CPython version printed
// (recorded by testdata/record_scopes.py): the same verdict and the same
// stderr, byte for byte.
func TestScopes(t *testing.T) {
	data, err := os.ReadFile("testdata/scopes.txt")
	if err != nil {
		t.Fatal(err)
	}
	chunks := strings.Split(string(data), "### ")[1:]
	if len(chunks) < 80 {
		t.Fatalf("only %d cases in testdata/scopes.txt", len(chunks))
	}
	checked := 0
	for _, chunk := range chunks {
		title, rest, _ := strings.Cut(chunk, "\n")
		parts := strings.Split(rest, "\n--- 3.")
		src := parts[0] + "\n"
		if len(parts) != 8 {
			t.Fatalf("%s: want an answer for each of 7 versions, have %d", title, len(parts)-1)
		}
		for _, part := range parts[1:] {
			minor, want, _ := strings.Cut(part, "\n")
			want = strings.TrimSuffix(want, "\n") + "\n"
			version := "3." + minor
			_, err := ParseFile("main.py", []byte(src), version)
			checked++
			if want == "ok\n" {
				var ue *UnsupportedError
				if err != nil && !errors.As(err, &ue) {
					t.Errorf("%s (%s): CPython accepts it, we say %v", title, version, err)
				}
				continue
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("%s (%s): want\n%s got %v", title, version, want, err)
				continue
			}
			if got := se.Traceback(); got != want {
				t.Errorf("%s (%s):\n got:\n%s\nwant:\n%s", title, version, got, want)
			}
		}
	}
	if checked < 7*80 {
		t.Fatalf("checked only %d answers", checked)
	}
}
