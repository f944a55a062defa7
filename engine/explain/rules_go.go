//go:build !tasklinepy

package explain

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"sync"

	"taskline/engine/trace"
)

// goProgram is the parsed Go program.
type goProgram struct {
	fset *token.FileSet
	file *ast.File
}

// parseGo parses src, or returns the parse of the last program explained
// when src is that program again: the page explains every run, and a
// program is run again and again (Run pressed twice, a Schedules control
// running it under many seeds). The rules only read the tree, so runs
// explained at once may share it. They use neither comments nor go/ast's
// object resolution, which the parser is told to skip.
func parseGo(src string) *goProgram {
	lastGo.mu.Lock()
	defer lastGo.mu.Unlock()
	if lastGo.gp != nil && lastGo.src == src {
		return lastGo.gp
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.SkipObjectResolution)
	if err != nil || f == nil {
		return nil
	}
	lastGo.src, lastGo.gp = src, &goProgram{fset: fset, file: f}
	return lastGo.gp
}

var lastGo struct {
	mu  sync.Mutex
	src string
	gp  *goProgram
}

func (g *goProgram) line(p token.Pos) int { return g.fset.Position(p).Line }

func (r *run) goFindings() {
	if r.gp == nil {
		return
	}
	wgFound := r.findWaitGroupMisuse()
	r.findLostCancel()
	r.findLeaks()
	if r.tr.Outcome.Kind == trace.OutcomeDeadlock && !wgFound {
		if !r.findWaitGroupCount() {
			r.findDeadlock()
		}
	}
}

// selectorCall reports whether e is a call x.name(...) and returns x's text.
func (g *goProgram) selectorCall(e ast.Expr, names ...string) (string, *ast.CallExpr) {
	c, ok := e.(*ast.CallExpr)
	if !ok {
		return "", nil
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", nil
	}
	for _, n := range names {
		if sel.Sel.Name == n {
			return exprText(sel.X), c
		}
	}
	return "", nil
}

func exprText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return exprText(x.X) + "." + x.Sel.Name
	case *ast.StarExpr:
		return "*" + exprText(x.X)
	case *ast.UnaryExpr:
		return x.Op.String() + exprText(x.X)
	}
	return "?"
}

// findWaitGroupMisuse: wg.Add inside the goroutine it counts (Wait may
// return before it runs), and a wg.Done that some path skips (Wait never
// returns). It reports whether it found something.
func (r *run) findWaitGroupMisuse() bool {
	g := r.gp
	found := false
	ast.Inspect(g.file, func(n ast.Node) bool {
		gs, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := gs.Call.Fun.(*ast.FuncLit)
		if !ok || len(lit.Body.List) == 0 {
			return true
		}
		// Add inside the goroutine
		for _, st := range lit.Body.List {
			es, ok := st.(*ast.ExprStmt)
			if !ok {
				continue
			}
			wg, call := g.selectorCall(es.X, "Add")
			if call == nil || wg == "?" || !r.isWaitGroup(wg) {
				continue
			}
			l := g.line(es.Pos())
			gl := g.line(gs.Pos())
			ed := newEditor(r.src)
			ed.deleteLine(l)
			ed.insertLine(gl, indentOf(r.line(gl))+strings.TrimSpace(r.line(l)))
			found = true
			r.addFinding(FindWaitGroupMisuse, l, -1, "wg.Add inside the goroutine",
				wg+".Add on line "+itoa(l)+" runs inside the goroutine it counts, so "+wg+".Wait() may run first, see a zero counter and return before the goroutine has even started. Call Add before the go statement.", ed.apply())
		}
		// Done not deferred, and a return before it: some path never calls it.
		if !r.waitedForever() {
			return true
		}
		var done *ast.ExprStmt
		wgName := ""
		for _, st := range lit.Body.List {
			if es, ok := st.(*ast.ExprStmt); ok {
				if wg, c := g.selectorCall(es.X, "Done"); c != nil && r.isWaitGroup(wg) {
					done, wgName = es, wg
				}
			}
		}
		if done == nil || !returnsBefore(lit.Body, done.Pos()) {
			return true
		}
		l := g.line(done.Pos())
		first := g.line(lit.Body.List[0].Pos())
		ed := newEditor(r.src)
		ed.deleteLine(l)
		ed.insertLine(first, indentOf(r.line(first))+"defer "+wgName+".Done()")
		found = true
		r.addFinding(FindWaitGroupMisuse, l, -1, "A path that skips wg.Done",
			"The goroutine started on line "+itoa(g.line(gs.Pos()))+" returns early on some path without reaching "+wgName+".Done() on line "+itoa(l)+", so the counter never reaches zero and "+wgName+".Wait() blocks for ever. Call defer "+wgName+".Done() first thing in the goroutine.", ed.apply())
		return true
	})
	for _, e := range r.tr.Events() {
		if e.Kind == trace.EvPanic && strings.Contains(e.Detail, "negative WaitGroup counter") {
			found = true
			r.addFinding(FindWaitGroupMisuse, e.Pos.Line, e.Task, "More Done calls than Add",
				"Done on line "+itoa(e.Pos.Line)+" took the WaitGroup's counter below zero, which panics: every Done must match one Add.", "")
		}
	}
	return found
}

