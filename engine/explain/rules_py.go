package explain

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"taskline/engine/py/ast"
	"taskline/engine/trace"
)

// Lessons that teach each pitfall, as the site serves them.
var lessonOf = map[string]string{
	FindSelfCancelInGather:    "/lessons/01-gather-self-cancel.html",
	FindSwallowedCancel:       "/lessons/02-where-cancellation-lands.html",
	FindTaskNeverAwaited:      "/lessons/ex08-fire-and-forget.html",
	FindExceptionNeverRetr:    "/lessons/ex08-fire-and-forget.html",
	FindGatherSiblingsRunning: "/lessons/03-gather-vs-taskgroup.html",
	FindGoroutineLeak:         "/lessons/10-leaked-goroutines.html",
	FindDeadlock:              "/lessons/10-leaked-goroutines.html",
	FindLostCancel:            "/lessons/07-context-fan-out.html",
	FindWaitGroupMisuse:       "/lessons/ex10-go-waitgroup.html",
}

// addFinding records a finding once per id and line; fixed is the whole
// fixed program, "" when no mechanical fix is offered.
func (r *run) addFinding(id string, line, task int, title, text, fixed string) {
	for _, f := range r.findings {
		if f.ID == id && f.Line == line {
			return
		}
	}
	f := Finding{ID: id, Line: line, Task: task, Title: title, Text: text, Lesson: lessonOf[id]}
	if fixed != "" && fixed != r.src {
		f.Fix = unifiedDiff(r.fileName(), r.src, fixed)
		f.Program = fixed
	}
	r.findings = append(r.findings, f)
}

func (r *run) fileName() string {
	f := r.tr.File
	if i := strings.LastIndexAny(f, "/\\"); i >= 0 {
		f = f[i+1:]
	}
	if f == "" {
		if r.tr.Lang == "go" {
			return "prog.go"
		}
		return "main.py"
	}
	return f
}

func (r *run) pyFindings() {
	if r.ps == nil {
		return
	}
	r.findSelfCancelInGather()
	r.findSwallowedCancel()
	r.findNeverAwaited()
	r.findUnkeptTasks()
	r.findBlocking()
	r.findGatherSiblings()
	if r.tr.Outcome.Kind == trace.OutcomeDeadlock {
		line := 0
		for _, s := range r.terminal {
			if s.Kind == StepDeadlock {
				line = s.Line
				break
			}
		}
		r.addFinding(FindDeadlock, line, r.mainTask(), "Waiting for something that never happens",
			"Every task is waiting and nothing is scheduled that could wake one: CPython would hang here for ever. Something must set the event, put the item or finish the task they wait on.", "")
	}
}

// findSelfCancelInGather: a gather() child cancelled itself and gather()
// passed the cancellation to its awaiter.
func (r *run) findSelfCancelInGather() {
	for i, e := range r.tr.Events() {
		if e.Kind != trace.EvCancelDelivered || !strings.HasPrefix(e.Detail, "from gather(") || e.Related < 0 {
			continue
		}
		c := e.Related
		self := false
		for _, j := range r.byTask[c] {
			x := r.tr.Event(j)
			if j < i && x.Kind == trace.EvCancelRequest && x.Related == c {
				self = true
			}
		}
		if !self || r.requestedBefore(e.Task, i) {
			continue
		}
		line := e.Pos.Line
		fixed := ""
		if r.py != nil {
			if call := r.py.callAt(line, "gather"); call != nil {
				ed := newEditor(r.src)
				addKeyword(ed, call, "return_exceptions=True")
				fixed = ed.apply()
				line = call.Range.Start.Line
			}
		}
		r.ps.selfGather = append(r.ps.selfGather, line)
		r.addFinding(FindSelfCancelInGather, line, c, "A task in gather() cancelled itself",
			r.label(c)+" cancelled its own task, and gather() on line "+itoa(line)+" treats a cancelled child as if the gather itself were cancelled: it raised CancelledError in "+r.label(e.Task)+
				". With return_exceptions=True, gather() hands each child's outcome back as a value instead, the CancelledError included.", fixed)
	}
}

