package eval

import (
	"taskline/engine/py/ast"
	"taskline/engine/trace"
)

// ---------------------------------------------------------------------------
// Exceptions

func (c *compiler) raise(s *ast.Raise) stmtFn {
	if s.Exc == nil {
		return func(in *Interp, fr *frame) error {
			cur := in.th.currentHandled()
			if cur == nil {
				return Errorf(RuntimeErrorClass, "No active exception to reraise")
			}
			return cur
		}
	}
	exc := c.expr(s.Exc)
	var cause exprFn
	if s.Cause != nil {
		cause = c.expr(s.Cause)
	}
	return func(in *Interp, fr *frame) error {
		v, err := exc(in, fr)
		if err != nil {
			return err
		}
		e, err := in.makeException(v)
		if err != nil {
			return err
		}
		if cause != nil {
			cv, err := cause(in, fr)
			if err != nil {
				return err
			}
			if cv == None {
				e.Cause = None
			} else {
				ce, err := in.makeException(cv)
				if err != nil {
					return Errorf(TypeErrorClass, "exception causes must derive from BaseException")
				}
				e.Cause = ce
			}
			e.SuppressContext = true
		}
		if cur := in.th.currentHandled(); cur != nil && cur != e && e.Context == nil {
			e.Context = cur
		}
		in.raiseEvent(e)
		return e
	}
}

type handler struct {
	typ  exprFn
	bind storeFn
	del  stmtFn
	body stmtFn
	line int
}

func (c *compiler) handlers(hs []*ast.ExceptHandler) []handler {
	out := make([]handler, len(hs))
	for i, h := range hs {
		if h.Type != nil {
			out[i].typ = c.expr(h.Type)
		}
		if h.Name != "" {
			out[i].bind = c.storeName(h.Name)
			out[i].del = c.del(&ast.Name{Range: h.Range, Id: h.Name})
		}
		out[i].body = c.block(h.Body)
		out[i].line = h.Start.Line
	}
	return out
}

func (c *compiler) try(s *ast.Try) stmtFn {
	body := c.block(s.Body)
	hs := c.handlers(s.Handlers)
	var orelse, final stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	return func(in *Interp, fr *frame) error {
		err := body(in, fr)
		if err == nil {
			if orelse != nil {
				err = orelse(in, fr)
			}
		} else if exc, ok := err.(*Exception); ok && len(hs) > 0 {
			for _, h := range hs {
				if h.typ != nil {
					fr.line = h.line // an error naming the type is the clause's
					t, err2 := h.typ(in, fr)
					if err2 != nil {
						setContext(err2, exc)
						err = err2
						break
					}
					ok, err2 := in.matchExcept(t, exc)
					if err2 != nil {
						setContext(err2, exc)
						err = err2
						break
					}
					if !ok {
						continue
					}
				}
				fr.line = h.line
				exc.MarkCaught()
				if in.Rec != nil {
					in.Rec.Event(in.CurrentTask(), trace.EvCatch, trace.Pos{Line: h.line}, in.ExceptionLine(exc), -1)
				}
				if h.bind != nil {
					h.bind(in, fr, exc)
				}
				in.th.pushHandled(exc)
				err = h.body(in, fr)
				in.th.popHandled()
				if h.del != nil {
					h.del(in, fr)
				}
				if err != nil {
					setContext(err, exc)
				}
				break
			}
		}
		if final != nil {
			pending, isExc := err.(*Exception)
			if isExc {
				pending.MarkCaught()
				in.th.pushHandled(pending)
			}
			ferr := final(in, fr)
			if isExc {
				in.th.popHandled()
			}
			if ferr != nil {
				if isExc {
					setContext(ferr, pending)
				}
				return ferr
			}
		}
		return err
	}
}

