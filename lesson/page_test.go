package lesson

import (
	"strings"
	"testing"
)

func TestDocumentHead(t *testing.T) {
	p, err := Convert("a.md", []byte("---\ntitle: Shield <b>\n---\n\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		site Site
		want []string
	}{
		{Site{}, []string{`<title>Shield &lt;b&gt; · Taskline lessons</title>`, `<link rel="icon" href="data:,">`, `href="lesson.css"`, `src="lesson.js"`}},
		{Site{Icon: "/favicon.svg", Home: "/lessons/"}, []string{`<link rel="icon" href="/favicon.svg">`, `<a href="/lessons/">Taskline lessons</a>`}},
	} {
		doc := string(p.Document(c.site))
		for _, w := range c.want {
			if !strings.Contains(doc, w) {
				t.Errorf("site %+v: document lacks %s:\n%s", c.site, w, doc)
			}
		}
	}
}
