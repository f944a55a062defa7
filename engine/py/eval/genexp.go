package eval

// Running a generator expression without a fiber (see genexpPlan in
// compile_expr.go, which compiles the plan).

func (p *genexpPlan) stepper(fr *frame) func(in *Interp) (Value, bool, error) {
	its := make([]Iterator, len(p.iters))
	its[0] = fr.locals[p.slot].(Iterator)
	depth := 0
	last := len(p.iters) - 1
	return func(in *Interp) (Value, bool, error) {
		th := in.th
		saved := th.frame
		th.frame = fr
		fr.line = p.line
		defer func() { th.frame = saved }()
		fail := func(err error) (Value, bool, error) {
			addTraceback(in, err, fr, p.line)
			depth = -1
			return nil, false, err
		}
	outer:
		for depth >= 0 {
			x, ok, err := its[depth].Next(in)
			if err != nil {
				return fail(err)
			}
			if !ok {
				depth--
				continue
			}
			if in.Budget != nil {
				if err := in.Step(); err != nil {
					return fail(err)
				}
			}
			if err := p.stores[depth](in, fr, x); err != nil {
				return fail(err)
			}
			for _, cnd := range p.conds[depth] {
				t, err := cnd(in, fr)
				if err != nil {
					return fail(err)
				}
				if !t {
					continue outer
				}
			}
			if depth == last {
				v, err := p.elt(in, fr)
				if err != nil {
					return fail(err)
				}
				return v, true, nil
			}
			src, err := p.iters[depth+1](in, fr)
			if err != nil {
				return fail(err)
			}
			it, err := in.Iter(src)
			if err != nil {
				return fail(err)
			}
			depth++
			its[depth] = it
		}
		return nil, false, nil
	}
}
