//go:build !coreonly

package asyncio

import "taskline/engine/py/eval"

// formatException is the traceback block logging prints for an exception.
// Until the evaluator exports its traceback formatter, only the final line
// is produced.
func formatException(in *eval.Interp, e *eval.Exception) string {
	return "Traceback (most recent call last):\n" + pyHost{}.excLineIn(in, e) + "\n"
}

func (pyHost) excLineIn(in *eval.Interp, e *eval.Exception) string {
	name := in.FullName(e.Class)
	msg := eval.Str_(in, e)
	if msg == "" {
		return name
	}
	return name + ": " + msg
}