// isWaitGroup reports whether name is declared as a sync.WaitGroup (or a
// pointer to one) somewhere in the program.
func (r *run) isWaitGroup(name string) bool {
	name = strings.TrimPrefix(name, "*")
	found := false
	ast.Inspect(r.gp.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ValueSpec:
			for _, id := range x.Names {
				if id.Name == name && x.Type != nil && strings.Contains(typeText(x.Type), "WaitGroup") {
					found = true
				}
			}
		case *ast.Field:
			for _, id := range x.Names {
				if id.Name == name && strings.Contains(typeText(x.Type), "WaitGroup") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func typeText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return "*" + typeText(x.X)
	case *ast.SelectorExpr:
		return exprText(x.X) + "." + x.Sel.Name
	case *ast.Ident:
		return x.Name
	}
	return ""
}

// waitedForever reports whether the run ended with a goroutine stuck in
// WaitGroup.Wait: a deadlock, or a leak.
func (r *run) waitedForever() bool {
	for _, t := range r.tr.Tasks {
		if t.End != trace.EndPending && t.End != trace.EndLeaked {
			continue
		}
		if b := r.blockedAt(t.ID); b >= 0 && r.tr.Event(b).Detail == "sync.WaitGroup.Wait" {
			return true
		}
	}
	return false
}

// returnsBefore reports whether body has a return statement before pos.
func returnsBefore(body *ast.BlockStmt, pos token.Pos) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && ret.Pos() < pos {
			found = true
		}
		return !found
	})
	return found
}

// findLostCancel: the cancel func a context constructor returns, lost, in
// the three shapes go vet's lostcancel reports: thrown away with _, kept but
// never called, or called only after a return that can leave without it.
func (r *run) findLostCancel() {
	g := r.gp
	var bodies []*ast.BlockStmt
	ast.Inspect(g.file, func(n ast.Node) bool {
		switch f := n.(type) {
		case *ast.FuncDecl:
			if f.Body != nil {
				bodies = append(bodies, f.Body)
			}
		case *ast.FuncLit:
			bodies = append(bodies, f.Body)
		}
		return true
	})
	for _, body := range bodies {
		r.lostCancelIn(body)
	}
}

