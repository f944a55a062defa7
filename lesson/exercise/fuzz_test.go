package exercise

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzParseChecks: any text gives checks or positioned errors, never a panic,
// and every check it accepts can be evaluated and is written as JSON as
// encoding/json writes it.
func FuzzParseChecks(f *testing.F) {
	for _, s := range []string{
		"stdout = \"a\\n\"\n    why\nerror none",
		"stdout ~ ^x(y|z)+$",
		"at most 2 running fetch\nfinished main by 1.5s\nno leaked",
		"cancel of \"goroutine 7\" requested by main\nnot cancelled worker",
		"stdout = \"unterminated",
		"  message first",
	} {
		f.Add(s)
	}
	tr := gatherTrace()
	f.Fuzz(func(t *testing.T, src string) {
		checks, errs := ParseChecks(src, 1)
		lines := strings.Count(src, "\n") + 1
		for _, err := range errs {
			e, ok := err.(*Error)
			if !ok || e.Line < 1 || e.Line > lines || e.Col < 1 {
				t.Fatalf("error without a good position: %#v", err)
			}
		}
		for _, c := range checks {
			c.Eval(tr)
			checkJSON(t, c)
		}
		ParsePredict(src, 1)
	})
}

// checkJSON fails t unless c.AppendJSON writes what json.Marshal writes.
func checkJSON(t *testing.T, c Check) {
	t.Helper()
	want, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.AppendJSON(nil); string(got) != string(want) {
		t.Errorf("AppendJSON\n got: %s\nwant: %s", got, want)
	}
}
