//go:build js && wasm

package host

import "syscall/js"

// jsObject makes a JS object with the given fields, for tests.
func jsObject(fields map[string]any) js.Value {
	o := js.Global().Get("Object").New()
	for k, v := range fields {
		o.Set(k, v)
	}
	return o
}
