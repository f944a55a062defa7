package golite

import (
	"go/ast"
	"go/token"
	"go/types"
	"unicode/utf8"
)

const tokenLSS = token.LSS

// compileBody compiles a function body into fc.code.
func (fc *fnCtx) compileBody(recv *types.Var, sig *types.Signature, ft *ast.FuncType, body *ast.BlockStmt) {
	code := fc.code
	var params []*types.Var
	if recv != nil {
		params = append(params, recv)
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, sig.Params().At(i))
	}
	for _, v := range params {
		l := fc.declare(v)
		if l.kind == vBoxed {
			code.Boxed = append(code.Boxed, l.idx)
		}
	}
	code.NParams = len(params)
	code.Variadic = sig.Variadic()
	res := sig.Results()
	code.NResults = res.Len()
	code.ResInit = make([]func() Value, res.Len())
	for i := 0; i < res.Len(); i++ {
		v := res.At(i)
		t := fc.T(v.Type())
		if isAgg(t) {
			code.ResInit[i] = fc.c.zero(t)
		}
		l := fc.declare(v)
		fc.results = append(fc.results, l.idx)
		fc.resTypes = append(fc.resTypes, t)
		if l.kind == vBoxed {
			code.Boxed = append(code.Boxed, l.idx)
			code.BoxedRes = append(code.BoxedRes, l.idx)
		}
	}
	if body == nil {
		fc.c.unsupported(ft.Pos(), "function without body")
		return
	}
	b := fc.block(body.List)
	code.Body = b
	code.NLocals = fc.nlocals
}

// stmtList is a compiled statement list. Each statement records its
// position in the frame before it runs, for tracebacks and the trace's
// positions.
type stmtList []posStmt

type posStmt struct {
	f   sx
	pos token.Pos
}

func (fc *fnCtx) stmtList(list []ast.Stmt) stmtList {
	var l stmtList
	for _, s := range list {
		if f := fc.stmt(s, nil); f != nil {
			l = append(l, posStmt{f, s.Pos()})
		}
	}
	return l
}

// run runs the statements until one of them ends the list (return,
// break, continue, fallthrough). It is inlined where a loop or an if
// runs a list, which saves a closure call per iteration.
func (l stmtList) run(fr *Frame) ctl {
	for _, s := range l {
		fr.pos = s.pos
		if r := s.f(fr); r != ctlNone {
			return r
		}
	}
	return ctlNone
}

// block compiles a statement list to one closure.
func (fc *fnCtx) block(list []ast.Stmt) sx { return fc.stmtList(list).closure() }

func (l stmtList) closure() sx {
	switch len(l) {
	case 0:
		return func(*Frame) ctl { return ctlNone }
	case 1:
		a, pa := l[0].f, l[0].pos
		return func(fr *Frame) ctl {
			fr.pos = pa
			return a(fr)
		}
	case 2:
		a, b, pa, pb := l[0].f, l[1].f, l[0].pos, l[1].pos
		return func(fr *Frame) ctl {
			fr.pos = pa
			if r := a(fr); r != ctlNone {
				return r
			}
			fr.pos = pb
			return b(fr)
		}
	}
	return l.run
}

