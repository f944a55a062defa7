package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A program with what HTML likes to break survives the round trip through
// the fragment: the code element holds it escaped, the inlined trace holds
// its run, and nothing in the page can end the element or the script early.
func TestEmbedDirWritesIntactPlaygrounds(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	prog := "s = \"</script><!-- & 'q' <b>\"\n\n\nprint(s)\n"
	specs := map[string]string{
		// Hugo writes numbers and booleans as it pleases: both are taken.
		"a.json": `{"language":"python","code":` + quote(prog) + `,"title":"T & <t>","height":300,"readonly":true}`,
		"b.json": `{"language":"go","code":"package main\n\nfunc main() {\n\tpanic(\"no\")\n}\n","seed":"3","autorun":"true"}`,
	}
	for name, s := range specs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, errs := capture(t, func() int { return embedCmd([]string{"--dir", dir, "-o", out}) })
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a, err := os.ReadFile(filepath.Join(out, "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(a)
	open := regexp.MustCompile(`^<taskline-playground ([^>]*)>`).FindStringSubmatch(page)
	if open == nil || open[1] != `language="python" python="3.11" height="300" readonly title="T &amp; &lt;t&gt;"` {
		t.Errorf("opening tag: %q", open)
	}
	codeText := regexp.MustCompile(`(?s)<pre class="tl-code"><code[^>]*>(.*?)</code></pre>`).FindStringSubmatch(page)
	if codeText == nil || html.UnescapeString(codeText[1]) != prog {
		t.Errorf("code element does not hold the program: %q", codeText)
	}
	if n := strings.Count(page, "</script>"); n != 1 {
		t.Errorf("%d </script> in the page, want only the result's own", n)
	}
	res := regexp.MustCompile(`<script type="application/json" class="taskline-result">(.*)</script>`).FindStringSubmatch(page)
	if res == nil {
		t.Fatal("no taskline-result script")
	}
	var tr struct {
		Outcome struct {
			Stdout   string
			ExitCode int
		}
	}
	if err := json.Unmarshal([]byte(res[1]), &tr); err != nil {
		t.Fatal(err)
	}
	if want := "</script><!-- & 'q' <b>\n"; tr.Outcome.Stdout != want || tr.Outcome.ExitCode != 0 {
		t.Errorf("trace outcome: %+v, want stdout %q", tr.Outcome, want)
	}
	b, err := os.ReadFile(filepath.Join(out, "b.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `<taskline-playground language="go" seed="3" autorun>`) {
		t.Errorf("go fragment starts %q", strings.SplitN(string(b), "\n", 2)[0])
	}
	if !strings.Contains(string(b), `data-exit="2"`) || !strings.Contains(string(b), "panic: no") {
		t.Errorf("go fragment lacks its panic (exit 2)")
	}
}

func TestEmbedRejectsBadOptions(t *testing.T) {
	for _, args := range [][]string{
		{"--lang", "ruby", os.DevNull},
		{"--height", "9", os.DevNull},
		{"--python", "3.9", os.DevNull},
		{"--dir", "x"},
	} {
		if code, _, errs := capture(t, func() int { return embedCmd(args) }); code != 2 || !strings.Contains(errs, "taskline embed:") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
