package asyncio

import "taskline/engine/py/eval"

// defineSince311 adds to the asyncio module what CPython 3.11 brought and
// Taskline models outside the 3.7 code paths: Runner, Barrier and
// BrokenBarrierError.
func (st *state) defineSince311(in *eval.Interp, m *eval.Module) {
	if in.CPythonMinor() < 11 {
		return
	}
	m.Dict["Runner"] = runnerClass
	m.Dict["Barrier"] = barrierClass
	m.Dict["BrokenBarrierError"] = brokenBarrierClass
}
