//go:build js && wasm

package host

// The tests run Python programs, as the Python module (wasm/) does.
import _ "taskline/engine/py"
