package eval

import (
	"taskline/engine/py/ast"
	"taskline/engine/py/syntax"
)

// ---------------------------------------------------------------------------
// Names

const (
	bLocal = iota
	bCell  // own cell
	bFree  // enclosing function's cell
	bGlobal
	bClass // class body namespace, falling back to globals
)

type binding struct {
	kind  int
	index int
	name  string
}

// lookup asks the scope resolver where name lives in the scope being
// compiled; globals get a slot of the module's global array.
func (c *compiler) lookup(name string) binding {
	b := c.sc.Lookup(name)
	switch b.Kind {
	case syntax.LocalBinding:
		return binding{kind: bLocal, index: b.Index, name: name}
	case syntax.CellBinding:
		return binding{kind: bCell, index: b.Index, name: name}
	case syntax.FreeBinding:
		return binding{kind: bFree, index: b.Index, name: name}
	case syntax.NameBinding:
		return binding{kind: bClass, index: c.g.slot(name), name: name}
	}
	return binding{kind: bGlobal, index: c.g.slot(name), name: name}
}

func (c *compiler) name(n *ast.Name) exprFn {
	b := c.lookup(n.Id)
	name := n.Id
	// The errors are marked here rather than by expr's wrapper, which
	// would cost every load a call.
	start, end := n.Span()
	switch b.kind {
	case bLocal:
		i := b.index
		return func(in *Interp, fr *frame) (Value, error) {
			if v := fr.locals[i]; v != nil {
				return v, nil
			}
			return nil, markedAt(unboundLocal(name), fr, start, end)
		}
	case bCell, bFree:
		i := b.index
		own := b.kind == bCell
		return func(in *Interp, fr *frame) (Value, error) {
			if v := fr.cells[i].V; v != nil {
				return v, nil
			}
			if own {
				return nil, markedAt(unboundLocal(name), fr, start, end)
			}
			return nil, markedAt(Errorf(NameErrorClass, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name), fr, start, end)
		}
	case bClass:
		g := c.g
		i := b.index
		return func(in *Interp, fr *frame) (Value, error) {
			if v, ok := fr.ns[name]; ok {
				return v, nil
			}
			if v := g.vals[i]; v != nil {
				return v, nil
			}
			if v, ok := builtins[name]; ok && in.minor >= newerBuiltins[name] {
				return v, nil
			}
			return nil, markedAt(in.nameError(fr, name), fr, start, end)
		}
	}
	g := c.g
	i := b.index
	bv := builtins[name]
	newer := newerBuiltins[name]
	return func(in *Interp, fr *frame) (Value, error) {
		if v := g.vals[i]; v != nil {
			return v, nil
		}
		if bv != nil && in.minor >= newer {
			return bv, nil
		}
		return nil, markedAt(in.nameError(fr, name), fr, start, end)
	}
}

func (c *compiler) storeName(name string) storeFn {
	b := c.lookup(name)
	switch b.kind {
	case bLocal:
		i := b.index
		return func(in *Interp, fr *frame, v Value) error {
			fr.locals[i] = v
			return nil
		}
	case bCell, bFree:
		i := b.index
		return func(in *Interp, fr *frame, v Value) error {
			fr.cells[i].V = v
			return nil
		}
	case bClass:
		return func(in *Interp, fr *frame, v Value) error {
			if _, ok := fr.ns[name]; !ok {
				*fr.nsOrd = append(*fr.nsOrd, name)
			}
			fr.ns[name] = v
			return nil
		}
	}
	g := c.g
	i := b.index
	return func(in *Interp, fr *frame, v Value) error {
		g.vals[i] = v
		return nil
	}
}

func (c *compiler) store(t ast.Expr) storeFn {
	f := c.store1(t)
	switch t.(type) {
	case *ast.Attribute, *ast.Subscript, *ast.Tuple, *ast.List:
		// A failing store or unpacking is underlined at its target.
		start, end := t.Span()
		return func(in *Interp, fr *frame, v Value) error {
			err := f(in, fr, v)
			if err != nil {
				markPos(err, fr, start, end)
			}
			return err
		}
	}
	return f
}

