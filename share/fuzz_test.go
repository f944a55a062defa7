package share_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"taskline/share"
)

// FuzzDecodeRequest checks that decoding never panics, that every refusal
// is a RequestError with a client status, and that every accepted snippet
// is within the limits and survives a round trip through its JSON form.
func FuzzDecodeRequest(f *testing.F) {
	for _, seed := range []string{
		`{"lang":"python","code":"print(1)","python":"3.11"}`,
		`{"lang":"go","code":"package main"}`,
		`{"lang":"python","code":"x","python":"3.7"}`,
		`{"lang":"python"}`,
		`{"lang":"python","code":"\u0000\ud800"}`,
		`{"lang":"go","code":"x"} trailing`,
		`[]`, `null`, ``, `{`, `"x"`,
		`{"lang":"go","code":"x","extra":1}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		sn, err := share.DecodeRequest(strings.NewReader(string(body)))
		if err != nil {
			var re *share.RequestError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a RequestError", err)
			}
			if re.Status != 400 && re.Status != 413 {
				t.Fatalf("status %d for %q", re.Status, body)
			}
			if re.Msg == "" || strings.HasSuffix(re.Msg, ".") {
				t.Fatalf("message %q", re.Msg)
			}
			return
		}
		if !slices.Contains(share.Languages, sn.Lang) || sn.Code == "" || len(sn.Code) > share.MaxCodeBytes {
			t.Fatalf("accepted %+v", sn)
		}
		if sn.Python != "" && (sn.Lang != "python" || !slices.Contains(share.PythonVersions, sn.Python)) {
			t.Fatalf("accepted python %q for %+v", sn.Python, sn)
		}
		if !utf8.ValidString(sn.Code) {
			t.Fatalf("accepted invalid UTF-8 code %q", sn.Code)
		}
		again, err := json.Marshal(sn)
		if err != nil {
			t.Fatal(err)
		}
		sn2, err := share.DecodeRequest(strings.NewReader(string(again)))
		if err != nil || sn2 != sn {
			t.Fatalf("round trip of %+v: %+v, %v", sn, sn2, err)
		}
		if !share.ValidID(share.ID(sn)) {
			t.Fatalf("invalid id for %+v", sn)
		}
	})
}