// lostCancelIn looks at the context constructors called directly in body
// (not in the closures inside it, which findLostCancel visits on their own).
func (r *run) lostCancelIn(body *ast.BlockStmt) {
	g := r.gp
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return true
		}
		pkg, call := g.selectorCall(as.Rhs[0], "WithCancel", "WithTimeout", "WithDeadline", "WithCancelCause", "WithTimeoutCause", "WithDeadlineCause")
		if call == nil || pkg != "context" {
			return true
		}
		id, ok := as.Lhs[1].(*ast.Ident)
		if !ok {
			return true
		}
		fn := call.Fun.(*ast.SelectorExpr).Sel.Name
		l := g.line(as.Pos())
		text := r.line(l)
		ed := newEditor(r.src)
		if id.Name == "_" {
			name := "cancel"
			for k := 2; strings.Contains(r.src, name+"()") || strings.Contains(r.src, ", "+name+" :="); k++ {
				name = "cancel" + itoa(k)
			}
			c := g.fset.Position(id.Pos()).Column - 1
			ed.replaceLine(l, text[:c]+name+text[c+1:])
			ed.insertLine(l+1, indentOf(text)+"defer "+name+"()")
			r.addFinding(FindLostCancel, l, -1, "A context's cancel func thrown away",
				"The cancel func that context."+fn+" returns on line "+itoa(l)+" is discarded, so the context and its timer live until the deadline (or for ever) even after the work is done: go vet reports it as a possible context leak. Keep it and defer "+name+"().", ed.apply())
			return true
		}
		used, deferred, leave := cancelUses(body, as, id.Name)
		switch {
		case !used:
			ed.insertLine(l+1, indentOf(text)+"defer "+id.Name+"()")
			r.addFinding(FindLostCancel, l, -1, "A context's cancel func never called",
				"The cancel func "+id.Name+" that context."+fn+" returns on line "+itoa(l)+" is never called, so the context and its timer live until the deadline (or for ever) even after the work is done. (go vet misses this one when the func is silenced with _ = "+id.Name+".) Defer "+id.Name+"() right after the call.", ed.apply())
		case !deferred && leave != token.NoPos:
			ed.insertLine(l+1, indentOf(text)+"defer "+id.Name+"()")
			r.addFinding(FindLostCancel, l, -1, "A context's cancel func not called on every path",
				"The return on line "+itoa(g.line(leave))+" can leave without calling "+id.Name+", the cancel func context."+fn+" returns on line "+itoa(l)+", so on that path the context lives on: go vet reports it as a possible context leak. Defer "+id.Name+"() right after the call; calling it again later is harmless.", ed.apply())
		}
		return true
	})
}

// cancelUses reports, for the cancel func name assigned by as in body,
// whether it is used at all after the assignment (a call, or handed on as a
// value: either counts, as go vet counts it), whether a defer statement
// uses it, and the line of the first return (outside closures) that comes
// after the assignment and before any use, or token.NoPos.
func cancelUses(body *ast.BlockStmt, as *ast.AssignStmt, name string) (used, deferred bool, leave token.Pos) {
	first := token.NoPos
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			// `_ = cancel` only silences the compiler.
			if len(x.Lhs) == 1 && len(x.Rhs) == 1 && isBlank(x.Lhs[0]) && isIdent(x.Rhs[0], name) {
				return false
			}
		case *ast.DeferStmt:
			if x.Pos() > as.End() && mentions(x, name) {
				deferred = true
			}
		case *ast.Ident:
			if x.Name == name && x.Pos() > as.End() {
				used = true
				if first == token.NoPos || x.Pos() < first {
					first = x.Pos()
				}
			}
		}
		return true
	})
	if !used || deferred {
		return used, deferred, token.NoPos
	}
	var ret token.Pos
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if x, ok := n.(*ast.ReturnStmt); ok && x.Pos() > as.End() && x.Pos() < first && (ret == token.NoPos || x.Pos() < ret) {
			ret = x.Pos()
		}
		return true
	})
	return used, deferred, ret
}

func isBlank(e ast.Expr) bool { return isIdent(e, "_") }

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// mentions reports whether n refers to the identifier name.
func mentions(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if e, ok := m.(ast.Expr); ok && isIdent(e, name) {
			found = true
		}
		return !found
	})
	return found
}

