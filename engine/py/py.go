// Package py runs Python programs: it parses with engine/py/syntax,
// compiles and evaluates with engine/py/eval, links the asyncio model from
// engine/py/asyncio, and turns whatever happened (output, an uncaught
// exception, sys.exit, a spent step budget, an internal error) into the
// trace's outcome, printed the way CPython 3.11 prints it.
package py

import (
	"fmt"
	"runtime/debug"
	"strings"

	"taskline/engine"
	"taskline/engine/py/eval"
	"taskline/engine/py/syntax"
	"taskline/engine/sched"
	"taskline/engine/trace"

	"taskline/engine/py/asyncio" // registers the asyncio module
)

func init() { engine.Register("python", Run) }

// Run runs a Python program and returns its trace. It never panics.
func Run(src string, o engine.Options) (tr *trace.Trace) {
	file := o.File
	if file == "" {
		file = "main.py"
	}
	version := o.Python
	if version == "" {
		version = "3.11"
	}
	rec := trace.NewRecorder("python", "cpython-"+version, file, func() int64 { return 0 })
	if o.TraceLimit > 0 {
		rec.Limit = o.TraceLimit
	}
	in := eval.NewInterp(rec, file, src, version)
	in.Seed = o.Seed
	in.Output = o.Output
	max := o.MaxSteps
	if max == 0 {
		max = sched.DefaultMaxSteps
	}
	in.Budget = &sched.Budget{Max: max, Poll: o.Poll, PollEvery: 1 << 14}
	maxMem := o.MaxMemory
	if maxMem == 0 {
		maxMem = sched.DefaultMaxMemory
	}
	heap := sched.HeapReclaimer()
	in.Mem = &sched.Memory{Max: maxMem, Reclaim: func() int64 { return heap() + in.FibersMemory() }}
	out := &rec.T.Outcome
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			rec.Print(-1, 2, "internal error: "+msg+"\n", trace.Pos{})
			tr = rec.Finish(trace.EndPending)
			tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeInternal, trace.ExitInternal
			tr.Outcome.Error = &trace.Error{Type: "InternalError", Message: msg, Line: "internal error: " + msg, Task: -1,
				Frames: []trace.Frame{{File: "taskline", Func: strings.TrimSpace(firstLines(string(debug.Stack()), 12))}}}
		}
		in.Shutdown()
	}()

	f, err := syntax.ParseFile(file, []byte(src), version)
	if err != nil {
		return finishCompileError(rec, src, err)
	}
	prog, err := eval.Compile(f)
	if err != nil {
		return finishCompileError(rec, src, err)
	}
	if w := compileWarnings(f.Module, file, src, version); w != "" {
		in.Print(2, w)
	}
	err = in.Exec(prog)
	tr = finish(in, rec, out, err)
	switch err.(type) {
	case nil, *eval.Exception:
		in.Finalize()
		// What CPython prints while finalising live objects at exit
		// ("Task was destroyed but it is pending!").
		in.RunAtExit()
		tr.Outcome.Stdout, tr.Outcome.Stderr = rec.Stdout(), rec.Stderr()
	}
	return tr
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

func finishCompileError(rec *trace.Recorder, src string, err error) *trace.Trace {
	switch e := err.(type) {
	case *syntax.SyntaxError:
		pos := trace.Pos{Line: e.Line, Col: e.Col}
		if e.At.Line > 0 {
			pos = trace.Pos{Line: e.At.Line, Col: e.At.Col}
		}
		rec.Print(-1, 2, e.Traceback(), pos)
		tr := rec.Finish(trace.EndPending)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeSyntaxError, 1
		tr.Outcome.Error = &trace.Error{Type: e.Kind, Message: e.Msg, Line: e.Kind + ": " + e.Msg,
			Pos: pos, Task: -1}
		return tr
	case *syntax.UnsupportedError:
		return unsupported(rec, err.Error(), trace.Pos{Line: e.Pos.Line, Col: e.Pos.Col})
	case *eval.UnsupportedError:
		return unsupported(rec, err.Error(), trace.Pos{Line: e.Line, Col: e.Col})
	}
	return unsupported(rec, err.Error(), trace.Pos{})
}