func (fc *fnCtx) stmt(s ast.Stmt, lbl *labelInfo) sx {
	c := fc.c
	switch s := s.(type) {
	case *ast.EmptyStmt:
		return nil
	case *ast.ExprStmt:
		if call, ok := unparen(s.X).(*ast.CallExpr); ok {
			if tv := c.tv(call.Fun); !tv.IsType() && fc.builtinOf(call) == "" {
				f := fc.callOne(call, fc.calleeOf(call))
				return func(fr *Frame) ctl { f(fr); return ctlNone }
			}
		}
		f := fc.expr(s.X)
		return func(fr *Frame) ctl { f(fr); return ctlNone }
	case *ast.AssignStmt:
		return fc.assign(s)
	case *ast.IncDecStmt:
		return fc.incDec(s)
	case *ast.DeclStmt:
		return fc.declStmt(s)
	case *ast.ReturnStmt:
		return fc.returnStmt(s)
	case *ast.BlockStmt:
		return fc.block(s.List)
	case *ast.IfStmt:
		return fc.ifStmt(s)
	case *ast.ForStmt:
		return fc.forStmt(s, lbl)
	case *ast.RangeStmt:
		return fc.rangeStmt(s, lbl)
	case *ast.SwitchStmt:
		return fc.switchStmt(s, lbl)
	case *ast.TypeSwitchStmt:
		return fc.typeSwitch(s, lbl)
	case *ast.SelectStmt:
		return fc.selectStmt(s, lbl)
	case *ast.LabeledStmt:
		l := &labelInfo{name: s.Label.Name}
		fc.labels[s.Label.Name] = l
		return fc.stmt(s.Stmt, l)
	case *ast.BranchStmt:
		var l *labelInfo
		if s.Label != nil {
			l = fc.labels[s.Label.Name]
		}
		switch s.Tok {
		case token.BREAK:
			return func(fr *Frame) ctl { fr.lbl = l; return ctlBreak }
		case token.CONTINUE:
			return func(fr *Frame) ctl { fr.lbl = l; return ctlContinue }
		case token.FALLTHROUGH:
			return func(fr *Frame) ctl { return ctlFallthrough }
		}
		c.unsupported(s.Pos(), "goto is not supported")
		return nil
	case *ast.GoStmt:
		fc.code.KeepFrame = true // its thunk may read the frame later
		return fc.goStmt(s)
	case *ast.DeferStmt:
		fc.code.HasDefer = true
		fc.code.KeepFrame = true
		th := fc.thunk(s.Call)
		pos := s.Pos()
		return func(fr *Frame) ctl {
			fr.pos = pos
			t := th(fr)
			fr.defers = append(fr.defers, deferred{t, pos})
			return ctlNone
		}
	case *ast.SendStmt:
		ch := fc.expr(s.Chan)
		et := fc.typeOf(s.Chan).Underlying().(*types.Chan).Elem()
		v := fc.value(s.Value, et)
		pos := s.Arrow
		return func(fr *Frame) ctl {
			c, _ := ch(fr).R.(*Chan)
			x := v(fr)
			fr.pos = pos
			fr.m.send(fr, c, x, pos)
			return ctlNone
		}
	}
	c.unsupported(s.Pos(), "statement %T is not supported", s)
	return nil
}

// store compiles assignment to an lvalue.
func (fc *fnCtx) store(lhs ast.Expr) func(fr *Frame, v Value) {
	lhs = unparen(lhs)
	if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
		return func(*Frame, Value) {}
	}
	t := fc.typeOf(lhs)
	agg := isAgg(t)
	if ix, ok := lhs.(*ast.IndexExpr); ok {
		if mt, ok := fc.typeOf(ix.X).Underlying().(*types.Map); ok {
			mp := fc.expr(ix.X)
			k := fc.value(ix.Index, mt.Key())
			return func(fr *Frame, v Value) {
				m, _ := mp(fr).R.(*Map)
				if m == nil {
					panic(fr.m.newPanic(fr, fr.m.plainErrorValue("assignment to entry in nil map")))
				}
				fr.m.alloc(mapEntryBytes)
				m.Set(k(fr), v)
			}
		}
	}
	if id, ok := lhs.(*ast.Ident); ok && !agg {
		if v, ok := fc.c.use(id).(*types.Var); ok {
			l := fc.lookup(v)
			switch l.kind {
			case vLocal:
				i := l.idx
				return func(fr *Frame, x Value) { fr.L[i] = x }
			case vBoxed:
				i := l.idx
				return func(fr *Frame, x Value) { fr.L[i].R.(*Cell).V = x }
			}
		}
	}
	ref := fc.ref(lhs)
	if agg {
		cp := fc.c.copier(t)
		return func(fr *Frame, v Value) {
			p := ref(fr)
			if dst, ok := p.R.(*Agg); ok {
				cp(dst, v.R.(*Agg))
				return
			}
			*p = v
		}
	}
	return func(fr *Frame, v Value) { *ref(fr) = v }
}

