//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// exportDOM defines tasklineDOM on the page:
//
//	tasklineDOM.renderOutput(pre, prints, outcome)
//	tasklineDOM.renderError(alert, outcome, lang)
//
// prints is the run's print events in order ({stream, text}); outcome is the
// trace's outcome object. Both write text nodes only.
func exportDOM() {
	obj := js.Global().Get("Object").New()
	obj.Set("renderOutput", js.FuncOf(func(this js.Value, a []js.Value) (out any) {
		defer report(&out)
		if len(a) < 3 {
			panic("renderOutput: want (pre, prints, outcome)")
		}
		renderOutput(dom.WrapElement(a[0]), a[1], a[2])
		return nil
	}))
	obj.Set("renderError", js.FuncOf(func(this js.Value, a []js.Value) (out any) {
		defer report(&out)
		if len(a) < 2 {
			panic("renderError: want (alert, outcome, lang)")
		}
		lang := ""
		if len(a) > 2 && a[2].Type() == js.TypeString {
			lang = a[2].String()
		}
		return renderError(dom.WrapElement(a[0]), a[1], lang)
	}))
	js.Global().Set("tasklineDOM", obj)
}

// report turns a panic in a DOM call into a JS Error value returned to the
// caller, so that a bug in rendering never ends the page's Go instance.
func report(out *any) {
	if r := recover(); r != nil {
		*out = js.Global().Get("Error").New(fmt.Sprint("tasklineDOM: internal error: ", r))
	}
}

func document() dom.Document { return dom.GetWindow().Document() }

func empty(el dom.Element) {
	for el.HasChildNodes() {
		el.RemoveChild(el.FirstChild())
	}
}

func str(v js.Value, k string) string {
	if f := v.Get(k); f.Type() == js.TypeString {
		return f.String()
	}
	return ""
}

func num(v js.Value, k string) int {
	if f := v.Get(k); f.Type() == js.TypeNumber {
		return f.Int()
	}
	return 0
}

// renderOutput writes stdout and stderr in the order they were printed,
// each stream in its own class so the page can tell them apart. Output the
// outcome holds beyond the print events (a final traceback the runtime
// writes to stderr, or a message from a run that never started) follows.
func renderOutput(pre dom.Element, prints, outcome js.Value) {
	empty(pre)
	var seen [3]strings.Builder
	lastStream := 0
	var chunks []struct {
		stream int
		text   string
	}
	add := func(stream int, text string) {
		if text == "" {
			return
		}
		if stream != 2 {
			stream = 1
		}
		if len(chunks) > 0 && lastStream == stream {
			chunks[len(chunks)-1].text += text
			return
		}
		chunks = append(chunks, struct {
			stream int
			text   string
		}{stream, text})
		lastStream = stream
	}
	if prints.Type() == js.TypeObject {
		for i, n := 0, prints.Length(); i < n; i++ {
			p := prints.Index(i)
			s, text := num(p, "stream"), str(p, "text")
			if s != 2 {
				s = 1
			}
			seen[s].WriteString(text)
			add(s, text)
		}
	}
	if outcome.Type() == js.TypeObject {
		for s, k := range [...]string{1: "stdout", 2: "stderr"} {
			if k == "" {
				continue
			}
			full := str(outcome, k)
			if rest, ok := strings.CutPrefix(full, seen[s].String()); ok {
				add(s, rest)
			} else if seen[s].Len() == 0 {
				add(s, full)
			}
		}
	}
	doc := document()
	for _, c := range chunks {
		span := doc.CreateElement("span")
		span.SetAttribute("class", map[int]string{1: "stdout", 2: "stderr"}[c.stream])
		span.SetTextContent(c.text)
		pre.AppendChild(span)
	}
}

// renderError fills the alert with the uncaught error the way the runtime
// prints it, each frame a button that dispatches a bubbling
// "taskline:goto" event with detail {line, col}. It returns whether there
// was an error to show; with none, the alert is emptied and hidden.
func renderError(alert dom.Element, outcome js.Value, lang string) bool {
	empty(alert)
	e := js.Undefined()
	if outcome.Type() == js.TypeObject {
		e = outcome.Get("error")
	}
	if e.Type() != js.TypeObject {
		alert.SetAttribute("hidden", "")
		return false
	}
	alert.RemoveAttribute("hidden")
	doc := document()
	line := func(cls, text string) {
		d := doc.CreateElement("div")
		d.SetAttribute("class", cls)
		d.SetTextContent(text)
		alert.AppendChild(d)
	}
	frame := func(label string, ln, col int) {
		b := doc.CreateElement("button")
		b.SetAttribute("type", "button")
		b.SetAttribute("class", "frame")
		b.SetAttribute("data-line", fmt.Sprint(ln))
		b.SetTextContent(label)
		b.AddEventListener("click", false, func(dom.Event) {
			defer func() {
				if r := recover(); r != nil {
					js.Global().Get("console").Call("error", fmt.Sprint("tasklineDOM: internal error: ", r))
				}
			}()
			detail := js.Global().Get("Object").New()
			detail.Set("line", ln)
			detail.Set("col", col)
			init := js.Global().Get("Object").New()
			init.Set("detail", detail)
			init.Set("bubbles", true)
			init.Set("composed", true)
			// dom's DispatchEvent passes its Event wrapper to JS, which
			// syscall/js cannot convert; dispatch the JS event directly.
			b.Underlying().Call("dispatchEvent", js.Global().Get("CustomEvent").New("taskline:goto", init))
		})
		alert.AppendChild(b)
	}
	var frames []js.Value
	if fs := e.Get("frames"); fs.Type() == js.TypeObject {
		for i, n := 0, fs.Length(); i < n; i++ {
			frames = append(frames, fs.Index(i))
		}
	}
	last := str(e, "line")
	if last == "" {
		last = str(e, "type")
		if m := str(e, "message"); m != "" {
			last += ": " + m
		}
	}
	kind := str(outcome, "kind")
	pos := e.Get("pos")
	switch {
	case lang == "go":
		// Go prints the panic first, then the goroutine's stack, innermost
		// call first.
		line("last", last)
		for i := len(frames) - 1; i >= 0; i-- {
			f := frames[i]
			frame(fmt.Sprintf("%s()\n\t%s:%d", str(f, "func"), str(f, "file"), num(f, "line")), num(f, "line"), num(f, "col"))
		}
		if len(frames) == 0 && pos.Type() == js.TypeObject && num(pos, "line") > 0 {
			frame(fmt.Sprintf("line %d", num(pos, "line")), num(pos, "line"), num(pos, "col"))
		}
	case len(frames) > 0:
		if kind != "syntax-error" {
			line("head", "Traceback (most recent call last):")
		}
		for _, f := range frames {
			frame(fmt.Sprintf("  File %q, line %d, in %s", str(f, "file"), num(f, "line"), str(f, "func")), num(f, "line"), num(f, "col"))
			if t := str(f, "text"); t != "" {
				line("src", "    "+t)
			}
		}
		line("last", last)
	default:
		if pos.Type() == js.TypeObject && num(pos, "line") > 0 {
			ln, col := num(pos, "line"), num(pos, "col")
			label := fmt.Sprintf("line %d", ln)
			if col > 0 {
				label += fmt.Sprintf(":%d", col)
			}
			frame(label, ln, col)
		}
		line("last", last)
	}
	return true
}
