package asyncio

import (
	"sort"
	"strings"
	"weak"

	"taskline/engine/py/eval"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

// state is the asyncio module of one interpreter.
type state struct {
	in    *eval.Interp
	rt    *runtime
	clock *sched.Clock
	exc   *excClasses
	mod   *eval.Module

	running     *Loop // the loop running now, or nil
	defaultLoop *Loop // what get_event_loop() returns outside a running loop
	// loopSetCalled is the policy's _set_called: a loop was set (by
	// set_event_loop, asyncio.run, or get_event_loop making one), so
	// 3.12+ does not warn about making one again.
	loopSetCalled bool
	// eagerFactories are asyncio.eager_task_factory and the factories
	// create_eager_task_factory(Task) made (eager.go).
	eagerFactories map[eval.Value]bool
	loops          []*Loop

	threads     []*Future // what each default-executor thread delivers to (threads.go)
	threadCount int
}

// pyHost implements host on top of the evaluator.
type pyHost struct{ st *state }

func (h pyHost) in() *eval.Interp { return h.st.in }

func (pyHost) none() Value         { return eval.None }
func (pyHost) isNone(v Value) bool { _, ok := v.(eval.NoneType); return ok || v == nil }
func (pyHost) str(s string) Value  { return eval.Str(s) }
func (pyHost) newList(e []Value) Value {
	l := make([]eval.Value, len(e))
	for i, x := range e {
		l[i] = toValue(x)
	}
	return eval.NewList(l)
}
func (h pyHost) repr(v Value) string  { return eval.Repr(h.in(), toValue(v)) }
func (h pyHost) str37(v Value) string { return eval.Str_(h.in(), toValue(v)) }

func (h pyHost) newCancelledError(msg Value) Value {
	if msg == nil {
		return eval.NewException(h.st.exc.cancelled)
	}
	return eval.NewException(h.st.exc.cancelled, toValue(msg))
}
func (pyHost) setContext(exc, ctx Value) {
	e, ok1 := exc.(*eval.Exception)
	c, ok2 := ctx.(*eval.Exception)
	if ok1 && ok2 {
		e.Context = c
	}
}
func (h pyHost) newTimeoutError() Value { return eval.NewException(h.st.exc.timeout) }
func (pyHost) runtimeError(m string) Value {
	return eval.NewException(eval.RuntimeErrorClass, eval.Str(m))
}
func (h pyHost) invalidStateError(m string) Value {
	return eval.NewException(h.st.exc.invalidState, eval.Str(m))
}
func (pyHost) valueError(m string) Value { return eval.NewException(eval.ValueErrorClass, eval.Str(m)) }

func (h pyHost) isCancelledError(e Value) bool {
	x, ok := e.(*eval.Exception)
	return ok && x.Class.IsSubclass(h.st.exc.cancelled)
}
func (h pyHost) isExactCancelledError(e Value) bool {
	x, ok := e.(*eval.Exception)
	return ok && x.Class == h.st.exc.cancelled
}
func (pyHost) isException(e Value) bool {
	x, ok := e.(*eval.Exception)
	return ok && x.Class.IsSubclass(eval.ExceptionClass)
}
func (pyHost) isExitOrInterrupt(e Value) bool {
	x, ok := e.(*eval.Exception)
	return ok && (x.Class.IsSubclass(eval.SystemExitClass) || x.Class.IsSubclass(eval.KeyboardInterruptClass))
}
func (pyHost) raise(e Value) error { return e.(*eval.Exception) }
func (h pyHost) raiseFrom(e, cause Value) error {
	x := e.(*eval.Exception)
	c := cause.(*eval.Exception)
	x.Cause = c
	x.Context = c
	x.SuppressContext = true
	return x
}
func (pyHost) excOf(err error) (Value, bool) {
	x, ok := err.(*eval.Exception)
	if !ok {
		return nil, false
	}
	return x, true
}
func (h pyHost) raiseGroup(msg string, excs []Value) error {
	group := make([]*eval.Exception, len(excs))
	items := make([]eval.Value, len(excs))
	allExc := true
	for i, e := range excs {
		group[i] = e.(*eval.Exception)
		items[i] = group[i]
		if !group[i].Class.IsSubclass(eval.ExceptionClass) {
			allExc = false
		}
	}
	cls := eval.BaseExceptionGroupClass
	if allExc {
		cls = eval.ExceptionGroupClass
	}
	g := &eval.Exception{Class: cls, Group: group, Msg: msg, Args: eval.Tuple{eval.Str(msg), eval.NewList(items)}}
	g.Cause = eval.None
	g.SuppressContext = true
	return g
}

// futureObject returns f's Python object: held by f while it is pending,
// weakly once it is done (see collect.go), recreated if it was dropped.
func (h pyHost) futureObject(f *Future) Value {
	if f.obj != nil {
		return f.obj
	}
	if p := f.wobj.Value(); p != nil {
		return p
	}
	cls := futureClass
	switch {
	case f.task != nil:
		cls = taskClass
	case f.gather != nil:
		cls = gatheringFutureClass
	}
	p := &pyFuture{f: f, cls: cls}
	if f.done() {
		f.wobj = weak.Make(p)
	} else {
		f.obj = p
	}
	return p
}

func (pyHost) asFuture(v Value) (*Future, bool) {
	p, ok := v.(*pyFuture)
	if !ok {
		return nil, false
	}
	return p.f, true
}

// runPyHandle calls a callback scheduled with call_soon / call_later /
// add_done_callback; an exception is reported as CPython's Handle._run does.
func (h pyHost) runPyHandle(hd *Handle) error {
	in := h.in()
	args := make([]eval.Value, len(hd.args))
	for i, a := range hd.args {
		args[i] = toValue(a)
	}
	_, err := in.Call(hd.py.(eval.Value), args, nil)
	if err == nil {
		return nil
	}
	e, ok := err.(*eval.Exception)
	if !ok {
		return err
	}
	if h.st.rt.py37 {
		if !e.Class.IsSubclass(eval.ExceptionClass) {
			return err
		}
	} else if h.isExitOrInterrupt(e) {
		return err
	}
	// CPython calls the callback from events.py's Handle._run.
	e.AddOuterLibFrames(h.st.libFrames("callback"))
	cb := h.st.callbackSource(hd)
	h.logException(hd.loop, "Exception in callback "+cb, e, "handle", h.st.handleObject(hd))
	return nil
}

func (h pyHost) pos() trace.Pos { return h.in().Pos() }

func (h pyHost) coroPos(t *Task) trace.Pos {
	if g, ok := t.coroObj.(*eval.Generator); ok {
		return trace.Pos{Line: g.InnerLine()}
	}
	return trace.Pos{}
}

func (h pyHost) coroName(t *Task) (string, trace.Pos) {
	switch c := t.coroObj.(type) {
	case *eval.Generator:
		return c.Qualname(), trace.Pos{Line: c.DefLine()}
	case *nativeCoro:
		return c.qualName(), trace.Pos{}
	}
	return "", trace.Pos{}
}

func (h pyHost) callLabel(t *Task) string {
	switch c := t.coroObj.(type) {
	case *eval.Generator:
		return c.CallLabel()
	case *nativeCoro:
		return c.callLabel()
	}
	return ""
}

// describeCallback names the callable of h and its arguments, as a label
// names a task's call (eval.ShortRepr: no program code runs), the task it
// concerns (bound to, or passed, a task), and whether it is native code.
func (h pyHost) describeCallback(hd *Handle) (string, int, bool) {
	task := -1
	about := func(v Value) {
		if p, ok := v.(*pyFuture); ok && task < 0 && p.f.task != nil {
			task = p.f.task.tid
		}
	}
	name, native := "", true
	switch f := hd.py.(type) {
	case *eval.Function:
		name, native = eval.ShortQualname(f.Qualname), false
	case *eval.BoundMethod:
		if g, ok := f.Fn.(*eval.Function); ok {
			name, native = eval.ShortQualname(g.Qualname), false
		}
		about(f.Self)
	case *eval.Builtin:
		name = f.Qual
		if f.Self != nil {
			about(f.Self)
		}
	}
	if name == "" {
		name = eval.ShortRepr(toValue(hd.py))
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, a := range hd.args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(eval.ShortRepr(toValue(a)))
		about(a)
	}
	b.WriteByte(')')
	return b.String(), task, native
}

func (h pyHost) formatResult(t *Task) string {
	switch {
	case t.cancelled():
		return "cancelled"
	case t.exc != nil:
		return h.excLine(t.exc)
	}
	return h.repr(t.result)
}

func (h pyHost) cancelMsgOf(exc Value) string {
	e, ok := exc.(*eval.Exception)
	if !ok || len(e.Args) == 0 {
		return ""
	}
	return eval.Repr(h.in(), e.Args[0])
}

// excLine is the last line of a traceback: "ValueError: boom".
func (h pyHost) excLine(exc Value) string {
	e, ok := exc.(*eval.Exception)
	if !ok {
		return h.repr(exc)
	}
	return h.in().ExceptionLine(e)
}

// logException is loop.call_exception_handler({"message": msg,
// "exception": exc, key: obj}).
func (h pyHost) logException(l *Loop, msg string, exc Value, key string, obj Value) {
	ctx := eval.NewDict()
	ctx.SetStr("message", eval.Str(msg))
	if exc != nil {
		ctx.SetStr("exception", toValue(exc))
	}
	if key != "" {
		ctx.SetStr(key, toValue(obj))
	}
	h.st.callExceptionHandler(l, ctx)
}

// callExceptionHandler is BaseEventLoop.call_exception_handler.
func (st *state) callExceptionHandler(l *Loop, ctx *eval.Dict) error {
	in := st.in
	if l == nil || l.excHandler == nil {
		st.defaultExceptionHandler(ctx)
		return nil
	}
	_, err := in.Call(l.excHandler.(eval.Value), []eval.Value{st.loopObject(l), ctx}, nil)
	if err == nil {
		return nil
	}
	e, ok := err.(*eval.Exception)
	if !ok || (pyHost{st}).isExitOrInterrupt(e) {
		return err
	}
	c2 := eval.NewDict()
	c2.SetStr("message", eval.Str("Unhandled error in exception handler"))
	c2.SetStr("exception", e)
	c2.SetStr("context", ctx)
	st.defaultExceptionHandler(c2)
	return nil
}

// defaultExceptionHandler is BaseEventLoop.default_exception_handler as it
// prints through logging's last-resort handler: the message, "key: repr"
// for the other keys in sorted order, and the exception's traceback.
func (st *state) defaultExceptionHandler(ctx *eval.Dict) {
	in := st.in
	var b strings.Builder
	msg := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok {
		if ok, _ := in.Truthy(m); ok {
			msg = eval.Str_(in, m)
		}
	}
	b.WriteString(msg)
	b.WriteString("\n")
	keys, vals := ctx.Items()
	type kv struct {
		k string
		v eval.Value
	}
	var rest []kv
	for i, k := range keys {
		ks, ok := k.(eval.Str)
		if !ok || ks == "message" || ks == "exception" {
			continue
		}
		rest = append(rest, kv{string(ks), vals[i]})
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].k < rest[j].k })
	for _, x := range rest {
		b.WriteString(x.k + ": " + eval.Repr(in, x.v) + "\n")
	}
	if e, ok := ctx.GetStr("exception"); ok {
		if x, ok := e.(*eval.Exception); ok {
			b.WriteString(formatException(in, x))
		}
	}
	in.Print(2, b.String())
}

// excPos is the outermost line of exc's traceback: where it left the
// coroutine of the task it is escaping from.
func (h pyHost) excPos(exc Value) trace.Pos {
	if e, ok := exc.(*eval.Exception); ok {
		if line, ok := e.OutermostLine(); ok {
			return trace.Pos{Line: line}
		}
	}
	return trace.Pos{}
}