func (c *compiler) tryStar(s *ast.Try) stmtFn {
	body := c.block(s.Body)
	hs := c.handlers(s.Handlers)
	var orelse, final stmtFn
	if len(s.Orelse) > 0 {
		orelse = c.block(s.Orelse)
	}
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	return func(in *Interp, fr *frame) error {
		err := body(in, fr)
		if err == nil {
			if orelse != nil {
				err = orelse(in, fr)
			}
		} else if exc, ok := err.(*Exception); ok {
			err = in.exceptStar(fr, exc, hs)
		}
		if final != nil {
			ferr := final(in, fr)
			if ferr != nil {
				if e, ok := err.(*Exception); ok {
					setContext(ferr, e)
				}
				return ferr
			}
		}
		return err
	}
}

func (c *compiler) with(s *ast.With, i int) stmtFn {
	if i == len(s.Items) {
		return c.block(s.Body)
	}
	item := s.Items[i]
	mgr := c.expr(item.ContextExpr)
	var st storeFn
	if item.OptionalVars != nil {
		st = c.store(item.OptionalVars)
	}
	body := c.with(s, i+1)
	async := s.Async
	// 3.13 places the calls of __enter__/__aenter__ and __exit__/__aexit__
	// at the context expression (3.11 and 3.12 at the whole statement): an
	// exception they raise is underlined there.
	ctxStart, ctxEnd := item.ContextExpr.Span()
	enterName, exitName := "__enter__", "__exit__"
	proto := "the context manager protocol"
	if async {
		enterName, exitName = "__aenter__", "__aexit__"
		proto = "the asynchronous context manager protocol"
	}
	return func(in *Interp, fr *frame) error {
		m, err := mgr(in, fr)
		if err != nil {
			return err
		}
		cls := m.Type()
		if in.minor < 9 && async {
			// 3.7 and 3.8.s BEFORE_ASYNC_WITH looks __aexit__ up first.
			if _, ok := cls.lookup(exitName); !ok {
				return NewException(AttributeErrorClass, Str(exitName))
			}
		}
		enter, ok := cls.lookup(enterName)
		if !ok {
			if in.minor < 11 {
				// The TypeError came with 3.11.
				return NewException(AttributeErrorClass, Str(enterName))
			}
			return Errorf(TypeErrorClass, "'%s' object does not support %s", cls.Name, proto)
		}
		exit, ok := cls.lookup(exitName)
		if !ok {
			if in.minor < 11 {
				return NewException(AttributeErrorClass, Str(exitName))
			}
			return Errorf(TypeErrorClass, "'%s' object does not support %s (missed %s method)", cls.Name, proto, exitName)
		}
		v, err := in.callMethod(enter, m, nil, nil)
		if err == nil && async {
			v, err = in.Await(v)
		}
		if err != nil {
			if in.minor >= 13 {
				// The call of __enter__/__aenter__ sits there too.
				markPos(err, fr, ctxStart, ctxEnd)
			}
			return err
		}
		if st != nil {
			if err := st(in, fr, v); err != nil {
				return err
			}
		}
		line := fr.line
		err = body(in, fr)
		if exc, ok := err.(*Exception); ok {
			addTraceback(in, exc, fr, fr.line)
			exc.MarkCaught()
			fr.line = line
			in.th.pushHandled(exc)
			r, err2 := in.callMethod(exit, m, []Value{exc.Class, exc, None}, nil)
			if err2 == nil && async {
				r, err2 = in.Await(r)
			}
			in.th.popHandled()
			if err2 != nil {
				if err2 != error(exc) {
					setContext(err2, exc)
				}
				if in.minor >= 13 {
					markPos(err2, fr, ctxStart, ctxEnd)
				}
				return err2
			}
			t, err2 := in.Truthy(r)
			if err2 != nil {
				return err2
			}
			if t {
				return nil
			}
			return exc
		}
		if IsFatal(err) && err != errBreak && err != errContinue && err != errReturn {
			return err
		}
		fr.line = line
		r, err2 := in.callMethod(exit, m, []Value{None, None, None}, nil)
		if err2 == nil && async {
			_, err2 = in.Await(r)
		}
		if err2 != nil {
			if in.minor >= 13 {
				markPos(err2, fr, ctxStart, ctxEnd)
			}
			return err2
		}
		return err
	}
}
