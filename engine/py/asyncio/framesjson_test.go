package asyncio

import (
	"encoding/json"
	"reflect"
	"testing"
)

// decodeJSON reads libframes/frames.json as encoding/json does, and the
// escapes and shapes that file may come to hold.
func TestDecodeJSONMatchesEncodingJSON(t *testing.T) {
	for _, text := range []string{
		string(framesJSON),
		`{"a": [1, -2.5, 3e2, "x\"y\\z\/\b\f\n\r\t\u00e9\ud834\udd1e\ud834", true, false, null, {}, []], "": {"b": []}}`,
		` [ "é 𝄞", 0 ] `,
	} {
		var want any
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		got, err := decodeJSON([]byte(text))
		if err != nil {
			t.Fatalf("%.40q: %v", text, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.40q:\n got %#v\nwant %#v", text, got, want)
		}
	}
	for _, bad := range []string{``, `{`, `[1,]`, `{"a" 1}`, `"abc`, `"\q"`, `[1] 2`, `nul`, "\"a\x01\""} {
		if _, err := decodeJSON([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if len(libFrameData["3.11"]["run"]) == 0 {
		t.Error("no frames for 3.11's asyncio.run")
	}
}
