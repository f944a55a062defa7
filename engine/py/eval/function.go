package eval

import (
	"fmt"
	"strings"

	"taskline/engine/py/ast"
)

// funcCode is the compiled form of a def, lambda or comprehension.
type funcCode struct {
	name, qualname string
	file           string
	line           int
	kind           int // -1 plain, or KindGenerator/KindCoroutine/KindAsyncGenerator
	nlocals        int
	localNames     []string
	ncells         int // own cells
	cellNames      []string
	// Parameters, in CPython's order: positional (posonly first), the
	// keyword-only ones, then *args and **kwargs.
	nposonly, npos int
	kwonly         []string
	paramNames     []string // npos positional names then kwonly names
	varargs, kwarg string
	paramSlot      []slotRef // where each parameter (paramNames, then *args, then **kw) goes
	exec           stmtFn
}

type slotRef struct {
	cell bool
	i    int
}

// Function is a Python function (def or lambda).
type Function struct {
	code       *funcCode
	defaults   []Value
	kwdefaults map[string]Value
	closure    []*Cell
	g          *globals
	Name       string
	Qualname   string
	Module     string
	dict       map[string]Value
}

// Type returns function.
func (*Function) Type() *Class { return FunctionClass }

// InstDict returns the function's attribute dictionary.
func (f *Function) InstDict() map[string]Value {
	if f.dict == nil {
		f.dict = map[string]Value{}
	}
	return f.dict
}

// IsCoroutineFunction reports whether f is an async def.
func (f *Function) IsCoroutineFunction() bool { return f.code.kind == KindCoroutine }

// DefLine returns the line of the def.
func (f *Function) DefLine() int { return f.code.line }

// frame is one activation of a function, class body or module.
type frame struct {
	code   *funcCode
	locals []Value
	cells  []*Cell
	line   int
	ret    Value
	ns     map[string]Value // class body namespace
	nsOrd  *[]string
	small  [4]Value // backing for small locals, saving an allocation
	back   *frame   // the caller's frame while this one runs
	act    uint64   // unique per activation (frames are recycled)
	big    []Value  // recycled backing for more than len(small) locals
}

func (in *Interp) newAct() uint64 {
	in.acts++
	return in.acts
}

// getFrame returns a frame for a call of c, recycled when possible.
// Frames of plain functions are recycled: nothing keeps a pointer to a
// frame once its call returns (closures hold cells, tracebacks hold
// funcCodes and activation numbers).
func (in *Interp) getFrame(c *funcCode) *frame {
	var fr *frame
	if n := len(in.framePool); n > 0 && c.kind < 0 {
		fr = in.framePool[n-1]
		in.framePool = in.framePool[:n-1]
	} else {
		fr = &frame{}
	}
	fr.code = c
	fr.act = in.newAct()
	switch {
	case c.nlocals <= len(fr.small):
		fr.locals = fr.small[:c.nlocals]
	case cap(fr.big) >= c.nlocals:
		fr.locals = fr.big[:c.nlocals]
	default:
		fr.big = make([]Value, c.nlocals)
		fr.locals = fr.big
	}
	return fr
}

func (in *Interp) putFrame(fr *frame) {
	if len(in.framePool) >= 256 {
		return
	}
	clear(fr.locals)
	big := fr.big
	*fr = frame{big: big}
	in.framePool = append(in.framePool, fr)
}

// enterNested accounts one level of a native operation that recurses into
// a value's parts (repr, comparison, hash): as CPython's
// Py_EnterRecursiveCall, it shares the recursion limit with Python calls,
// raising RecursionError with CPython's message ("maximum recursion depth
// exceeded" + what), and spends a step. leaveNested undoes it.
func (in *Interp) enterNested(what string) error {
	if in == nil {
		return nil
	}
	th := in.th
	if th.depth+th.base >= in.RecursionLimit {
		return Errorf(RecursionErrorClass, "maximum recursion depth exceeded%s", what)
	}
	th.depth++
	if err := in.Step(); err != nil {
		th.depth--
		return err
	}
	return nil
}

func (in *Interp) leaveNested() {
	if in != nil {
		in.th.depth--
	}
}

