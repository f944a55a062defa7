package eval

import (
	"sort"
	"strings"
)

// GetAttr returns v.name.
func (in *Interp) GetAttr(v Value, name string) (Value, error) {
	switch o := v.(type) {
	case *Module:
		if x, ok := o.Get(name); ok {
			return x, nil
		}
		if name == "__name__" {
			return Str(o.Name), nil
		}
		if name == "__dict__" && o.g != nil {
			return in.globalsDict(o.g), nil
		}
		if err := in.notModelledName(o.Name, name); err != nil {
			return nil, err
		}
		e := Errorf(AttributeErrorClass, "module '%s' has no attribute '%s'", o.Name, name)
		if !in.Py37() {
			e.suggest = func() string {
				var cands []string
				if o.g != nil {
					for i, n := range o.g.names {
						if o.g.vals[i] != nil {
							cands = append(cands, n)
						}
					}
				} else {
					for n := range o.Dict {
						cands = append(cands, n)
					}
				}
				sort.Strings(cands)
				return suggest(name, cands)
			}
		}
		return nil, e
	case *Class:
		return in.classGetAttr(o, name)
	case *Super:
		return in.superGetAttr(o, name)
	}
	if in.hiddenIn37(v, name) {
		return nil, in.noAttr(v, name)
	}
	cls := v.Type()
	attr, found := cls.lookup(name)
	var descGet Value
	if found {
		switch a := attr.(type) {
		case *Property:
			return in.propGet(a, v)
		case *Object:
			// A descriptor written in Python.
			if g, ok := a.Class.lookup("__get__"); ok {
				if _, data := a.Class.lookup("__set__"); data {
					return in.callMethod(g, a, []Value{v, cls}, nil)
				}
				descGet = g
			}
		}
	}
	switch o := v.(type) {
	case *Object:
		if x, ok := o.Attr(name); ok {
			return x, nil
		}
	case *Exception:
		if x, ok := o.Dict[name]; ok {
			return x, nil
		}
	case *Function:
		if x, ok := o.dict[name]; ok {
			return x, nil
		}
	case InstanceDict:
		// A native value with an instance dictionary (asyncio's tasks,
		// futures, locks, loops).
		if x, ok := o.InstDict()[name]; ok {
			return x, nil
		}
	}
	if descGet != nil {
		return in.callMethod(descGet, attr, []Value{v, cls}, nil)
	}
	if found {
		return bindAttr(attr, v), nil
	}
	if x, ok, err := in.specialAttr(v, name); ok || err != nil {
		return x, err
	}
	if cls.hasGetattr {
		m, _ := cls.lookup("__getattr__")
		return in.callMethod(m, v, []Value{Str(name)}, nil)
	}
	return nil, in.noAttr(v, name)
}

func (in *Interp) noAttr(v Value, name string) error {
	if f := v.Type().AttrNotModelled; f != nil {
		if err := f(in, name); err != nil {
			return err
		}
	}
	e := Errorf(AttributeErrorClass, "'%s' object has no attribute '%s'", v.Type().tpName(), name)
	if !in.Py37() {
		e.suggest = func() string { return in.suggestAttr(v, name) }
	}
	return e
}

// suggestAttr finds a close attribute name, as CPython 3.11's traceback
// printer does for AttributeError.
func (in *Interp) suggestAttr(v Value, name string) string {
	var cands []string
	seen := map[string]bool{}
	for _, k := range v.Type().MRO {
		for n := range k.Dict {
			if !seen[n] && !in.hiddenIn37(v, n) {
				seen[n] = true
				cands = append(cands, n)
			}
		}
	}
	if d, ok := v.(InstanceDict); ok {
		for n := range d.InstDict() {
			if !seen[n] {
				cands = append(cands, n)
			}
		}
	}
	sort.Strings(cands)
	return suggest(name, cands)
}

func bindAttr(attr Value, self Value) Value {
	switch a := attr.(type) {
	case *Function:
		return &BoundMethod{Self: self, Fn: a}
	case *Builtin:
		if a.Method != nil && a.Self == nil {
			return &Builtin{Name: a.Name, Qual: a.Qual, Method: a.Method, Self: self, Owner: a.Owner}
		}
	case *StaticMethod:
		return a.Fn
	case *ClassMethod:
		return &BoundMethod{Self: self.Type(), Fn: a.Fn}
	}
	return attr
}

func (in *Interp) propGet(p *Property, v Value) (Value, error) {
	if p.NGet != nil {
		if err := p.checkSelf(v); err != nil {
			return nil, err
		}
		return p.NGet(in, v)
	}
	if p.Fget == nil {
		return nil, Errorf(AttributeErrorClass, "property '%s' of '%s' object has no getter", p.Name, v.Type().Name)
	}
	return in.Call(p.Fget, []Value{v}, nil)
}