func (fc *fnCtx) assign(s *ast.AssignStmt) sx {
	c := fc.c
	if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
		return fc.opAssign(s.Lhs[0], opOf(s.Tok), s.Rhs[0], s.Pos())
	}
	if f := fc.assignNum(s); f != nil {
		return f
	}
	// Targets.
	targets := make([]func(fr *Frame, v Value), len(s.Lhs))
	types_ := make([]types.Type, len(s.Lhs))
	define := s.Tok == token.DEFINE
	mk := func() {
		for i, l := range s.Lhs {
			id, _ := l.(*ast.Ident)
			if define && id != nil {
				if id.Name == "_" {
					targets[i] = func(*Frame, Value) {}
					continue
				}
				if v, ok := c.def(id).(*types.Var); ok {
					types_[i] = fc.T(v.Type())
					targets[i] = fc.initVar(v)
					continue
				}
			}
			types_[i] = fc.typeOf(l)
			targets[i] = fc.store(l)
		}
	}
	if len(s.Lhs) == len(s.Rhs) {
		// Right-hand sides are compiled before new variables are declared,
		// so that x := x refers to the outer x.
		for i, l := range s.Lhs {
			if id, ok := l.(*ast.Ident); ok && define {
				if v, ok := c.def(id).(*types.Var); ok {
					types_[i] = fc.T(v.Type())
					continue
				}
			}
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			types_[i] = fc.typeOf(l)
		}
		vals := make([]ev, len(s.Rhs))
		for i, r := range s.Rhs {
			vals[i] = fc.value(r, types_[i])
		}
		mk()
		if len(vals) == 1 {
			v, t := vals[0], targets[0]
			return func(fr *Frame) ctl { t(fr, v(fr)); return ctlNone }
		}
		return func(fr *Frame) ctl {
			tmp := make([]Value, len(vals))
			for i, v := range vals {
				tmp[i] = v(fr)
			}
			for i, t := range targets {
				t(fr, tmp[i])
			}
			return ctlNone
		}
	}
	// v1, v2 = f() / m[k] / x.(T) / <-ch
	rhs := unparen(s.Rhs[0])
	var get func(fr *Frame) []Value
	switch r := rhs.(type) {
	case *ast.CallExpr:
		f := fc.callMulti(r)
		tup := c.exprType(r).(*types.Tuple)
		convs := make([]func(Value) Value, tup.Len())
		get = func(fr *Frame) []Value {
			res := f(fr)
			out := make([]Value, len(res))
			copy(out, res)
			for i, cv := range convs {
				if cv != nil {
					out[i] = cv(out[i])
				}
			}
			return out
		}
		defer func() {
			for i := 0; i < tup.Len(); i++ {
				if types_[i] != nil && isIface(types_[i]) {
					convs[i] = c.toIface(fc.T(tup.At(i).Type()))
				}
			}
		}()
	case *ast.IndexExpr:
		mt := fc.typeOf(r.X).Underlying().(*types.Map)
		mp, k := fc.expr(r.X), fc.value(r.Index, mt.Key())
		z := c.zero(mt.Elem())
		get = func(fr *Frame) []Value {
			m, _ := mp(fr).R.(*Map)
			v, ok := m.Get(k(fr))
			if !ok {
				v = z()
			}
			return []Value{v, mkBool(ok)}
		}
	case *ast.TypeAssertExpr:
		f := fc.typeAssert(r, true)
		get = func(fr *Frame) []Value {
			v, ok := f(fr)
			return []Value{v, mkBool(ok)}
		}
	case *ast.UnaryExpr:
		ch := fc.expr(r.X)
		pos := r.Pos()
		get = func(fr *Frame) []Value {
			c, _ := ch(fr).R.(*Chan)
			fr.pos = pos
			v, ok := fr.m.recv(fr, c, pos)
			return []Value{v, mkBool(ok)}
		}
	default:
		c.unsupported(s.Pos(), "assignment form is not supported")
		return nil
	}
	mk()
	// Second values assigned to interfaces need wrapping (v, ok := ... into any).
	wraps := make([]func(Value) Value, len(targets))
	if _, isCall := rhs.(*ast.CallExpr); !isCall {
		for i := range targets {
			if types_[i] != nil && isIface(types_[i]) {
				var from types.Type = types.Typ[types.Bool]
				if i == 0 {
					from = fc.typeOf(rhs)
					if tup, ok := from.(*types.Tuple); ok {
						from = fc.T(tup.At(0).Type())
					}
				}
				wraps[i] = c.toIface(from)
			}
		}
	}
	return func(fr *Frame) ctl {
		vals := get(fr)
		for i, t := range targets {
			v := vals[i]
			if wraps[i] != nil {
				v = wraps[i](v)
			}
			t(fr, v)
		}
		return ctlNone
	}
}

func opOf(t token.Token) token.Token {
	switch t {
	case token.ADD_ASSIGN:
		return token.ADD
	case token.SUB_ASSIGN:
		return token.SUB
	case token.MUL_ASSIGN:
		return token.MUL
	case token.QUO_ASSIGN:
		return token.QUO
	case token.REM_ASSIGN:
		return token.REM
	case token.AND_ASSIGN:
		return token.AND
	case token.OR_ASSIGN:
		return token.OR
	case token.XOR_ASSIGN:
		return token.XOR
	case token.SHL_ASSIGN:
		return token.SHL
	case token.SHR_ASSIGN:
		return token.SHR
	case token.AND_NOT_ASSIGN:
		return token.AND_NOT
	}
	return token.ILLEGAL
}