// body runs the code in fr as a function activation.
func (c *funcCode) body(in *Interp, fr *frame) (Value, error) {
	th := in.th
	native := th.viaNative
	th.viaNative = false
	if th.depth+th.base >= in.RecursionLimit {
		if native {
			return nil, Errorf(RecursionErrorClass, "maximum recursion depth exceeded while calling a Python object")
		}
		return nil, Errorf(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	th.depth++
	saved := th.frame
	fr.back = saved
	th.frame = fr
	err := c.exec(in, fr)
	th.frame = saved
	th.depth--
	if err != nil {
		if err == errReturn {
			v := fr.ret
			fr.ret = nil
			return v, nil
		}
		if e, ok := err.(*Exception); ok && e.tbAct != fr.act {
			// A body that is an expression (lambda, comprehension) has no
			// statement to record its frame.
			line := fr.line
			if line == 0 {
				line = c.line
			}
			if len(e.tb) == 0 && in.minor < 11 {
				fix37(e, in.minor)
			}
			e.addEntry(in.py37, fr, c, line, ast.Pos{}, ast.Pos{})
		}
		return nil, err
	}
	return None, nil
}

// Call calls a Python callable with positional and keyword arguments. It
// is the entry for native code; a RecursionError raised on entering a
// Python function called this way says "while calling a Python object",
// as CPython's does for calls from C.
func (in *Interp) Call(fn Value, args []Value, kw []Kwarg) (Value, error) {
	if _, ok := fn.(*Function); ok {
		in.th.viaNative = true
	}
	return in.call(fn, args, kw)
}

// call calls fn from compiled code.
func (in *Interp) call(fn Value, args []Value, kw []Kwarg) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return f.call(in, args, kw)
	case *Builtin:
		if f.Method != nil {
			self := f.Self
			if self == nil {
				if len(args) == 0 {
					return nil, Errorf(TypeErrorClass, "unbound method %s() needs an argument", f.Qual)
				}
				self, args = args[0], args[1:]
			}
			if err := f.checkSelf(self); err != nil {
				return nil, err
			}
			return f.Method(in, self, args, kw)
		}
		return f.Fn(in, args, kw)
	case *BoundMethod:
		if fn, ok := f.Fn.(*Function); ok {
			return fn.callSelf(in, f.Self, args, kw)
		}
		na := make([]Value, len(args)+1)
		na[0] = f.Self
		copy(na[1:], args)
		return in.call(f.Fn, na, kw)
	case *Class:
		return in.instantiate(f, args, kw)
	}
	if m, ok := fn.Type().lookup("__call__"); ok {
		return in.callMethod(m, fn, args, kw)
	}
	return nil, Errorf(TypeErrorClass, "'%s' object is not callable", fn.Type().Name)
}

// callMethod calls an unbound class attribute m with self prepended.
func (in *Interp) callMethod(m Value, self Value, args []Value, kw []Kwarg) (Value, error) {
	switch f := m.(type) {
	case *Function:
		in.th.viaNative = true
		return f.callSelf(in, self, args, kw)
	case *Builtin:
		if f.Method != nil {
			if err := f.checkSelf(self); err != nil {
				return nil, err
			}
			return f.Method(in, self, args, kw)
		}
		return f.Fn(in, args, kw)
	case *StaticMethod:
		return in.Call(f.Fn, args, kw)
	case *ClassMethod:
		return in.Call(&BoundMethod{Self: self.Type(), Fn: f.Fn}, args, kw)
	}
	na := make([]Value, len(args)+1)
	na[0] = self
	copy(na[1:], args)
	return in.Call(m, na, kw)
}

func (in *Interp) callable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Class:
		return true
	}
	_, ok := v.Type().lookup("__call__")
	return ok
}

func (f *Function) callSelf(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
	var buf [6]Value
	var na []Value
	if len(args)+1 <= len(buf) {
		na = buf[:len(args)+1]
	} else {
		na = make([]Value, len(args)+1)
	}
	na[0] = self
	copy(na[1:], args)
	return f.call(in, na, kw)
}

