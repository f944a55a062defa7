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