// opAssign compiles x op= y, evaluating x's operands once.
func (fc *fnCtx) opAssign(lhs ast.Expr, op token.Token, rhs ast.Expr, pos token.Pos) sx {
	if f := fc.localOpAssign(lhs, op, rhs); f != nil {
		return f
	}
	t := fc.typeOf(lhs)
	var y ev
	if rhs == nil {
		y = func(*Frame) Value { return Value{N: 1} }
		if isFloatKind(basicKind(t)) {
			y = func(*Frame) Value { return mkFloat(1) }
		}
	} else if op == token.SHL || op == token.SHR {
		y = fc.expr(rhs)
	} else {
		y = fc.value(rhs, t)
	}
	var f func(fr *Frame, a, b Value) Value
	if op == token.SHL || op == token.SHR {
		yt := fc.typeOf(rhs)
		var a0, b0 Value
		sh := fc.shift(op, t, func(*Frame) Value { return a0 }, func(*Frame) Value { return b0 }, yt)
		f = func(fr *Frame, a, b Value) Value { a0, b0 = a, b; return sh(fr) }
	} else {
		f = fc.c.arith(op, t, pos)
		if f == nil {
			return nil
		}
	}
	lhs = unparen(lhs)
	if ix, ok := lhs.(*ast.IndexExpr); ok {
		if mt, ok := fc.typeOf(ix.X).Underlying().(*types.Map); ok {
			mp := fc.expr(ix.X)
			k := fc.value(ix.Index, mt.Key())
			return func(fr *Frame) ctl {
				m, _ := mp(fr).R.(*Map)
				key := k(fr)
				old, _ := m.Get(key)
				nv := f(fr, old, y(fr))
				if m == nil {
					panic(fr.m.newPanic(fr, fr.m.plainErrorValue("assignment to entry in nil map")))
				}
				fr.m.alloc(mapEntryBytes)
				m.Set(key, nv)
				return ctlNone
			}
		}
	}
	k := basicKind(t)
	if id, ok := lhs.(*ast.Ident); ok && (k == types.Int || k == types.Int64) && (op == token.ADD || op == token.SUB) {
		if v, ok := fc.c.use(id).(*types.Var); ok {
			if l := fc.lookup(v); l.kind == vLocal {
				i := l.idx
				if op == token.ADD {
					return func(fr *Frame) ctl { fr.L[i].N += y(fr).N; return ctlNone }
				}
				return func(fr *Frame) ctl { fr.L[i].N -= y(fr).N; return ctlNone }
			}
		}
	}
	ref := fc.ref(lhs)
	return func(fr *Frame) ctl {
		p := ref(fr)
		*p = f(fr, *p, y(fr))
		return ctlNone
	}
}

func (fc *fnCtx) incDec(s *ast.IncDecStmt) sx {
	op := token.ADD
	if s.Tok == token.DEC {
		op = token.SUB
	}
	return fc.opAssign(s.X, op, nil, s.Pos())
}

func (fc *fnCtx) declStmt(s *ast.DeclStmt) sx {
	gd, ok := s.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return nil
	}
	var ss []sx
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) == 0 {
			for _, n := range vs.Names {
				v, _ := fc.c.def(n).(*types.Var)
				if v == nil {
					continue
				}
				z := fc.c.zero(fc.T(v.Type()))
				init := fc.initVar(v)
				ss = append(ss, func(fr *Frame) ctl { init(fr, z()); return ctlNone })
			}
			continue
		}
		lhs := make([]ast.Expr, len(vs.Names))
		for i, n := range vs.Names {
			lhs[i] = n
		}
		ss = append(ss, fc.assign(&ast.AssignStmt{Lhs: lhs, Tok: token.DEFINE, Rhs: vs.Values, TokPos: vs.Pos()}))
	}
	if len(ss) == 0 {
		return nil
	}
	return seqOf(ss)
}

func seqOf(ss []sx) sx {
	if len(ss) == 1 {
		return ss[0]
	}
	return func(fr *Frame) ctl {
		for _, s := range ss {
			if r := s(fr); r != ctlNone {
				return r
			}
		}
		return ctlNone
	}
}

func (fc *fnCtx) returnStmt(s *ast.ReturnStmt) sx {
	res := fc.results
	if len(s.Results) == 0 {
		return func(*Frame) ctl { return ctlReturn }
	}
	boxed := make([]bool, len(res))
	for i, slot := range res {
		for _, b := range fc.code.BoxedRes {
			if b == slot {
				boxed[i] = true
			}
		}
	}
	put := func(fr *Frame, i int, v Value) {
		if boxed[i] {
			fr.L[res[i]].R.(*Cell).V = v
		} else {
			fr.L[res[i]] = v
		}
	}
	if len(s.Results) == 1 && len(res) > 1 {
		call := unparen(s.Results[0]).(*ast.CallExpr)
		f := fc.callMulti(call)
		tup := fc.c.exprType(call).(*types.Tuple)
		convs := make([]func(Value) Value, len(res))
		for i := range res {
			if isIface(fc.resTypes[i]) {
				convs[i] = fc.c.toIface(fc.T(tup.At(i).Type()))
			}
		}
		return func(fr *Frame) ctl {
			r := f(fr)
			vals := append([]Value(nil), r...)
			for i, v := range vals {
				if convs[i] != nil {
					v = convs[i](v)
				}
				put(fr, i, v)
			}
			return ctlReturn
		}
	}
	vals := make([]ev, len(s.Results))
	for i, e := range s.Results {
		vals[i] = fc.value(e, fc.resTypes[i])
	}
	if len(vals) == 1 {
		v := vals[0]
		if !boxed[0] {
			slot := res[0]
			return func(fr *Frame) ctl { fr.L[slot] = v(fr); return ctlReturn }
		}
		return func(fr *Frame) ctl { put(fr, 0, v(fr)); return ctlReturn }
	}
	return func(fr *Frame) ctl {
		tmp := make([]Value, len(vals))
		for i, v := range vals {
			tmp[i] = v(fr)
		}
		for i, v := range tmp {
			put(fr, i, v)
		}
		return ctlReturn
	}
}