func (in *Interp) specialAttr(v Value, name string) (Value, bool, error) {
	switch name {
	case "__class__":
		return v.Type(), true, nil
	case "__dict__":
		if o, ok := v.(*Object); ok {
			return o.AttrDict(), true, nil
		}
		if d, ok := v.(InstanceDict); ok {
			r := NewDict()
			m := d.InstDict()
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				r.SetStr(k, m[k])
			}
			return r, true, nil
		}
	case "__doc__":
		return None, true, nil
	}
	switch o := v.(type) {
	case *Function:
		switch name {
		case "__name__":
			return Str(o.Name), true, nil
		case "__qualname__":
			return Str(o.Qualname), true, nil
		case "__module__":
			return Str(o.Module), true, nil
		case "__defaults__":
			if o.defaults == nil {
				return None, true, nil
			}
			return Tuple(o.defaults), true, nil
		case "__code__":
			return nil, true, &UnsupportedError{File: in.File, Line: in.Line(), What: "__code__"}
		}
	case *Builtin:
		switch name {
		case "__name__":
			return Str(o.Name), true, nil
		case "__qualname__":
			return Str(o.Qual), true, nil
		case "__self__":
			if o.Self != nil {
				return o.Self, true, nil
			}
		}
	case *BoundMethod:
		switch name {
		case "__self__":
			return o.Self, true, nil
		case "__func__":
			return o.Fn, true, nil
		}
		x, err := in.GetAttr(o.Fn, name)
		return x, err == nil, err
	case *Generator:
		switch name {
		case "__name__":
			return Str(o.Name()), true, nil
		case "__qualname__":
			return Str(o.Qualname()), true, nil
		case "cr_running", "gi_running":
			return Bool(o.state == genRunning), true, nil
		case "cr_frame", "gi_frame":
			if o.state == genDone {
				return None, true, nil
			}
		case "cr_await", "gi_yieldfrom":
			return None, true, nil
		}
	case *Property:
		switch name {
		case "fget":
			return noneIfNilV(o.Fget), true, nil
		case "fset":
			return noneIfNilV(o.Fset), true, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return o.Fn, true, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return o.Fn, true, nil
		}
	}
	return nil, false, nil
}

