package lesson

import (
	"strings"
	"testing"
)

func TestParseInfo(t *testing.T) {
	in, err := parseInfo(`python {run title="Self-cancelling gather" python="3.7" expect="CancelledError" readonly height=300}`, 4)
	if err != nil {
		t.Fatal(err)
	}
	want := Info{Lang: "python", Role: RoleRun, Title: "Self-cancelling gather", Python: "3.7", Expect: "CancelledError", Readonly: true, Height: 300}
	if in != want {
		t.Errorf("got %+v\nwant %+v", in, want)
	}
	for _, c := range []struct{ info, err string }{
		{`python`, ""},
		{`python {starter autorun seed=3}`, ""},
		{`python {run`, `14: expected "}"`},
		{`python {title="x" run}`, `12: expected run, starter or solution first`},
		{`python {run=1}`, `12: run takes no value`},
		{`python {run title}`, `16: title wants a value`},
		{`python {run readonly=yes}`, `16: readonly takes no value`},
		{`python {run height=9}`, `16: height="9": want a number of pixels`},
		{`python {run title="open}`, `22: unterminated quoted value for title`},
		{`go {run python="3.7"}`, `4: python= applies only to python blocks`},
		{`rust {run}`, `4: a run block must be python or go, found "rust"`},
	} {
		_, err := parseInfo(c.info, 4)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.info, err)
		case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
			t.Errorf("%s: got %v, want %q", c.info, err, c.err)
		}
	}
}

// FuzzParseInfo: any info string gives an Info or an error with a column
// inside the line, never a panic.
func FuzzParseInfo(f *testing.F) {
	f.Add(`python {run title="x" python="3.7" expect="CancelledError" readonly height=300}`)
	f.Add(`go {starter seed=2}`)
	f.Add(`python {run title="`)
	f.Fuzz(func(t *testing.T, s string) {
		_, err := parseInfo(s, 4)
		if ce, ok := err.(*colError); ok && (ce.col < 1 || ce.col > len(s)+5) {
			t.Fatalf("%q: column %d outside the line", s, ce.col)
		}
	})
}