func (fc *fnCtx) ifStmt(s *ast.IfStmt) sx {
	var init sx
	if s.Init != nil {
		init = fc.stmt(s.Init, nil)
	}
	cond := fc.cond(s.Cond)
	tl := fc.stmtList(s.Body.List)
	then := tl.closure()
	var els sx
	var el stmtList
	if b, ok := s.Else.(*ast.BlockStmt); ok {
		el = fc.stmtList(b.List)
		els = el.closure()
	} else if s.Else != nil {
		els = fc.stmt(s.Else, nil)
	}
	if init == nil {
		// The commonest shape, if c { x } else { y } with one statement
		// in each block, runs the statements without their blocks'
		// closures.
		if _, elseBlock := s.Else.(*ast.BlockStmt); len(tl) == 1 && (s.Else == nil || elseBlock && len(el) == 1) {
			t, tp := tl[0].f, tl[0].pos
			if s.Else == nil {
				return func(fr *Frame) ctl {
					if cond(fr) {
						fr.pos = tp
						return t(fr)
					}
					return ctlNone
				}
			}
			e, ep := el[0].f, el[0].pos
			return func(fr *Frame) ctl {
				if cond(fr) {
					fr.pos = tp
					return t(fr)
				}
				fr.pos = ep
				return e(fr)
			}
		}
		if els == nil {
			return func(fr *Frame) ctl {
				if cond(fr) {
					return then(fr)
				}
				return ctlNone
			}
		}
		return func(fr *Frame) ctl {
			if cond(fr) {
				return then(fr)
			}
			return els(fr)
		}
	}
	return func(fr *Frame) ctl {
		if init != nil {
			if r := init(fr); r != ctlNone {
				return r
			}
		}
		if cond(fr) {
			return then(fr)
		}
		if els != nil {
			return els(fr)
		}
		return ctlNone
	}
}

// loopCtl handles a body's control result inside a loop labelled lbl:
// stop reports whether the loop ends, and ret what it returns then.
func loopCtl(fr *Frame, r ctl, lbl *labelInfo) (stop bool, ret ctl) {
	switch r {
	case ctlBreak:
		if fr.lbl == nil || fr.lbl == lbl {
			fr.lbl = nil
			return true, ctlNone
		}
		return true, r
	case ctlContinue:
		if fr.lbl == nil || fr.lbl == lbl {
			fr.lbl = nil
			return false, ctlNone
		}
		return true, r
	}
	return true, r
}

func (fc *fnCtx) forStmt(s *ast.ForStmt, lbl *labelInfo) sx {
	var init, post sx
	var cond cev
	var boxed []int
	if s.Init != nil {
		init = fc.stmt(s.Init, nil)
		if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if v, ok := fc.c.def(l.(*ast.Ident)).(*types.Var); ok {
					if loc := fc.vars[v]; loc.kind == vBoxed {
						boxed = append(boxed, loc.idx)
					}
				}
			}
		}
	}
	if s.Cond != nil {
		cond = fc.cond(s.Cond)
	}
	if s.Post != nil {
		post = fc.stmt(s.Post, nil)
	}
	if s.Init == nil && s.Post == nil && len(s.Body.List) == 0 {
		// for {} and for cond {}: a goroutine that spins, preempted
		// and taking time as it does (Machine.spinSlice).
		return func(fr *Frame) ctl {
			m := fr.m
			for {
				if cond != nil && !cond(fr) {
					return ctlNone
				}
				if m.loopDue() {
					m.loopSlow(fr)
				}
				if m.preempt == 0 {
					m.spinSlice(cond == nil)
				}
			}
		}
	}
	body := fc.stmtList(s.Body.List)
	if len(boxed) == 0 && cond != nil && len(body) >= 1 && len(body) <= 2 {
		// The commonest loops, with their one or two statements held in
		// variables: a loop over body's slice spills and reloads its
		// index around every call, and costs a third of an iteration.
		a, pa := body[0].f, body[0].pos
		b, pb := a, pa
		if len(body) == 2 {
			b, pb = body[1].f, body[1].pos
		}
		two := len(body) == 2
		return func(fr *Frame) ctl {
			if init != nil {
				init(fr)
			}
			m := fr.m
			for cond(fr) {
				fr.pos = pa
				r := a(fr)
				if r == ctlNone && two {
					fr.pos = pb
					r = b(fr)
				}
				if r != ctlNone {
					if stop, ret := loopCtl(fr, r, lbl); stop {
						return ret
					}
				}
				if post != nil {
					post(fr)
				}
				if m.loopDue() {
					m.loopSlow(fr)
				}
			}
			return ctlNone
		}
	}
	return func(fr *Frame) ctl {
		if init != nil {
			init(fr)
		}
		m := fr.m
		for cond == nil || cond(fr) {
			// The body is body.run, written out: one closure call fewer
			// per iteration.
		run:
			for _, s := range body {
				fr.pos = s.pos
				if r := s.f(fr); r != ctlNone {
					if stop, ret := loopCtl(fr, r, lbl); stop {
						return ret
					}
					break run
				}
			}
			for _, i := range boxed {
				fr.L[i] = Value{R: &Cell{V: fr.L[i].R.(*Cell).V}}
			}
			if post != nil {
				post(fr)
			}
			if m.loopDue() {
				m.loopSlow(fr)
			}
		}
		return ctlNone
	}
}

