package eval

// What an except* clause does at run time: split the exception group among
// the handlers, run them, and raise what is left (tryStar in
// compile_exc.go compiles the clauses).

func leaves(e *Exception, out map[*Exception]bool) {
	if e.Group == nil {
		out[e] = true
		return
	}
	for _, x := range e.Group {
		leaves(x, out)
	}
}

func (in *Interp) exceptStar(fr *frame, exc *Exception, hs []handler) error {
	orig := exc
	naked := exc.Group == nil
	if naked {
		orig = &Exception{Class: ExceptionGroupClass, Group: []*Exception{exc}, Args: Tuple{Str(""), Tuple{exc}}}
		if !exc.Class.IsSubclass(ExceptionClass) {
			orig.Class = BaseExceptionGroupClass
		}
		orig.tb, orig.tbAct = exc.tb, exc.tbAct
	}
	rest := orig
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, h := range hs {
		if rest == nil {
			break
		}
		t, err := h.typ(in, fr)
		if err != nil {
			return err
		}
		if k, ok := t.(*Class); ok && k.IsSubclass(BaseExceptionGroupClass) {
			return Errorf(TypeErrorClass, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		pred, err := in.exceptMatcher(t)
		if err != nil {
			return Errorf(TypeErrorClass, "catching classes that do not inherit from BaseException is not allowed")
		}
		match, r, err := splitRec(in, rest, pred)
		if err != nil {
			return err
		}
		rest = r
		if match == nil {
			continue
		}
		fr.line = h.line
		if h.bind != nil {
			h.bind(in, fr, match)
		}
		in.th.pushHandled(match)
		herr := h.body(in, fr)
		in.th.popHandled()
		if h.del != nil {
			h.del(in, fr)
		}
		if herr == nil {
			continue
		}
		he, ok := herr.(*Exception)
		if !ok {
			return herr
		}
		if he == match {
			leaves(match, keep)
			continue
		}
		setContext(he, match)
		raised = append(raised, he)
	}
	if rest != nil {
		leaves(rest, keep)
	}
	var projected *Exception
	if len(keep) > 0 {
		m, _, _ := splitRec(in, orig, func(e *Exception) (bool, error) { return keep[e], nil })
		projected = m
		if naked && projected != nil && len(projected.Group) == 1 && projected.Group[0] == exc {
			projected = exc
		} else if projected != nil && !naked && sameShape(projected, orig) {
			projected = orig
		}
	}
	if len(raised) == 0 {
		if projected == nil {
			return nil
		}
		return projected
	}
	all := append([]*Exception(nil), raised...)
	if projected != nil {
		all = append(all, projected)
	}
	if len(all) == 1 {
		return all[0]
	}
	items := make(Tuple, len(all))
	cls := ExceptionGroupClass
	for i, x := range all {
		items[i] = x
		if !x.Class.IsSubclass(ExceptionClass) {
			cls = BaseExceptionGroupClass
		}
	}
	// CPython raises the combined group from the handler without a
	// traceback entry of its own for this frame.
	return &Exception{Class: cls, Group: all, Msg: "", Args: Tuple{Str(""), items}, tbAct: fr.act}
}

func sameShape(a, b *Exception) bool {
	la, lb := map[*Exception]bool{}, map[*Exception]bool{}
	leaves(a, la)
	leaves(b, lb)
	return len(la) == len(lb)
}