func (f *Function) call(in *Interp, args []Value, kw []Kwarg) (Value, error) {
	c := f.code
	fr := in.getFrame(c)
	if n := len(c.cellNames); n > 0 {
		fr.cells = make([]*Cell, n)
		for i := 0; i < c.ncells; i++ {
			fr.cells[i] = &Cell{}
		}
		copy(fr.cells[c.ncells:], f.closure)
	}
	if err := f.bind(in, fr, args, kw); err != nil {
		if in.py37 {
			// 3.7 names the function by its name, not its qualname.
			if e, ok := err.(*Exception); ok && len(e.Args) == 1 {
				if s, ok := e.Args[0].(Str); ok && strings.HasPrefix(string(s), c.qualname+"()") {
					e.Args[0] = Str(c.name + string(s)[len(c.qualname):])
				}
			}
		}
		if c.kind < 0 {
			in.putFrame(fr)
		}
		return nil, err
	}
	if c.kind >= 0 {
		in.th.viaNative = false
		if err := in.Alloc(coroutineSize + FiberSize); err != nil {
			return nil, err
		}
		g := &Generator{Kind: c.kind, fn: f, fr: fr, npos: len(args)}
		if len(kw) > 0 {
			g.kwNames = make([]string, len(kw))
			for i, k := range kw {
				g.kwNames[i] = k.Name
			}
		}
		return g, nil
	}
	v, err := c.body(in, fr)
	in.putFrame(fr)
	return v, err
}

func (fr *frame) setParam(r slotRef, v Value) {
	if r.cell {
		fr.cells[r.i].V = v
	} else {
		fr.locals[r.i] = v
	}
}

func (f *Function) bind(in *Interp, fr *frame, args []Value, kw []Kwarg) error {
	c := f.code
	// Fast path: exact positional call.
	if len(kw) == 0 && len(args) == c.npos && c.varargs == "" && len(c.kwonly) == 0 && c.kwarg == "" {
		for i, a := range args {
			fr.setParam(c.paramSlot[i], a)
		}
		return nil
	}
	nparams := c.npos + len(c.kwonly)
	set := make([]bool, nparams)
	n := len(args)
	if n > c.npos {
		if c.varargs == "" {
			return f.tooMany(args, kw)
		}
		n = c.npos
	}
	for i := 0; i < n; i++ {
		fr.setParam(c.paramSlot[i], args[i])
		set[i] = true
	}
	if c.varargs != "" {
		var rest Tuple
		if len(args) > c.npos {
			rest = append(Tuple(nil), args[c.npos:]...)
		} else {
			rest = Tuple{}
		}
		fr.setParam(c.paramSlot[nparams], rest)
	}
	var extra *Dict
	if c.kwarg != "" {
		extra = NewDict()
	}
	for _, k := range kw {
		idx := -1
		for j := c.nposonly; j < nparams; j++ {
			if c.paramNames[j] == k.Name {
				idx = j
				break
			}
		}
		if idx < 0 {
			if extra != nil {
				extra.SetStr(k.Name, k.Value)
				continue
			}
			for j := 0; j < c.nposonly; j++ {
				if c.paramNames[j] == k.Name {
					return Errorf(TypeErrorClass, "%s() got some positional-only arguments passed as keyword arguments: '%s'", c.name, k.Name)
				}
			}
			return Errorf(TypeErrorClass, "%s() got an unexpected keyword argument '%s'", c.qualname, k.Name)
		}
		if set[idx] {
			return Errorf(TypeErrorClass, "%s() got multiple values for argument '%s'", c.qualname, k.Name)
		}
		fr.setParam(c.paramSlot[idx], k.Value)
		set[idx] = true
	}
	if extra != nil {
		slot := nparams
		if c.varargs != "" {
			slot++
		}
		fr.setParam(c.paramSlot[slot], extra)
	}
	// Defaults.
	var missing []string
	firstDef := c.npos - len(f.defaults)
	for i := 0; i < c.npos; i++ {
		if set[i] {
			continue
		}
		if i >= firstDef {
			fr.setParam(c.paramSlot[i], f.defaults[i-firstDef])
			continue
		}
		missing = append(missing, c.paramNames[i])
	}
	if len(missing) > 0 {
		return missingArgs(c.qualname, "positional", missing)
	}
	for i, name := range c.kwonly {
		j := c.npos + i
		if set[j] {
			continue
		}
		if d, ok := f.kwdefaults[name]; ok {
			fr.setParam(c.paramSlot[j], d)
			continue
		}
		missing = append(missing, name)
	}
	if len(missing) > 0 {
		return missingArgs(c.qualname, "keyword-only", missing)
	}
	return nil
}

func missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return Errorf(TypeErrorClass, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

func (f *Function) tooMany(args []Value, kw []Kwarg) error {
	c := f.code
	ndef := len(f.defaults)
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", c.npos-ndef, c.npos)
	} else {
		s := "s"
		if c.npos == 1 {
			s = ""
		}
		takes = fmt.Sprintf("%d positional argument%s", c.npos, s)
	}
	kwGiven := 0
	for _, k := range kw {
		for _, n := range c.kwonly {
			if n == k.Name {
				kwGiven++
			}
		}
	}
	given := fmt.Sprintf("%d", len(args))
	was := "were"
	if len(args) == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		s := "s"
		if kwGiven == 1 {
			s = ""
		}
		given = fmt.Sprintf("%d positional argument%s (and %d keyword-only argument%s)", len(args), map[bool]string{true: "", false: "s"}[len(args) == 1], kwGiven, s)
		return Errorf(TypeErrorClass, "%s() takes %s but %s were given", c.qualname, takes, given)
	}
	return Errorf(TypeErrorClass, "%s() takes %s but %s %s given", c.qualname, takes, given, was)
}

// instantiate calls a class: __new__ (native allocator or object) then
// __init__.
func (in *Interp) instantiate(cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if cls == TypeClass && len(args) == 1 && len(kw) == 0 {
		return args[0].Type(), nil
	}
	var obj Value
	var newFn func(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error)
	for _, k := range cls.MRO {
		if k.New != nil {
			newFn = k.New
			break
		}
		if k == ObjectClass {
			break
		}
		if nv, ok := k.Dict["__new__"]; ok {
			// A __new__ written in Python.
			fn := nv
			if sm, ok := nv.(*StaticMethod); ok {
				fn = sm.Fn
			}
			na := append([]Value{cls}, args...)
			o, err := in.Call(fn, na, kw)
			if err != nil {
				return nil, err
			}
			obj = o
			break
		}
	}
	if obj == nil {
		if newFn != nil {
			o, err := newFn(in, cls, args, kw)
			if err != nil {
				return nil, err
			}
			obj = o
			if cls.native && cls.Module == "builtins" && !cls.isExc {
				// Builtin types do all their work in New.
				return obj, nil
			}
		} else {
			if !cls.hasInit && (len(args) > 0 || len(kw) > 0) {
				return nil, Errorf(TypeErrorClass, "%s() takes no arguments", cls.Name)
			}
			if err := in.Alloc(objectSize); err != nil {
				return nil, err
			}
			obj = &Object{Class: cls}
		}
	}
	if !obj.Type().IsSubclass(cls) {
		return obj, nil
	}
	if init, ok := cls.lookup("__init__"); ok {
		if b, ok := init.(*Builtin); ok && b == objectInit {
			if len(args) > 0 || len(kw) > 0 {
				if !hasCustomNew(cls) && newFn == nil {
					return nil, Errorf(TypeErrorClass, "%s() takes no arguments", cls.Name)
				}
			}
			return obj, nil
		}
		r, err := in.callMethod(init, obj, args, kw)
		if err != nil {
			return nil, err
		}
		if r != None {
			return nil, Errorf(TypeErrorClass, "__init__() should return None, not '%s'", r.Type().Name)
		}
	}
	return obj, nil
}

// hasCustomNew reports whether a class below object defines __new__.
func hasCustomNew(cls *Class) bool {
	for _, k := range cls.MRO {
		if k == ObjectClass {
			return false
		}
		if _, ok := k.Dict["__new__"]; ok {
			return true
		}
	}
	return false
}