func unsupported(rec *trace.Recorder, msg string, pos trace.Pos) *trace.Trace {
	rec.Print(-1, 2, "taskline: "+msg+"\n", pos)
	tr := rec.Finish(trace.EndPending)
	tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeUnsupported, 1
	tr.Outcome.Error = &trace.Error{Type: "Unsupported", Message: msg, Line: msg, Pos: pos, Task: -1}
	return tr
}

func finish(in *eval.Interp, rec *trace.Recorder, out *trace.Outcome, err error) *trace.Trace {
	switch e := err.(type) {
	case nil:
		tr := rec.Finish(trace.EndPending)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeOK, 0
		return tr
	case *eval.Exception:
		if e.IsInstance(eval.SystemExitClass) {
			code := 0
			var c eval.Value = eval.None
			if len(e.Args) == 1 {
				c = e.Args[0]
			} else if len(e.Args) > 1 {
				c = e.Args
			}
			switch v := c.(type) {
			case eval.NoneType:
			case eval.Int:
				code = int(v) & 0xff
			case eval.Bool:
				if v {
					code = 1
				}
			default:
				rec.Print(-1, 2, eval.Str_(in, c)+"\n", in.Pos())
				code = 1
			}
			rec.Event(-1, trace.EvExit, trace.Pos{Line: e.TracebackLine()}, fmt.Sprint(code), -1)
			tr := rec.Finish(trace.EndPending)
			tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeExit, code
			if code == 0 {
				tr.Outcome.Kind = trace.OutcomeOK
			}
			return tr
		}
		text := in.FormatUncaught(e)
		rec.Print(-1, 2, text, trace.Pos{Line: e.TracebackLine()})
		if in.Output != nil {
			// Streamed too: what is printed at exit (objects collected
			// after the traceback) comes after it.
			in.Output(2, text)
		}
		tr := rec.Finish(trace.EndPending)
		msg, _ := in.ToStr(e)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeException, 1
		tr.Outcome.Error = &trace.Error{Type: in.FullName(e.Class), Message: msg, Line: in.FinalLine(e),
			Pos: trace.Pos{Line: e.TracebackLine()}, Task: -1, Frames: in.Frames(e)}
		return tr
	case *eval.StepLimitError:
		rec.Print(-1, 2, e.Error()+"\n", trace.Pos{Line: e.Line})
		tr := rec.Finish(trace.EndPending)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeStepLimit, trace.ExitStepLimit
		tr.Outcome.Error = &trace.Error{Type: "StepLimit", Message: e.Error(), Line: e.Error(), Pos: trace.Pos{Line: e.Line}, Task: -1}
		return tr
	case *eval.StoppedError:
		rec.Print(-1, 2, e.Error()+"\n", in.Pos())
		tr := rec.Finish(trace.EndPending)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeStopped, trace.ExitStopped
		return tr
	case *eval.UnsupportedError:
		return unsupported(rec, e.Error(), trace.Pos{Line: e.Line, Col: e.Col})
	case asyncio.ErrWaitForever:
		// CPython would block in select() for ever; stop with the same
		// status as the step budget, keeping output and trace.
		msg := e.Error()
		rec.Print(-1, 2, msg+"\n", in.Pos())
		tr := rec.Finish(trace.EndPending)
		tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeDeadlock, trace.ExitStepLimit
		tr.Outcome.Error = &trace.Error{Type: "WaitForever", Message: msg, Line: msg, Pos: in.Pos(), Task: -1}
		return tr
	}
	msg := err.Error()
	rec.Print(-1, 2, "internal error: "+msg+"\n", in.Pos())
	tr := rec.Finish(trace.EndPending)
	tr.Outcome.Kind, tr.Outcome.ExitCode = trace.OutcomeInternal, trace.ExitInternal
	tr.Outcome.Error = &trace.Error{Type: "InternalError", Message: msg, Line: "internal error: " + msg, Task: -1}
	return tr
}
