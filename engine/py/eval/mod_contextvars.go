package eval

import "fmt"

// The contextvars module: ContextVar, Token, Context and copy_context().
// The interpreter has one current Context; asyncio runs each task's steps
// in the copy of its creator's context that the task took when it was
// made (CopyContext, SwapContext), as CPython's Task does.

// Context is contextvars.Context: an immutable-looking mapping from
// ContextVar to value. set() replaces vars with a changed copy, so a
// copy taken earlier keeps what it saw.
type Context struct {
	vars    map[*ContextVar]Value
	order   []*ContextVar // the variables, in the order first set
	entered bool
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	name string
	def  Value // nil: no default
}

// Token is contextvars.Token: what set() returns and reset() undoes.
type Token struct {
	v    *ContextVar
	ctx  *Context
	old  Value // nil: the variable was not set (Token.MISSING)
	used bool
}

var (
	contextClass    = NewClass("Context", "_contextvars")
	contextVarClass = NewClass("ContextVar", "_contextvars")
	tokenClass      = NewClass("Token", "_contextvars")
	tokenMissing    = &Object{Class: NewClass("Token.MISSING", "_contextvars")}
)

func (*Context) Type() *Class    { return contextClass }
func (*ContextVar) Type() *Class { return contextVarClass }
func (*Token) Type() *Class      { return tokenClass }

func (c *Context) with(v *ContextVar, x Value) *Context {
	n := &Context{vars: make(map[*ContextVar]Value, len(c.vars)+1), order: c.order}
	for k, val := range c.vars {
		n.vars[k] = val
	}
	if _, ok := c.vars[v]; !ok {
		n.order = append(append([]*ContextVar(nil), c.order...), v)
	}
	n.vars[v] = x
	return n
}

func (c *Context) without(v *ContextVar) *Context {
	n := &Context{vars: map[*ContextVar]Value{}}
	for _, k := range c.order {
		if k != v {
			n.vars[k] = c.vars[k]
			n.order = append(n.order, k)
		}
	}
	return n
}

// current is the running context, made on first use.
func (in *Interp) current() *Context {
	if in.context == nil {
		in.context = &Context{vars: map[*ContextVar]Value{}}
	}
	return in.context
}

// NewContext is contextvars.Context(): an empty context, a new thread's.
func NewContext() Value { return &Context{vars: map[*ContextVar]Value{}} }

// CopyContext is contextvars.copy_context().
func (in *Interp) CopyContext() Value {
	c := in.current()
	return &Context{vars: c.vars, order: c.order}
}

// SwapContext makes ctx (a value CopyContext returned) the current
// context and returns the one it replaces, for the caller to restore.
func (in *Interp) SwapContext(ctx Value) Value {
	prev := in.current()
	if c, ok := ctx.(*Context); ok {
		in.context = c
	}
	return prev
}

// The changes a context records are kept in the *Context itself, which
// set() must update in place (the current context is shared by everyone
// who runs in it): set builds the changed map and stores it back.
func (in *Interp) setVar(v *ContextVar, x Value) *Token {
	c := in.current()
	old, had := c.vars[v]
	n := c.with(v, x)
	c.vars, c.order = n.vars, n.order
	t := &Token{v: v, ctx: c}
	if had {
		t.old = old
	}
	return t
}