// requestedBefore reports whether someone asked to cancel task before event i.
func (r *run) requestedBefore(task, i int) bool {
	for j := 0; j < i; j++ {
		x := r.tr.Event(j)
		if x.Kind == trace.EvCancelRequest && x.Related == task {
			// delivered already?
			for k := j + 1; k < i; k++ {
				if y := r.tr.Event(k); y.Kind == trace.EvCancelDelivered && y.Task == task {
					goto next
				}
			}
			return true
		}
	next:
	}
	return false
}

// addKeyword adds kw=value as the last argument of call.
func addKeyword(ed *editor, call *ast.Call, kw string) {
	var last ast.Node
	for _, a := range call.Args {
		if _, e := a.Span(); last == nil || after(e, end(last)) {
			last = a
		}
	}
	for _, k := range call.Keywords {
		if _, e := k.Span(); last == nil || after(e, end(last)) {
			last = k
		}
	}
	if last == nil {
		_, e := call.Span()
		ed.insert(e.Line, e.Col-1, kw)
		return
	}
	e := end(last)
	ed.insert(e.Line, e.Col, ", "+kw)
}

func end(n ast.Node) ast.Pos { _, e := n.Span(); return e }

func after(a, b ast.Pos) bool { return a.Line > b.Line || a.Line == b.Line && a.Col > b.Col }

// findSwallowedCancel: a task that another task (or the loop) cancelled
// caught the CancelledError and carried on, so the cancel() was ignored.
// Only catch events count, so an except clause that the version's
// hierarchy does not let catch it (except Exception in 3.8+) never does.
func (r *run) findSwallowedCancel() {
	pending := map[int]bool{} // task -> cancelled by someone else, not yet delivered
	delivered := map[int]bool{}
	for i, e := range r.tr.Events() {
		switch e.Kind {
		case trace.EvCancelRequest:
			if e.Related >= 0 && e.Related != e.Task {
				pending[e.Related] = true
			}
		case trace.EvCancelDelivered:
			delivered[e.Task] = pending[e.Task]
			delete(pending, e.Task)
		case trace.EvCatch:
			if !isCancelled(e.Detail) || !delivered[e.Task] {
				continue
			}
			delivered[e.Task] = false
			if r.reraised(e.Task, i, e.Detail) || r.py.handlerUncancels(e.Pos.Line) {
				continue
			}
			r.swallowFinding(e)
		case trace.EvDone:
			delivered[e.Task] = false
		}
	}
}

// reraised reports whether task raised a CancelledError again after
// catching one at event i (cleanup may await first), before it caught
// another or ended.
func (r *run) reraised(task, i int, detail string) bool {
	// Where the handler is, when the source says: an event of the task at a
	// line of the handler's own function outside the handler means the
	// handler has finished, and a raise after that is another error (a
	// caught TimeoutError, then a TaskGroup's ExceptionGroup further on).
	// Events in functions the handler calls are not that sign.
	var hFrom, hTo, fFrom, fTo int
	if r.py != nil {
		if _, h := r.py.handlerAt(r.tr.Event(i).Pos.Line); h != nil {
			a, b := h.Span()
			hFrom, hTo = a.Line, b.Line
			if f := r.py.funcAt(a.Line); f != nil {
				fa, fb := f.Span()
				fFrom, fTo = fa.Line, fb.Line
			}
		}
	}
	for _, j := range r.byTask[task][r.after(task, i):] {
		n := r.tr.Event(j)
		if l := n.Pos.Line; fFrom > 0 && fFrom <= l && l <= fTo && (l < hFrom || l > hTo) {
			break
		}
		if n.Kind == trace.EvRaise {
			return true // re-raised, or turned into another error the awaiter sees
		}
		if n.Kind == trace.EvCatch || n.Kind == trace.EvDone {
			break
		}
	}
	return r.py.handlerRaises(r.tr.Event(i).Pos.Line)
}