func (fc *fnCtx) rangeStmt(s *ast.RangeStmt, lbl *labelInfo) sx {
	c := fc.c
	xt := fc.typeOf(s.X)
	var setK, setV func(fr *Frame, v Value)
	bind := func(e ast.Expr) func(fr *Frame, v Value) {
		if e == nil {
			return nil
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			return nil
		}
		if s.Tok == token.DEFINE {
			if v, ok := c.def(e.(*ast.Ident)).(*types.Var); ok {
				return fc.initVar(v)
			}
			return nil
		}
		return fc.store(e)
	}
	x := fc.expr(s.X)
	if p, ok := xt.Underlying().(*types.Pointer); ok {
		xt = p.Elem()
	}
	// Variables are bound before the body is compiled.
	var vType types.Type
	switch u := xt.Underlying().(type) {
	case *types.Slice:
		vType = u.Elem()
	case *types.Array:
		vType = u.Elem()
	case *types.Map:
		vType = u.Elem()
	}
	setK = bind(s.Key)
	setV = bind(s.Value)
	var vclone func(Value) Value
	if vType != nil {
		vclone = c.cloner(vType)
	}
	if vType != nil && s.Value != nil && s.Tok != token.DEFINE && isIface(fc.typeOf(s.Value)) && !isIface(vType) {
		w := c.toIface(vType)
		sv := setV
		setV = func(fr *Frame, v Value) { sv(fr, w(v)) }
	}
	body := fc.block(s.Body.List)
	run := func(fr *Frame) (bool, ctl) {
		if r := body(fr); r != ctlNone {
			if stop, ret := loopCtl(fr, r, lbl); stop {
				return true, ret
			}
		}
		if fr.m.loopDue() {
			fr.m.loopSlow(fr)
		}
		return false, ctlNone
	}
	switch u := xt.Underlying().(type) {
	case *types.Basic:
		if isIntKind(u.Kind()) {
			return func(fr *Frame) ctl {
				n := x(fr).I()
				for i := int64(0); i < n; i++ {
					if setK != nil {
						setK(fr, mkInt(i))
					}
					if stop, r := run(fr); stop {
						return r
					}
				}
				return ctlNone
			}
		}
		return func(fr *Frame) ctl {
			str := x(fr).S()
			for i := 0; i < len(str); {
				r, size := utf8.DecodeRuneInString(str[i:])
				if setK != nil {
					setK(fr, mkInt(int64(i)))
				}
				if setV != nil {
					setV(fr, mkInt(int64(r)))
				}
				if stop, rr := run(fr); stop {
					return rr
				}
				i += size
			}
			return ctlNone
		}
	case *types.Slice, *types.Array:
		_, isArr := u.(*types.Array)
		return func(fr *Frame) ctl {
			v := x(fr)
			var s []Value
			if isArr {
				a := v.A()
				if a == nil {
					panic(fr.m.nilDeref())
				}
				s = a.F
			} else {
				s = v.Sl()
			}
			n := len(s)
			for i := 0; i < n; i++ {
				if setK != nil {
					setK(fr, mkInt(int64(i)))
				}
				if setV != nil {
					e := s[i]
					if vclone != nil {
						e = vclone(e)
					}
					setV(fr, e)
				}
				if stop, r := run(fr); stop {
					return r
				}
			}
			return ctlNone
		}
	case *types.Map:
		return func(fr *Frame) ctl {
			m, _ := x(fr).R.(*Map)
			keys := m.snapshot(fr.m.rng.Uint64())
			for _, k := range keys {
				v, ok := m.Get(k)
				if !ok {
					continue
				}
				if setK != nil {
					setK(fr, k)
				}
				if setV != nil {
					if vclone != nil {
						v = vclone(v)
					}
					setV(fr, v)
				}
				if stop, r := run(fr); stop {
					return r
				}
			}
			return ctlNone
		}
	case *types.Chan:
		pos := s.For
		return func(fr *Frame) ctl {
			ch, _ := x(fr).R.(*Chan)
			for {
				fr.pos = pos
				v, ok := fr.m.recv(fr, ch, pos)
				if !ok {
					return ctlNone
				}
				if setK != nil {
					setK(fr, v)
				}
				if stop, r := run(fr); stop {
					return r
				}
			}
		}
	case *types.Signature:
		fc.code.KeepFrame = true // yield writes the loop's variables in fr
		np := u.Params().At(0).Type().(*types.Signature).Params().Len()
		return func(fr *Frame) ctl {
			f, _ := x(fr).R.(*Closure)
			var result ctl
			done := false
			yield := &Closure{Native: func(m *Machine, a []Value) []Value {
				if done {
					panic(m.newPanic(fr, m.plainErrorValue("range function continued iteration after function for loop body returned false")))
				}
				if np > 0 && setK != nil {
					setK(fr, a[0])
				}
				if np > 1 && setV != nil {
					setV(fr, a[1])
				}
				if r := body(fr); r != ctlNone {
					if stop, ret := loopCtl(fr, r, lbl); stop {
						done, result = true, ret
						return []Value{mkBool(false)}
					}
				}
				if fr.m.loopDue() {
					fr.m.loopSlow(fr)
				}
				return []Value{mkBool(true)}
			}}
			fr.m.callClosure(fr, f, []Value{{R: yield}})
			done = true
			return result
		}
	}
	c.unsupported(s.Pos(), "range over %s is not supported", xt)
	return nil
}