func (c *compiler) store1(t ast.Expr) storeFn {
	switch t := t.(type) {
	case *ast.Name:
		return c.storeName(t.Id)
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		return func(in *Interp, fr *frame, v Value) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			return in.SetAttr(o, name, v)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.subscriptKey(t.Slice)
		return func(in *Interp, fr *frame, v Value) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			k, err := key(in, fr)
			if err != nil {
				return err
			}
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Elems) {
					l.Elems[i] = v
					return nil
				}
			}
			return in.SetItem(o, k, v)
		}
	case *ast.Tuple:
		return c.unpack(t.Elts, t)
	case *ast.List:
		return c.unpack(t.Elts, t)
	case *ast.Starred:
		c.syntaxError(t, "starred assignment target must be in a list or tuple")
	}
	c.syntaxError(t, "cannot assign to "+exprKind(t))
	return nil
}

func (c *compiler) unpack(elts []ast.Expr, n ast.Node) storeFn {
	star := -1
	sts := make([]storeFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.syntaxError(s, "multiple starred expressions in assignment")
			}
			star = i
			sts[i] = c.store(s.Value)
			continue
		}
		sts[i] = c.store(e)
	}
	n1 := len(elts)
	return func(in *Interp, fr *frame, v Value) error {
		var items []Value
		switch x := v.(type) {
		case Tuple:
			items = x
		case *List:
			items = x.Elems
		default:
			it, err := in.Iter(v)
			if err != nil {
				return Errorf(TypeErrorClass, "cannot unpack non-iterable %s object", v.Type().Name)
			}
			for {
				e, ok, err := it.Next(in)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				items = append(items, e)
				if star < 0 && len(items) > n1 {
					return Errorf(ValueErrorClass, "too many values to unpack (expected %d)", n1)
				}
			}
		}
		if star < 0 {
			if len(items) != n1 {
				if len(items) > n1 {
					return Errorf(ValueErrorClass, "too many values to unpack (expected %d)", n1)
				}
				return Errorf(ValueErrorClass, "not enough values to unpack (expected %d, got %d)", n1, len(items))
			}
			items = append([]Value(nil), items...)
			for i, st := range sts {
				if err := st(in, fr, items[i]); err != nil {
					return err
				}
			}
			return nil
		}
		if len(items) < n1-1 {
			return Errorf(ValueErrorClass, "not enough values to unpack (expected at least %d, got %d)", n1-1, len(items))
		}
		items = append([]Value(nil), items...)
		after := n1 - 1 - star
		for i := 0; i < star; i++ {
			if err := sts[i](in, fr, items[i]); err != nil {
				return err
			}
		}
		mid := append([]Value{}, items[star:len(items)-after]...)
		if err := sts[star](in, fr, NewList(mid)); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := sts[star+1+i](in, fr, items[len(items)-after+i]); err != nil {
				return err
			}
		}
		return nil
	}
}

func (c *compiler) del(t ast.Expr) stmtFn {
	switch t := t.(type) {
	case *ast.Name:
		b := c.lookup(t.Id)
		name := t.Id
		switch b.kind {
		case bLocal:
			i := b.index
			return func(in *Interp, fr *frame) error {
				if fr.locals[i] == nil {
					return unboundLocal(name)
				}
				fr.locals[i] = nil
				return nil
			}
		case bCell, bFree:
			i := b.index
			return func(in *Interp, fr *frame) error {
				if fr.cells[i].V == nil {
					return unboundLocal(name)
				}
				fr.cells[i].V = nil
				return nil
			}
		case bClass:
			return func(in *Interp, fr *frame) error {
				if _, ok := fr.ns[name]; !ok {
					return in.nameError(nil, name)
				}
				delete(fr.ns, name)
				return nil
			}
		}
		g := c.g
		i := b.index
		return func(in *Interp, fr *frame) error {
			if g.vals[i] == nil {
				return in.nameError(nil, name)
			}
			g.vals[i] = nil
			return nil
		}
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			return in.DelAttr(o, name)
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.subscriptKey(t.Slice)
		return func(in *Interp, fr *frame) error {
			o, err := obj(in, fr)
			if err != nil {
				return err
			}
			k, err := key(in, fr)
			if err != nil {
				return err
			}
			return in.DelItem(o, k)
		}
	case *ast.Tuple:
		var fns []stmtFn
		for _, e := range t.Elts {
			fns = append(fns, c.del(e))
		}
		return func(in *Interp, fr *frame) error {
			for _, f := range fns {
				if err := f(in, fr); err != nil {
					return err
				}
			}
			return nil
		}
	}
	c.syntaxError(t, "cannot delete "+exprKind(t))
	return nil
}