func (r *run) swallowFinding(e trace.Event) {
	line := e.Pos.Line
	fixed := ""
	general := false
	if r.py != nil {
		if _, h := r.py.handlerAt(line); h != nil {
			ed := newEditor(r.src)
			ind := indentOf(ed.get(line))
			if h.Type != nil && isCancelledErrorType(h.Type) {
				last := h.Body[len(h.Body)-1]
				a, b := last.Span()
				switch last.(type) {
				case *ast.Pass, *ast.Return, *ast.Continue, *ast.Break:
					if a.Line == b.Line {
						ed.replaceLine(a.Line, indentOf(ed.get(a.Line))+"raise")
						break
					}
					ed.insertLine(b.Line+1, indentOf(ed.get(a.Line))+"raise")
				default:
					ed.insertLine(b.Line+1, indentOf(ed.get(a.Line))+"raise")
				}
			} else {
				general = true
				name := "asyncio.CancelledError"
				if !strings.Contains(r.src, "import asyncio") {
					name = "CancelledError"
				}
				body := "    "
				if len(h.Body) > 0 {
					if a, _ := h.Body[0].Span(); a.Line > line {
						body = strings.TrimPrefix(indentOf(ed.get(a.Line)), ind)
					}
				}
				ed.insertLine(line, ind+"except "+name+":\n"+ind+body+"raise")
			}
			fixed = ed.apply()
		}
	}
	text := r.label(e.Task) + " caught the CancelledError at line " + itoa(line) + " and carried on, so the cancel() asking it to stop was ignored and whoever awaits it never learns it was cancelled. Clean up if you must, then re-raise it."
	if general {
		text = r.label(e.Task) + "'s except clause on line " + itoa(line) + " catches CancelledError too (in Python 3.7 it is an Exception), so the cancel() asking it to stop was ignored. Let the cancellation through: re-raise it in a clause of its own before this one."
	}
	r.addFinding(FindSwallowedCancel, line, e.Task, "A cancellation caught and not re-raised", text, fixed)
}