// findLeaks: goroutines still blocked when main returned.
func (r *run) findLeaks() {
	byLine := map[int][]int{}
	for _, t := range r.tr.Tasks {
		if r.leaked(t.ID) {
			b := r.blockedAt(t.ID)
			byLine[r.event(b).Pos.Line] = append(byLine[r.event(b).Pos.Line], t.ID)
		}
	}
	for _, t := range r.tr.Tasks {
		ids := byLine[r.event(r.blockedAt(t.ID)).Pos.Line]
		if !r.leaked(t.ID) || len(ids) == 0 || ids[0] != t.ID {
			continue
		}
		b := r.event(r.blockedAt(t.ID))
		// A goroutine left waiting for more work (a receive, a select) when
		// main is done is how small Go programs end; a send nobody will
		// ever receive is the leak that costs.
		if b.Detail != "chan send" {
			continue
		}
		line := b.Pos.Line
		text := plural(len(ids), "goroutine") + " stayed blocked on " + b.Detail + " at line " + itoa(line) + " after main returned: they leaked. A goroutine that can block for ever holds its memory (and everything it references) for the rest of the program."
		if len(ids) == 1 {
			text = r.label(t.ID) + " stayed blocked on " + b.Detail + " at line " + itoa(line) + " after main returned: it leaked. A goroutine that can block for ever holds its memory (and everything it references) for the rest of the program."
		}
		fixed := ""
		if b.Detail == "chan send" {
			if f, n := r.bufferChannel(line, t); f != "" {
				fixed = f
				text += " Nobody receives from this channel any more; give it room for every sender (make(…, " + itoa(n) + ")) so each send completes."
			}
		} else {
			text += " Make sure something always wakes it: close the channel, or select on ctx.Done() too."
		}
		r.addFinding(FindGoroutineLeak, line, t.ID, "A goroutine that never finishes", text, fixed)
	}
}

// bufferChannel gives the channel sent on at line a buffer with room for
// every goroutine started where t was, and returns the fixed program.
func (r *run) bufferChannel(line int, t trace.Task) (string, int) {
	g := r.gp
	var ch string
	ast.Inspect(g.file, func(n ast.Node) bool {
		if s, ok := n.(*ast.SendStmt); ok && g.line(s.Pos()) == line {
			if id, ok := s.Chan.(*ast.Ident); ok {
				ch = id.Name
			}
		}
		return ch == ""
	})
	if ch == "" {
		return "", 0
	}
	// room for every goroutine that sends there
	sends := map[int]bool{}
	for _, e := range r.tr.Events() {
		if (e.Kind == trace.EvSend || e.Kind == trace.EvBlock) && e.Pos.Line == line && e.Task >= 0 {
			sends[e.Task] = true
		}
	}
	senders := len(sends)
	// The make that created it: the nearest before the send, else one
	// elsewhere under the same name (a channel made in main and handed to
	// a function whose parameter has that name).
	var mk *ast.CallExpr
	ast.Inspect(g.file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || mk != nil && g.line(as.Pos()) > line {
			return true
		}
		for k, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name == ch && k < len(as.Rhs) {
				if c, ok := as.Rhs[k].(*ast.CallExpr); ok {
					if f, ok := c.Fun.(*ast.Ident); ok && f.Name == "make" && len(c.Args) == 1 {
						mk = c
					}
				}
			}
		}
		return true
	})
	if mk == nil {
		return "", 0
	}
	l := g.line(mk.Pos())
	text := r.line(l)
	c := g.fset.Position(mk.Rparen).Column - 1
	if g.line(mk.Rparen) != l || c > len(text) {
		return "", 0
	}
	ed := newEditor(r.src)
	ed.replaceLine(l, text[:c]+", "+itoa(senders)+text[c:])
	return ed.apply(), senders
}

