//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"taskline/engine/trace"
)

// exportDOM defines tasklineDOM on the page:
//
//	tasklineDOM.renderOutput(pre, prints, outcome)
//	tasklineDOM.renderError(alert, JSON.stringify(outcome), lang)
//
// prints is the run's print events in order ({stream, text}); outcome is the
// trace's outcome. Both write text nodes only, and return an Error object
// instead of failing if something goes wrong inside.
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
		if a[1].Type() != js.TypeString {
			panic("renderError: outcome must be a JSON string")
		}
		return renderError(dom.WrapElement(a[0]), a[1].String(), lang)
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
// each stream in its own class so the page can tell them apart (see
// outputChunks).
func renderOutput(pre dom.Element, prints, outcome js.Value) {
	empty(pre)
	var ps []chunk
	if prints.Type() == js.TypeObject {
		for i, n := 0, prints.Length(); i < n; i++ {
			p := prints.Index(i)
			ps = append(ps, chunk{Stream: num(p, "stream"), Text: str(p, "text")})
		}
	}
	var stdout, stderr string
	if outcome.Type() == js.TypeObject {
		stdout, stderr = str(outcome, "stdout"), str(outcome, "stderr")
	}
	doc := document()
	for _, c := range outputChunks(ps, stdout, stderr) {
		span := doc.CreateElement("span")
		span.SetAttribute("class", map[int]string{1: "stdout", 2: "stderr"}[c.Stream])
		span.SetTextContent(c.Text)
		pre.AppendChild(span)
	}
}

// renderError fills the alert with the uncaught error the way the runtime
// prints it (see errorLines), each frame a button that dispatches a
// bubbling "taskline:goto" event with detail {line, col}. outcome is the
// trace's outcome as JSON. It returns whether there was an error to show;
// with none, the alert is emptied and hidden.
func renderError(alert dom.Element, outcomeJSON, lang string) bool {
	empty(alert)
	var o trace.Outcome
	if err := json.Unmarshal([]byte(outcomeJSON), &o); err != nil {
		panic("renderError: " + err.Error())
	}
	if o.Error == nil {
		alert.SetAttribute("hidden", "")
		return false
	}
	alert.RemoveAttribute("hidden")
	doc := document()
	for _, l := range errorLines(o.Error, o.Kind, lang) {
		if l.Line <= 0 {
			d := doc.CreateElement("div")
			d.SetAttribute("class", l.Class)
			d.SetTextContent(l.Text)
			alert.AppendChild(d)
			continue
		}
		b := doc.CreateElement("button")
		b.SetAttribute("type", "button")
		b.SetAttribute("class", "frame")
		b.SetAttribute("data-line", fmt.Sprint(l.Line))
		b.SetTextContent(l.Text)
		line, col := l.Line, l.Col
		b.AddEventListener("click", false, func(dom.Event) {
			defer func() {
				if r := recover(); r != nil {
					js.Global().Get("console").Call("error", fmt.Sprint("tasklineDOM: internal error: ", r))
				}
			}()
			detail := js.Global().Get("Object").New()
			detail.Set("line", line)
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
	return true
}