// neverAwaitedRE is compiled when a run first warns of a coroutine never
// awaited, not when the engine starts: in the browser every page load
// starts the engine, and most runs never need it.
var neverAwaitedRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^(.*):(\d+): RuntimeWarning: coroutine '([\w.]+)' was never awaited$`)
})

// findNeverAwaited: a coroutine called and never awaited never runs; the
// interpreter warns when it is collected.
func (r *run) findNeverAwaited() {
	// Most runs have no such warning; the expression backtracks at every
	// line of a traceback, a fifth of explaining a run, for nothing.
	if !strings.Contains(r.tr.Outcome.Stderr, "was never awaited") {
		return
	}
	for _, m := range neverAwaitedRE().FindAllStringSubmatch(r.tr.Outcome.Stderr, -1) {
		if file := m[1]; file == "sys" || file == "<sys>" || strings.Contains(file, "/lib/python") {
			// Collected at shutdown (no frame running) or while asyncio's
			// own code ran (a loop closing): the line is not the program's.
			continue
		}
		line, _ := strconv.Atoi(m[2])
		name := m[3]
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		fixed := ""
		if r.py != nil {
			if c := r.py.callAt(line, name); c != nil {
				if f := r.py.funcAt(line); f != nil && f.Async {
					a, _ := c.Span()
					ed := newEditor(r.src)
					ed.insert(a.Line, a.Col, "await ")
					fixed = ed.apply()
				}
			}
		}
		r.addFinding(FindTaskNeverAwaited, line, -1, "A coroutine that never runs",
			"Calling "+name+"() on line "+itoa(line)+" only creates a coroutine object; nothing runs until it is awaited (or wrapped in a task), so its code never ran and Python warned that it was never awaited.", fixed)
	}
}

// findUnkeptTasks: create_task() whose task nobody keeps or awaits, found
// where the trace shows its cost: asyncio.run() had to cancel it at
// shutdown, or its exception was never retrieved.
func (r *run) findUnkeptTasks() {
	shutdown, unretrieved := map[int]bool{}, map[int]bool{}
	for _, st := range r.steps {
		switch st.Kind {
		case StepShutdownCancel:
			shutdown[st.Task] = true
		case StepNeverRetrieved:
			unretrieved[st.Task] = true
		}
	}
	for _, t := range r.tr.Tasks {
		if t.Parent < 0 || r.py == nil {
			continue
		}
		shut, never := shutdown[t.ID], unretrieved[t.ID]
		if !shut && !never {
			continue
		}
		st, body, idx := r.py.stmtAt(t.Pos.Line)
		es, ok := st.(*ast.ExprStmt)
		var name string
		var call *ast.Call
		if ok {
			call, _ = es.Value.(*ast.Call)
		} else if as, ok := st.(*ast.Assign); ok && len(as.Targets) == 1 {
			if n, ok := as.Targets[0].(*ast.Name); ok && !r.py.usedAfter(n.Id, t.Pos.Line) {
				name = n.Id
				call, _ = as.Value.(*ast.Call)
			}
		}
		if call == nil {
			continue
		}
		if _, nm := callName(call); nm != "create_task" && nm != "ensure_future" {
			continue
		}
		fn := r.py.funcAt(t.Pos.Line)
		fixed := ""
		if fn != nil && fn.Async && body != nil {
			fixed = r.keepAndAwait(t, st, body, idx, name, fn, shut)
		}
		if never {
			r.addFinding(FindExceptionNeverRetr, t.Pos.Line, t.ID, "A task's exception nobody retrieved",
				"The task created on line "+itoa(t.Pos.Line)+" failed with "+excType(t.Result)+", but nothing awaited it or asked for its result, so the error was only logged as \"Task exception was never retrieved\" and the program carried on as if nothing had happened. Keep the task and await it.", fixed)
			continue
		}
		r.addFinding(FindTaskNeverAwaited, t.Pos.Line, t.ID, "A task nobody keeps or awaits",
			"The task created on line "+itoa(t.Pos.Line)+" is not kept or awaited: "+r.label(r.mainTask())+" returned while "+r.label(t.ID)+" was still running, and asyncio.run() cancelled it. Keep a reference and await it (or cancel it yourself) before returning.", fixed)
	}
}

// keepAndAwait is the program with the task created by st kept in a
// variable and awaited (or, when its coroutine loops for ever, cancelled
// and awaited) at the end of the function that created it.
func (r *run) keepAndAwait(t trace.Task, st ast.Stmt, body []ast.Stmt, idx int, name string, fn *ast.FunctionDef, forever bool) string {
	ed := newEditor(r.src)
	a, _ := st.Span()
	if name == "" {
		name = "task"
		if def := r.py.funcDefAt(t.DefPos.Line); def != nil {
			name = def.Name + "_task"
		}
		ed.insert(a.Line, a.Col, name+" = ")
	}
	last := fn.Body[len(fn.Body)-1]
	la, lb := last.Span()
	ind := indentOf(ed.get(a.Line))
	if fa, _ := fn.Body[0].Span(); true {
		ind = indentOf(ed.get(fa.Line))
	}
	lines := ind + "await " + name
	if forever && r.py.loopsForever(t.DefPos.Line) {
		lines = ind + name + ".cancel()\n" + ind + "try:\n" + ind + "    await " + name + "\n" + ind + "except asyncio.CancelledError:\n" + ind + "    pass"
	}
	if _, ok := last.(*ast.Return); ok {
		ed.insertLine(la.Line, lines)
	} else {
		ed.insertLine(lb.Line+1, lines)
	}
	return ed.apply()
}

// usedAfter reports whether name is loaded anywhere after line.
func (p *pyProgram) usedAfter(name string, line int) bool {
	used := false
	p.inspect(func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && x.Id == name {
			if a, _ := x.Span(); a.Line > line {
				used = true
			}
		}
		return !used
	})
	return used
}

// loopsForever reports whether the coroutine defined at line holds a
// `while True` loop.
func (p *pyProgram) loopsForever(line int) bool {
	f := p.funcDefAt(line)
	if f == nil {
		return false
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if w, ok := n.(*ast.While); ok {
			if c, ok := w.Test.(*ast.Constant); ok && c.Value == true {
				found = true
			}
		}
		return !found
	})
	return found
}

// findBlocking: a task that held the event loop. time.sleep() shows in the
// trace as a running span that takes virtual time (CPU work takes none);
// a loop that never awaits shows as a run the step budget had to stop.
func (r *run) findBlocking() {
	const long = 50_000_000 // 50 ms of virtual time in one running span
	seen := map[int]bool{}
	for _, sp := range r.tr.Spans() {
		if sp.State != trace.StateRunning || sp.End-sp.Start < long || seen[sp.Task] || r.py == nil {
			continue
		}
		seen[sp.Task] = true
		t := r.tr.Tasks[sp.Task]
		f := r.py.funcDefAt(t.DefPos.Line)
		if f == nil {
			continue
		}
		var sleeps []*ast.Call
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.Call); ok {
				if q, nm := callName(c); q == "time" && nm == "sleep" {
					sleeps = append(sleeps, c)
				}
			}
			if g, ok := n.(*ast.FunctionDef); ok && g != f {
				return false
			}
			return true
		})
		if len(sleeps) == 0 {
			// CPU work that costs virtual time: a loop that never awaits
			if l := r.py.busyLoopIn(r.tr.Tasks, t.ID); l > 0 {
				r.addFinding(FindBlockingCall, l, t.ID, "Long CPU work inside a coroutine",
					"The loop on line "+itoa(l)+" in "+r.label(t.ID)+" ran for "+durText(sp.End-sp.Start)+" without awaiting, holding the event loop: no other task could run meanwhile. Move the work to a thread with await asyncio.to_thread(...), or await asyncio.sleep(0) now and then inside the loop.", "")
			}
			continue
		}
		ed := newEditor(r.src)
		for _, c := range sleeps {
			a, _ := c.Span()
			fa, _ := c.Func.Span()
			_, fe := c.Func.Span()
			ed.edits = append(ed.edits, edit{a.Line, fa.Col, fe.Col - fa.Col, "await asyncio.sleep"})
		}
		fixed := ed.apply()
		if !strings.Contains(r.src, "import asyncio") {
			fixed = ""
		}
		line := sleeps[0].Range.Start.Line
		r.addFinding(FindBlockingCall, line, t.ID, "A blocking call inside a coroutine",
			"time.sleep() on line "+itoa(line)+" blocks the whole event loop: while "+r.label(t.ID)+" sleeps, no other task can run. Use await asyncio.sleep() (or run blocking work with asyncio.to_thread()).", fixed)
	}
	if k := r.tr.Outcome.Kind; k == trace.OutcomeStepLimit || k == trace.OutcomeStopped {
		t := r.runningAtEnd()
		if t < 0 || r.py == nil {
			return
		}
		line := r.py.busyLoopIn(r.tr.Tasks, t)
		if line == 0 {
			return
		}
		st, _, _ := r.py.stmtAt(line)
		fixed := ""
		if body := childBodies(st); len(body) > 0 && len(body[0]) > 0 && strings.Contains(r.src, "import asyncio") {
			a, _ := body[0][0].Span()
			ed := newEditor(r.src)
			ed.insertLine(a.Line, indentOf(ed.get(a.Line))+"await asyncio.sleep(0)  # let the other tasks run")
			fixed = ed.apply()
		}
		r.addFinding(FindBlockingCall, line, t, "A loop that never lets the event loop run",
			"The loop on line "+itoa(line)+" in "+r.label(t)+" never awaits, so it holds the event loop: no other task, timer or callback can run until it ends. Await something inside it (asyncio.sleep(0) at least), or move the work to a thread with asyncio.to_thread().", fixed)
	}
}

// findGatherSiblings: an error left gather() while its other children kept
// running, unsupervised.
func (r *run) findGatherSiblings() {
	for _, st := range r.steps {
		if st.Kind != StepLeftRunning {
			continue
		}
		ev := r.event(st.Event)
		// the gather's line: the awaiter's resume just before
		gl := 0
		awaiter := ev.Task
		if k := r.lastAwait(awaiter, st.Event); k >= 0 {
			gl = r.tr.Event(k).Pos.Line
		}
		skip := false
		for _, l := range r.ps.selfGather {
			if l == gl {
				skip = true
			}
		}
		if skip || gl == 0 {
			continue
		}
		fixed := ""
		if r.py != nil && r.py.version != "3.7" {
			fixed = r.gatherToTaskGroup(gl)
		}
		text := "When one child of gather() on line " + itoa(gl) + " failed, gather() passed the error on at once but did not cancel the others: " + st.Label + " kept running with nobody waiting for it."
		if fixed != "" {
			text += " An asyncio.TaskGroup cancels the remaining tasks when one fails and waits for them."
		} else {
			text += " Cancel the remaining tasks yourself when gather() raises."
		}
		r.addFinding(FindGatherSiblingsRunning, gl, st.Task, "gather() left its other children running", text, fixed)
	}
}

// gatherToTaskGroup rewrites `[x =] await asyncio.gather(a, b)` on line
// into a TaskGroup, and except clauses around it into except*.
func (r *run) gatherToTaskGroup(line int) string {
	st, _, _ := r.py.stmtAt(line)
	var target string
	var val ast.Expr
	switch s := st.(type) {
	case *ast.ExprStmt:
		val = s.Value
	case *ast.Assign:
		if len(s.Targets) != 1 {
			return ""
		}
		n, ok := s.Targets[0].(*ast.Name)
		if !ok {
			return ""
		}
		target, val = n.Id, s.Value
	default:
		return ""
	}
	aw, ok := val.(*ast.Await)
	if !ok {
		return ""
	}
	call, ok := aw.Value.(*ast.Call)
	if !ok || len(call.Keywords) > 0 {
		return ""
	}
	if q, nm := callName(call); nm != "gather" || q != "asyncio" {
		return ""
	}
	runes := func(l int) []rune { return []rune(r.line(l)) }
	var args []string
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return ""
		}
		s, e := a.Span()
		if s.Line != e.Line {
			return ""
		}
		args = append(args, string(runes(s.Line)[s.Col-1:e.Col-1]))
	}
	a, b := st.Span()
	ind := indentOf(r.line(a.Line))
	ed := newEditor(r.src)
	var out []string
	out = append(out, ind+"async with asyncio.TaskGroup() as tg:")
	if target == "" {
		for _, x := range args {
			out = append(out, ind+"    tg.create_task("+x+")")
		}
	} else {
		var ts []string
		for _, x := range args {
			ts = append(ts, "tg.create_task("+x+")")
		}
		out = append(out, ind+"    tasks = ["+strings.Join(ts, ", ")+"]")
		out = append(out, ind+target+" = [t.result() for t in tasks]")
	}
	for l := b.Line; l > a.Line; l-- {
		ed.deleteLine(l)
	}
	ed.replaceLine(a.Line, strings.Join(out, "\n"))
	// except clauses of the try around it now receive an ExceptionGroup
	r.py.inspect(func(n ast.Node) bool {
		t, ok := n.(*ast.Try)
		if !ok || t.Star || len(t.Body) == 0 {
			return true
		}
		s0, _ := t.Body[0].Span()
		_, s1 := t.Body[len(t.Body)-1].Span()
		if s0.Line > line || line > s1.Line {
			return true
		}
		for _, h := range t.Handlers {
			if h.Type == nil {
				return true
			}
		}
		for _, h := range t.Handlers {
			hs, _ := h.Span()
			l := runes(hs.Line)
			c := hs.Col - 1 + len("except")
			if c <= len(l) && string(l[hs.Col-1:c]) == "except" {
				ed.insert(hs.Line, c+1, "*")
			}
		}
		return true
	})
	return ed.apply()
}

// durText formats virtual nanoseconds for people: 250 ms, 1.5 s.
func durText(ns int64) string {
	if ns < 1_000_000_000 {
		return strconv.FormatInt(ns/1_000_000, 10) + " ms"
	}
	return strconv.FormatFloat(float64(ns)/1e9, 'g', 3, 64) + " s"
}
