package eval

// Exec runs a compiled program's module body in the interpreter. The error
// is the uncaught exception (*Exception) or a fatal error (step limit,
// unsupported feature).
func (in *Interp) Exec(p *Program) error {
	in.main = &Module{Name: "__main__", g: p.g}
	p.g.vals[p.g.slot("__name__")] = Str("__main__")
	fr := &frame{code: p.code, act: in.newAct()}
	_, err := p.code.body(in, fr)
	return err
}

// Main returns the __main__ module.
func (in *Interp) Main() *Module { return in.main }

// Finalize closes the suspended generators that the program's globals
// still refer to, as CPython does when it clears the __main__ module at
// exit: their finally blocks run and may print. Errors are ignored, as
// CPython ignores them there.
func (in *Interp) Finalize() {
	if in.main == nil || in.main.g == nil {
		return
	}
	g := in.main.g
	for pass := 0; pass < 2; pass++ {
		for i, name := range g.names {
			// CPython clears names starting with one underscore first.
			under := len(name) > 1 && name[0] == '_' && name[1] != '_'
			if under != (pass == 0) {
				continue
			}
			if gen, ok := g.vals[i].(*Generator); ok && gen.Kind == KindGenerator && gen.state == genSuspended && gen.step == nil {
				g.vals[i] = None
				gen.Close(in)
			}
		}
	}
}