// findDeadlock: every goroutine asleep. Two goroutines each waiting for the
// mutex the other holds get their lock order fixed.
func (r *run) findDeadlock() {
	var stuck []int
	for _, t := range r.tr.Tasks {
		if t.End == trace.EndPending {
			stuck = append(stuck, t.ID)
		}
	}
	line := 0
	if e := r.tr.Outcome.Error; e != nil {
		line = e.Pos.Line
	}
	text := "Every goroutine is blocked and none can wake another, so Go stops the program: \"all goroutines are asleep - deadlock!\"."
	title := "Goroutines waiting for each other"
	fixed := ""
	for _, a := range stuck {
		ea := r.event(r.blockedAt(a))
		if ea.Detail != "sync.Mutex.Lock" || ea.Related < 0 {
			continue
		}
		b := ea.Related
		eb := r.event(r.blockedAt(b))
		if eb.Detail != "sync.Mutex.Lock" || eb.Related != a || b < a {
			continue
		}
		// b waits for what a holds, and holds what a waits for: make b take
		// the locks in a's order.
		want := strings.Fields(r.line(ea.Pos.Line))
		if len(want) == 0 || !strings.HasSuffix(want[0], ".Lock()") {
			continue
		}
		mu := strings.TrimSuffix(want[0], ".Lock()")
		first := 0
		for l := eb.Pos.Line - 1; l > 0 && l > eb.Pos.Line-50; l-- {
			if strings.HasPrefix(strings.TrimSpace(r.line(l)), mu+".Lock()") {
				first = l
				break
			}
		}
		if first == 0 {
			continue
		}
		ed := newEditor(r.src)
		ed.replaceLine(first, r.line(eb.Pos.Line))
		ed.replaceLine(eb.Pos.Line, r.line(first))
		fixed = ed.apply()
		line = first
		text = r.label(a) + " holds one mutex and waits at line " + itoa(ea.Pos.Line) + " for the one " + r.label(b) + " holds, while " + r.label(b) + " waits at line " + itoa(eb.Pos.Line) + " for the first: they lock the two mutexes in opposite orders, so each waits for the other for ever. Take the locks in the same order everywhere."
		break
	}
	if fixed == "" && len(stuck) == 1 {
		// main alone, sending where nobody receives: a buffer takes the value
		e := r.event(r.blockedAt(stuck[0]))
		if e.Detail == "chan send" && r.gp.loopAround(e.Pos.Line) == 0 {
			if f, _ := r.bufferChannel(e.Pos.Line, r.tr.Tasks[stuck[0]]); f != "" {
				fixed, title = f, "A send nobody receives"
				text = r.label(stuck[0]) + " sends on an unbuffered channel at line " + itoa(e.Pos.Line) + ", and no other goroutine will ever receive: the send waits for ever, so Go stops the program (\"all goroutines are asleep - deadlock!\"). Receive in another goroutine, or give the channel a buffer."
			}
		}
	}
	if len(stuck) == 1 && title == "Goroutines waiting for each other" {
		title = "A goroutine waiting for ever"
	}
	r.addFinding(FindDeadlock, line, -1, title, text, fixed)
}

// findWaitGroupCount: a deadlock where the only goroutines left wait in
// WaitGroup.Wait: more was added to the counter than Done ever takes off.
func (r *run) findWaitGroupCount() bool {
	line := 0
	for _, t := range r.tr.Tasks {
		if t.End != trace.EndPending {
			continue
		}
		b := r.event(r.blockedAt(t.ID))
		if b.Detail != "sync.WaitGroup.Wait" {
			return false
		}
		if line == 0 {
			line = b.Pos.Line
		}
	}
	if line == 0 {
		return false
	}
	r.addFinding(FindWaitGroupMisuse, line, -1, "A WaitGroup counter that never reaches zero",
		"Wait on line "+itoa(line)+" waits for a counter that never reaches zero: Add counted more goroutines than ever call Done, and every goroutine that could call it has finished. Make each Add match one Done (defer wg.Done() in each goroutine you count).", "")
	return true
}

// loopAround is the line of the innermost for statement holding line, or 0.
func (g *goProgram) loopAround(line int) int {
	found := 0
	ast.Inspect(g.file, func(n ast.Node) bool {
		switch f := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if g.line(f.Pos()) <= line && line <= g.line(f.End()) {
				found = g.line(f.Pos())
			}
		}
		return true
	})
	return found
}
