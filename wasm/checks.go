//go:build js && wasm

package main

import (
	"syscall/js"

	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// The teacher's editor (web/src/teach) writes checks in the syntax of a
// lesson's ```checks block; this parses them with the same parser the lesson
// pipeline uses, so the browser never has a second reading of that syntax:
//
//	tasklineParseChecks(text) → JSON {"checks": [Check...], "errors": ["line:col: message"...]}
//
// The checks are in the JSON form web/embed/checks.js evaluates.
func init() {
	js.Global().Set("tasklineParseChecks", js.FuncOf(func(this js.Value, a []js.Value) any {
		if len(a) < 1 || a[0].Type() != js.TypeString {
			panic("tasklineParseChecks: want (text)")
		}
		return parseChecksJSON(a[0].String())
	}))
}

// parseChecksJSON writes the checks by their hand-written encoder
// (exercise.Check.AppendJSON), so that this module links no encoding/json.
func parseChecksJSON(text string) string {
	checks, errs := exercise.ParseChecks(text, 1)
	b := []byte(`{"checks":[`)
	for i := range checks {
		if i > 0 {
			b = append(b, ',')
		}
		b = checks[i].AppendJSON(b)
	}
	b = append(b, `],"errors":[`...)
	for i, e := range errs {
		if i > 0 {
			b = append(b, ',')
		}
		b = trace.AppendJSONString(b, e.Error())
	}
	return string(append(b, "]}"...))
}
