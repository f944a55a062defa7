//go:build js && wasm

package main

import (
	"encoding/json"
	"syscall/js"

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

func parseChecksJSON(text string) string {
	checks, errs := exercise.ParseChecks(text, 1)
	out := struct {
		Checks []exercise.Check `json:"checks"`
		Errors []string         `json:"errors"`
	}{Checks: checks, Errors: []string{}}
	if out.Checks == nil {
		out.Checks = []exercise.Check{}
	}
	for _, e := range errs {
		out.Errors = append(out.Errors, e.Error())
	}
	b, _ := json.Marshal(out)
	return string(b)
}