func noneIfNilV(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

func (in *Interp) classGetAttr(c *Class, name string) (Value, error) {
	if attr, ok := c.lookup(name); ok {
		switch a := attr.(type) {
		case *StaticMethod:
			return a.Fn, nil
		case *ClassMethod:
			return &BoundMethod{Self: c, Fn: a.Fn}, nil
		case *Object:
			if g, ok := a.Class.lookup("__get__"); ok {
				return in.callMethod(g, a, []Value{None, c}, nil)
			}
		}
		return attr, nil
	}
	switch name {
	case "__name__":
		return Str(c.Name), nil
	case "__qualname__":
		return Str(c.Qualname), nil
	case "__module__":
		return Str(c.Module), nil
	case "__mro__":
		t := make(Tuple, len(c.MRO))
		for i, k := range c.MRO {
			t[i] = k
		}
		return t, nil
	case "__bases__":
		t := make(Tuple, len(c.Bases))
		for i, k := range c.Bases {
			t[i] = k
		}
		return t, nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__doc__":
		return None, nil
	case "__class__":
		return TypeClass, nil
	case "__dict__":
		d := NewDict()
		for _, k := range c.order {
			d.SetStr(k, c.Dict[k])
		}
		return d, nil
	}
	if m, ok := TypeClass.lookup(name); ok {
		return bindAttr(m, c), nil
	}
	e := Errorf(AttributeErrorClass, "type object '%s' has no attribute '%s'", c.Name, name)
	var cands []string
	for _, k := range c.MRO {
		for n := range k.Dict {
			cands = append(cands, n)
		}
	}
	if !in.Py37() {
		e.suggest = func() string {
			sort.Strings(cands)
			return suggest(name, cands)
		}
	}
	return nil, e
}

// SetAttr sets v.name = x.
func (in *Interp) SetAttr(v Value, name string, x Value) error {
	cls := v.Type()
	if attr, ok := cls.lookup(name); ok {
		if d, ok := attr.(*Object); ok {
			if set, ok := d.Class.lookup("__set__"); ok {
				_, err := in.callMethod(set, d, []Value{v, x}, nil)
				return err
			}
		}
		if p, ok := attr.(*Property); ok {
			if p.NSet != nil {
				if err := p.checkSelf(v); err != nil {
					return err
				}
				return p.NSet(in, v, x)
			}
			if p.Fset == nil {
				return Errorf(AttributeErrorClass, "property '%s' of '%s' object has no setter", p.Name, cls.Name)
			}
			_, err := in.Call(p.Fset, []Value{v, x}, nil)
			return err
		}
	}
	if m, ok := cls.lookup("__setattr__"); ok {
		if _, isB := m.(*Builtin); !isB {
			_, err := in.callMethod(m, v, []Value{Str(name), x}, nil)
			return err
		}
	}
	switch o := v.(type) {
	case *Object:
		o.SetAttrLocal(name, x)
		return nil
	case *Exception:
		o.InstDict()[name] = x
		return nil
	case *Function:
		switch name {
		case "__name__":
			if s, ok := x.(Str); ok {
				o.Name = string(s)
				return nil
			}
		case "__qualname__":
			if s, ok := x.(Str); ok {
				o.Qualname = string(s)
				return nil
			}
		}
		o.InstDict()[name] = x
		return nil
	case *Class:
		if o.native {
			return Errorf(TypeErrorClass, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		switch name {
		case "__name__", "__qualname__", "__module__":
			s, ok := x.(Str)
			if !ok {
				return Errorf(TypeErrorClass, "can only assign string to %s.%s, not '%s'", o.Name, name, x.Type().Name)
			}
			switch name {
			case "__name__":
				o.Name = string(s)
			case "__qualname__":
				o.Qualname = string(s)
			default:
				o.Module = string(s)
			}
			return nil
		}
		o.SetAttr(name, x)
		return nil
	case *Module:
		if o.g != nil {
			o.g.vals[o.g.slot(name)] = x
		} else {
			o.Dict[name] = x
		}
		return nil
	}
	if d, ok := v.(InstanceDict); ok {
		d.InstDict()[name] = x
		return nil
	}
	if _, ok := cls.lookup(name); ok {
		return Errorf(AttributeErrorClass, "'%s' object attribute '%s' is read-only", cls.tpName(), name)
	}
	return Errorf(AttributeErrorClass, "'%s' object has no attribute '%s'", cls.tpName(), name)
}

// DelAttr deletes v.name.
func (in *Interp) DelAttr(v Value, name string) error {
	if m, ok := v.Type().lookup("__delattr__"); ok {
		if _, isB := m.(*Builtin); !isB {
			_, err := in.callMethod(m, v, []Value{Str(name)}, nil)
			return err
		}
	}
	return in.delAttr(v, name)
}

func (in *Interp) delAttr(v Value, name string) error {
	switch o := v.(type) {
	case *Object:
		if o.DelAttrLocal(name) {
			return nil
		}
	case *Exception:
		if _, ok := o.Dict[name]; ok {
			delete(o.Dict, name)
			return nil
		}
	case *Class:
		if _, ok := o.Dict[name]; ok && !o.native {
			delete(o.Dict, name)
			o.recomputeFlags()
			return nil
		}
	case InstanceDict:
		if d := o.InstDict(); d != nil {
			if _, ok := d[name]; ok {
				delete(d, name)
				return nil
			}
		}
	}
	switch o := v.(type) {
	case *Object, *Exception, *Function, *Class, InstanceDict:
		if in.py37 {
			// 3.7 reports the key missing from the instance dict.
			return NewException(AttributeErrorClass, Str(name))
		}
		if c, ok := o.(*Class); ok {
			return Errorf(AttributeErrorClass, "type object '%s' has no attribute '%s'", c.Name, name)
		}
	}
	// No "Did you mean" for a failed del in 3.11.
	return Errorf(AttributeErrorClass, "'%s' object has no attribute '%s'", v.Type().tpName(), name)
}

// suggest returns the candidate closest to name, as CPython 3.11's
// suggestions.c chooses it: weighted Levenshtein distance, at most a third
// of the characters changed, first best in candidate order; "" if none.
func suggest(name string, cands []string) string {
	best, bestD := "", 1<<30
	if len(name) > 40 {
		return ""
	}
	for _, c := range cands {
		if c == name || len(c) > 40 {
			continue
		}
		maxD := (len(name) + len(c) + 3) * 2 / 6
		maxD = min(maxD, bestD-1)
		d := levenshtein(name, c)
		if d > maxD {
			continue
		}
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// levenshtein is CPython's weighted edit distance (suggestions.c): a case
// change costs 1, other edits cost 2.
func levenshtein(a, b string) int {
	const moveCost, caseCost = 2, 1
	if a == b {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j * moveCost
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i * moveCost
		for j := 1; j <= len(b); j++ {
			sub := 0
			if a[i-1] != b[j-1] {
				sub = moveCost
				if strings.EqualFold(a[i-1:i], b[j-1:j]) {
					sub = caseCost
				}
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+moveCost, cur[j-1]+moveCost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