func init() {
	RegisterModule("contextvars", func(in *Interp) (*Module, error) {
		m := NewModule("contextvars")
		m.Dict["Context"] = contextClass
		m.Dict["ContextVar"] = contextVarClass
		m.Dict["Token"] = tokenClass
		m.Dict["copy_context"] = NewBuiltin("copy_context", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("copy_context", args, 0, 0); err != nil {
				return nil, err
			}
			return in.CopyContext(), nil
		})
		return m, nil
	})
	tokenClass.SetAttr("MISSING", tokenMissing)

	contextVarClass.New = func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		var name string
		var def Value
		for _, k := range kw {
			if k.Name != "default" {
				return nil, Errorf(TypeErrorClass, "ContextVar() got an unexpected keyword argument '%s'", k.Name)
			}
			def = k.Value
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "ContextVar() takes exactly 1 positional argument (%d given)", len(args))
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "context variable name must be a str")
		}
		name = string(s)
		return &ContextVar{name: name, def: def}, nil
	}
	cv := func(in *Interp, self Value) *ContextVar { return self.(*ContextVar) }
	contextVarClass.DefProperty("name", func(in *Interp, self Value) (Value, error) { return Str(cv(in, self).name), nil }, nil)
	contextVarClass.DefMethod("get", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v := cv(in, self)
		if err := nargs("get", args, 0, 1); err != nil {
			return nil, err
		}
		if x, ok := in.current().vars[v]; ok {
			return x, nil
		}
		if len(args) == 1 {
			return args[0], nil
		}
		if v.def != nil {
			return v.def, nil
		}
		return nil, NewException(LookupErrorClass, v)
	})
	contextVarClass.DefMethod("set", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("set", args, 1, 1); err != nil {
			return nil, err
		}
		return in.setVar(cv(in, self), args[0]), nil
	})
	contextVarClass.DefMethod("reset", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v := cv(in, self)
		if err := nargs("reset", args, 1, 1); err != nil {
			return nil, err
		}
		t, ok := args[0].(*Token)
		if !ok {
			return nil, Errorf(TypeErrorClass, "expected an instance of Token, got %s", Repr(in, args[0]))
		}
		if t.used {
			return nil, Errorf(RuntimeErrorClass, "%s has already been used once", Repr(in, t))
		}
		if t.v != v {
			return nil, Errorf(ValueErrorClass, "%s was created by a different ContextVar", Repr(in, t))
		}
		c := in.current()
		if t.ctx != c {
			return nil, Errorf(ValueErrorClass, "%s was created in a different Context", Repr(in, t))
		}
		t.used = true
		var n *Context
		if t.old == nil {
			n = c.without(v)
		} else {
			n = c.with(v, t.old)
		}
		c.vars, c.order = n.vars, n.order
		return None, nil
	})
	contextVarClass.DefMethod("__repr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v := cv(in, self)
		s := fmt.Sprintf("<ContextVar name=%s", Repr(in, Str(v.name)))
		if v.def != nil {
			s += " default=" + Repr(in, v.def)
		}
		return Str(s + " at " + in.addr(v) + ">"), nil
	})

	tok := func(self Value) *Token { return self.(*Token) }
	tokenClass.DefProperty("var", func(in *Interp, self Value) (Value, error) { return tok(self).v, nil }, nil)
	tokenClass.DefProperty("old_value", func(in *Interp, self Value) (Value, error) {
		if t := tok(self); t.old != nil {
			return t.old, nil
		}
		return tokenMissing, nil
	}, nil)
	tokenClass.DefMethod("__repr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		t := tok(self)
		used := ""
		if t.used {
			used = " used"
		}
		return Str(fmt.Sprintf("<Token%s var=%s at %s>", used, Repr(in, t.v), in.addr(t))), nil
	})
	tokenMissing.Class.DefMethod("__repr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str("<Token.MISSING>"), nil
	})

	ctxOf := func(self Value) *Context { return self.(*Context) }
	contextClass.New = func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorClass, "Context() does not accept any arguments")
		}
		return &Context{vars: map[*ContextVar]Value{}}, nil
	}
	contextClass.DefMethod("run", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		c := ctxOf(self)
		if len(args) == 0 {
			return nil, Errorf(TypeErrorClass, "run() missing 1 required positional argument")
		}
		if c.entered {
			return nil, Errorf(RuntimeErrorClass, "cannot enter context: %s is already entered", Repr(in, c))
		}
		c.entered = true
		prev := in.SwapContext(c)
		defer func() { in.context = prev.(*Context); c.entered = false }()
		return in.Call(args[0], args[1:], kw)
	})
	contextClass.DefMethod("copy", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		c := ctxOf(self)
		return &Context{vars: c.vars, order: c.order}, nil
	})
	varArg := func(v Value) (*ContextVar, error) {
		x, ok := v.(*ContextVar)
		if !ok {
			return nil, Errorf(TypeErrorClass, "a ContextVar key was expected, got %s", Repr(nil, v))
		}
		return x, nil
	}
	contextClass.DefMethod("__getitem__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v, err := varArg(args[0])
		if err != nil {
			return nil, err
		}
		if x, ok := ctxOf(self).vars[v]; ok {
			return x, nil
		}
		return nil, NewException(KeyErrorClass, v)
	})
	contextClass.DefMethod("get", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := nargs("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, err := varArg(args[0])
		if err != nil {
			return nil, err
		}
		if x, ok := ctxOf(self).vars[v]; ok {
			return x, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	contextClass.DefMethod("__contains__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		v, err := varArg(args[0])
		if err != nil {
			return nil, err
		}
		_, ok := ctxOf(self).vars[v]
		return Bool(ok), nil
	})
	contextClass.DefMethod("__len__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(len(ctxOf(self).vars)), nil
	})
	list := func(f func(c *Context, v *ContextVar) Value) func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
			c := ctxOf(self)
			out := make([]Value, 0, len(c.order))
			for _, v := range c.order {
				out = append(out, f(c, v))
			}
			return NewList(out), nil
		}
	}
	contextClass.DefMethod("keys", list(func(c *Context, v *ContextVar) Value { return v }))
	contextClass.DefMethod("values", list(func(c *Context, v *ContextVar) Value { return c.vars[v] }))
	contextClass.DefMethod("items", list(func(c *Context, v *ContextVar) Value { return Tuple{v, c.vars[v]} }))
}
