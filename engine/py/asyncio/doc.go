// Package asyncio is Taskline's model of CPython's asyncio: the event loop,
// futures and tasks, the combinators (gather, shield, wait, wait_for,
// as_completed), TaskGroup and timeout, the locks and queues, asyncio.run,
// and the trace of every task.
//
// It follows the CPython 3.11.7 sources line for line where the order of
// events depends on them (the C accelerator's Task where it differs from the
// Python one), and 3.7.16 under Python 3.7: interleavings, task names,
// cancellation delivery and the messages printed all come out as CPython's.
// The loop itself (loop.go, future.go, task.go and the combinators) does not
// import the evaluator; it reaches Python through the host interface, which
// host.go implements with engine/py/eval, so its tests replay CPython's
// verified interleavings with coroutines written in Go. The module registers
// itself with eval.RegisterModule; engine/py imports this package for that.
//
// docs/HACKING-asyncio.md explains the loop order, the virtual clock,
// cancellation delivery and the trace.
package asyncio