func (fc *fnCtx) switchStmt(s *ast.SwitchStmt, lbl *labelInfo) sx {
	c := fc.c
	var init sx
	if s.Init != nil {
		init = fc.stmt(s.Init, nil)
	}
	var tag ev
	var tt types.Type = types.Typ[types.Bool]
	if s.Tag != nil {
		tt = fc.typeOf(s.Tag)
		tag = fc.value(s.Tag, tt)
		if isUntyped(tt) {
			tt = types.Default(tt)
		}
	}
	eq := c.eq(tt)
	type clause struct {
		exprs []ev
		body  sx
	}
	var clauses []clause
	def := -1
	for i, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		var cl clause
		if cc.List == nil {
			def = i
		}
		for _, e := range cc.List {
			if tag == nil {
				cl.exprs = append(cl.exprs, fc.expr(e))
			} else {
				cl.exprs = append(cl.exprs, fc.value(e, tt))
			}
		}
		cl.body = fc.block(cc.Body)
		clauses = append(clauses, cl)
	}
	runFrom := func(fr *Frame, i int) ctl {
		for ; i < len(clauses); i++ {
			r := clauses[i].body(fr)
			if r == ctlFallthrough {
				continue
			}
			if r == ctlBreak && (fr.lbl == nil || fr.lbl == lbl) {
				fr.lbl = nil
				return ctlNone
			}
			return r
		}
		return ctlNone
	}
	return func(fr *Frame) ctl {
		if init != nil {
			init(fr)
		}
		var t Value
		if tag != nil {
			t = tag(fr)
		}
		for i, cl := range clauses {
			for _, e := range cl.exprs {
				v := e(fr)
				if tag == nil {
					if v.N != 0 {
						return runFrom(fr, i)
					}
				} else if eq(t, v) {
					return runFrom(fr, i)
				}
			}
		}
		if def >= 0 {
			return runFrom(fr, def)
		}
		return ctlNone
	}
}

