package asyncio

import "taskline/engine/py/eval"

// formatException is the traceback block logging prints for an exception:
// what CPython prints for an uncaught one.
func formatException(in *eval.Interp, e *eval.Exception) string {
	return in.FormatException(e)
}
