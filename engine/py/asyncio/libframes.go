package asyncio

import "taskline/engine/py/eval"

// libframes/frames.json holds, per modelled version, the frames of
// asyncio's own files that CPython's tracebacks show where Taskline runs
// native code, taken from the real interpreters by libframes/extract.py
// (paths as a standard install has them, /usr/lib/python3.X/asyncio/…):
//
//	run                 asyncio.run → runners.py, base_events.py
//	run_until_complete  loop.run_until_complete → base_events.py
//	sleep0, sleep       a task cancelled inside asyncio.sleep
//	run_check           asyncio.run's check that it was given a coroutine
//	callback            events.py's Handle._run, above a callback that raised
//	wait_for_raise      wait_for raising TimeoutError on expiry
//	wait_for_result     wait_for taking the CancelledError from the inner
//	                    future it cancelled on expiry (3.9+)
//	timeout_exit        Timeout.__aexit__ raising TimeoutError (3.11+)
//	taskgroup_exit      TaskGroup.__aexit__ raising its ExceptionGroup (3.11+)
//	get_event_loop      the policy's get_event_loop raising RuntimeError once
//	                    asyncio.run() has ended (no current loop)
//	escape              an exception leaving asyncio.run through the loop
//	event_wait          Event.wait awaiting a future of another loop (3.7-3.9)
//	*_cancel            a task cancelled while it waits in Queue.get/put/join,
//	                    Event.wait, Lock/Semaphore/Condition.acquire (and
//	                    their `async with`), Condition.wait and wait_for:
//	                    the primitive's frames (queues.py, locks.py)
//	run_until_complete_cb  not a frame: where base_events.py defines the
//	                    callback, for a Task's repr
//
// libFrameTable (libframes_table.go) is generated from frames.json by
// libframes/gen.go: static data, so that starting the engine decodes no JSON.
//
//go:generate go run libframes/gen.go

// libFrameSet is the library frames of one kind for one version.
type libFrameSet struct {
	minor  int // 3.minor
	kind   string
	frames []eval.LibFrame
}

// libFrames returns the library frames of the given kind for the modelled
// version (nil if it shows none).
func (st *state) libFrames(kind string) []eval.LibFrame { return st.rt.libFrames(kind) }

func (rt *runtime) libFrames(kind string) []eval.LibFrame {
	for i := range libFrameTable {
		if s := &libFrameTable[i]; s.minor == rt.minor && s.kind == kind {
			return s.frames
		}
	}
	return nil
}

// addInnerLibFrames and addOuterLibFrames add the library frames of kind
// to the exception e (see eval.Exception's methods of those names).
func (rt *runtime) addInnerLibFrames(e any, kind string) {
	if x, ok := e.(*eval.Exception); ok {
		x.AddInnerLibFrames(rt.libFrames(kind))
	}
}

func (rt *runtime) addOuterLibFrames(e Value, kind string) {
	if x, ok := e.(*eval.Exception); ok {
		x.AddOuterLibFrames(rt.libFrames(kind))
	}
}