func (fc *fnCtx) typeSwitch(s *ast.TypeSwitchStmt, lbl *labelInfo) sx {
	c := fc.c
	var init sx
	if s.Init != nil {
		init = fc.stmt(s.Init, nil)
	}
	var xe ast.Expr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		xe = a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		xe = a.X.(*ast.TypeAssertExpr).X
	}
	x := fc.expr(xe)
	type clause struct {
		types  []types.Type // nil entry: case nil
		bind   func(fr *Frame, v Value)
		unwrap bool
		body   sx
	}
	var clauses []clause
	def := -1
	for i, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		var cl clause
		if cc.List == nil {
			def = i
		}
		for _, e := range cc.List {
			tv := c.tv(e)
			if tv.IsNil() {
				cl.types = append(cl.types, nil)
			} else {
				cl.types = append(cl.types, fc.T(tv.Type))
			}
		}
		if obj, ok := c.implicit(cc).(*types.Var); ok {
			cl.bind = fc.initVar(obj)
			cl.unwrap = len(cl.types) == 1 && cl.types[0] != nil && !isIface(cl.types[0])
		}
		cl.body = fc.block(cc.Body)
		clauses = append(clauses, cl)
	}
	run := func(fr *Frame, cl *clause, v Value) ctl {
		if cl.bind != nil {
			if cl.unwrap {
				cl.bind(fr, v.R.(*Iface).V)
			} else {
				cl.bind(fr, v)
			}
		}
		r := cl.body(fr)
		if r == ctlBreak && (fr.lbl == nil || fr.lbl == lbl) {
			fr.lbl = nil
			return ctlNone
		}
		return r
	}
	return func(fr *Frame) ctl {
		if init != nil {
			init(fr)
		}
		v := x(fr)
		ifc, _ := v.R.(*Iface)
		for i := range clauses {
			cl := &clauses[i]
			for _, t := range cl.types {
				var match bool
				switch {
				case t == nil:
					match = ifc == nil
				case ifc == nil:
					match = false
				case isIface(t):
					match = c.implements(ifc.T, t)
				default:
					match = ifc.T == t || types.Identical(ifc.T, t)
				}
				if match {
					return run(fr, cl, v)
				}
			}
		}
		if def >= 0 {
			return run(fr, &clauses[def], v)
		}
		return ctlNone
	}
}

func (fc *fnCtx) selectStmt(s *ast.SelectStmt, lbl *labelInfo) sx {
	type scase struct {
		ch    ev
		send  bool
		val   ev
		store func(fr *Frame, v, ok Value)
		body  sx
	}
	var cases []scase
	def := -1
	var defBody sx
	for _, st := range s.Body.List {
		cc := st.(*ast.CommClause)
		if cc.Comm == nil {
			def = 1
			defBody = fc.block(cc.Body)
			continue
		}
		var sc scase
		switch cm := cc.Comm.(type) {
		case *ast.SendStmt:
			sc.send = true
			sc.ch = fc.expr(cm.Chan)
			sc.val = fc.value(cm.Value, fc.typeOf(cm.Chan).Underlying().(*types.Chan).Elem())
		case *ast.ExprStmt:
			sc.ch = fc.expr(unparen(cm.X).(*ast.UnaryExpr).X)
		case *ast.AssignStmt:
			ue := unparen(cm.Rhs[0]).(*ast.UnaryExpr)
			sc.ch = fc.expr(ue.X)
			et := fc.typeOf(ue.X).Underlying().(*types.Chan).Elem()
			var targets []func(fr *Frame, v Value)
			var wraps []func(Value) Value
			for i, l := range cm.Lhs {
				var t func(fr *Frame, v Value)
				var lt types.Type
				if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
					t = func(*Frame, Value) {}
				} else if v, ok := fc.c.def(l.(*ast.Ident)).(*types.Var); ok && cm.Tok == token.DEFINE {
					t = fc.initVar(v)
					lt = fc.T(v.Type())
				} else {
					t = fc.store(l)
					lt = fc.typeOf(l)
				}
				var w func(Value) Value
				if lt != nil && isIface(lt) {
					if i == 0 {
						w = fc.c.toIface(et)
					} else {
						w = fc.c.toIface(types.Typ[types.Bool])
					}
				}
				targets = append(targets, t)
				wraps = append(wraps, w)
			}
			sc.store = func(fr *Frame, v, ok Value) {
				vals := []Value{v, ok}
				for i, t := range targets {
					x := vals[i]
					if wraps[i] != nil {
						x = wraps[i](x)
					}
					t(fr, x)
				}
			}
		}
		sc.body = fc.block(cc.Body)
		cases = append(cases, sc)
	}
	pos := s.Pos()
	fin := func(fr *Frame, r ctl) ctl {
		if r == ctlBreak && (fr.lbl == nil || fr.lbl == lbl) {
			fr.lbl = nil
			return ctlNone
		}
		return r
	}
	return func(fr *Frame) ctl {
		rc := make([]selCase, len(cases))
		for i, sc := range cases {
			c, _ := sc.ch(fr).R.(*Chan)
			rc[i] = selCase{c: c, send: sc.send}
			if sc.send {
				rc[i].v = sc.val(fr)
			}
		}
		fr.pos = pos
		i, v, ok := fr.m.selectGo(fr, rc, def >= 0, pos)
		if i < 0 {
			return fin(fr, defBody(fr))
		}
		sc := cases[i]
		if sc.store != nil {
			sc.store(fr, v, mkBool(ok))
		}
		return fin(fr, sc.body(fr))
	}
}
