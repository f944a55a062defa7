package eval

import (
	"fmt"
	"strings"
	"sync"

	"taskline/engine/py/ast"
	"taskline/engine/trace"
)

// Exception is an instance of BaseException or a subclass. It is also the Go
// error by which Python exceptions propagate through the evaluator.
type Exception struct {
	Class           *Class
	Args            Tuple
	Dict            map[string]Value
	Cause           Value // __cause__: an *Exception or None (nil: unset)
	Context         *Exception
	SuppressContext bool
	Notes           []string
	// Group holds the sub-exceptions of a (Base)ExceptionGroup and Msg its
	// message.
	Group []*Exception
	Msg   string

	// tb is the traceback, innermost entry first; tbFrame is the frame that
	// added the last entry, so that an exception passing through a frame is
	// recorded once.
	tb    []tbEntry
	tbAct uint64 // the activation (frame) that added the last entry
	// tbCaught is how many entries tb had when a handler (except, finally,
	// a with statement's exit) last caught the exception: what its
	// __traceback__ holds, since frames it passes through afterwards go
	// only to the thread state's traceback (see KeepCaughtTraceback).
	tbCaught int
	// pendAct is the activation whose innermost raising expression spans
	// pendStart to pendEnd; its traceback entry, when added, takes them.
	pendAct            uint64
	pendStart, pendEnd ast.Pos
	// suggest computes the "Did you mean" hint that CPython's traceback
	// printer appends to NameError and AttributeError (not part of str(e)).
	suggest func() string
	// recorded is set once a raise event was recorded for the exception.
	recorded bool
	// Code is SystemExit's code.
}

type tbEntry struct {
	fn   *funcCode
	line int
	// start and end are the span of the expression (or statement) that
	// raised, as the instruction positions of CPython 3.11 give it; zero
	// when unknown.
	start, end ast.Pos
	lib        *LibFrame // a library frame Taskline does not run, shown as data
	// locals are the locals of a coroutine's or generator's frame, which
	// the traceback keeps alive as CPython's tb_frame does: a failed task
	// held in a variable of a frame of an uncaught exception is collected
	// (and reported "never retrieved") only after the traceback is printed.
	// Recycled frames of plain functions are not kept.
	locals []Value
}

// LibFrame is a frame of one of CPython's own library files (asyncio's
// runners.py, tasks.py …) that CPython shows in a traceback where Taskline
// runs native code: its place, source line and caret line ("" for none),
// as the modelled version prints them.
type LibFrame struct {
	File   string
	Line   int
	Func   string
	Text   string // the source line, stripped
	Carets string // the caret line under it, without its newline
}

func (f *LibFrame) entry() tbEntry {
	k := libKey{f.File, f.Func, f.Line}
	c, ok := libCodes.Load(k)
	if !ok {
		c, _ = libCodes.LoadOrStore(k, &funcCode{name: f.Func, qualname: f.Func, file: f.File, line: f.Line})
	}
	return tbEntry{fn: c.(*funcCode), line: f.Line, lib: f}
}

// libCodes holds the funcCode of each library frame a traceback has
// shown, shared by all its entries (tracebacks read only its name and
// file): a TaskGroup that cancels 5,000 sleeping tasks adds asyncio.sleep's
// frame to 5,000 tracebacks. Interpreters may run in parallel (tests), so
// it is a sync.Map.
var libCodes sync.Map // libKey → *funcCode

type libKey struct {
	file, fn string
	line     int
}

// AddOuterLibFrames adds library frames on the outer side of e's
// traceback: native code that CPython runs as Python (asyncio.run's
// runners.py and base_events.py frames) passed e on. fs is in printed
// order, outermost first.
func (e *Exception) AddOuterLibFrames(fs []LibFrame) {
	for i := len(fs) - 1; i >= 0; i-- {
		e.tb = append(e.tb, fs[i].entry())
	}
	// The next Python frame adds its own entry even if it added one
	// before the library frames.
	e.tbAct, e.pendAct = 0, 0
}

// AddInnerLibFrames adds library frames on the inner side of e's
// traceback, where CPython raised e inside its own Python code
// (asyncio.sleep's frames). fs is in printed order, outermost first.
func (e *Exception) AddInnerLibFrames(fs []LibFrame) {
	inner := make([]tbEntry, 0, len(fs)+len(e.tb))
	for i := len(fs) - 1; i >= 0; i-- {
		inner = append(inner, fs[i].entry())
	}
	e.tb = append(inner, e.tb...)
}

// MarkCaught records that a handler caught e (see tbCaught).
func (e *Exception) MarkCaught() { e.tbCaught = len(e.tb) }

// KeepCaughtTraceback cuts e's traceback to what its __traceback__ held
// when a handler last caught it: what remains of an exception that C code
// took with PyErr_Fetch and kept without attaching the traceback (3.9 and
// 3.10's Task step keeps a CancelledError so, to chain it later).
func (e *Exception) KeepCaughtTraceback() {
	clear(e.tb[e.tbCaught:])
	e.tb = e.tb[:e.tbCaught]
}

// Type returns the exception's class.
func (e *Exception) Type() *Class { return e.Class }

// InstDict returns the exception's attribute dictionary.
func (e *Exception) InstDict() map[string]Value {
	if e.Dict == nil {
		e.Dict = map[string]Value{}
	}
	return e.Dict
}

// Error returns "Type: message" (with the bare class name).
func (e *Exception) Error() string {
	msg := excStr(e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// IsInstance reports whether the exception is an instance of cls.
func (e *Exception) IsInstance(cls *Class) bool { return e.Class.IsSubclass(cls) }

// NewException returns an exception of class cls with the given args.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{Class: cls, Args: Tuple(args)}
}

// Errorf returns an exception of class cls whose single argument is the
// formatted message.
func Errorf(cls *Class, format string, a ...any) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(fmt.Sprintf(format, a...))}}
}

// NewExceptionClass defines an exception class with the given base, for
// native modules: NewExceptionClass("CancelledError", "asyncio.exceptions",
// BaseException).
func NewExceptionClass(name, module string, base *Class) *Class {
	c := NewClass(name, module, base)
	c.native = false
	return c
}

// excStr is str(exc) for the builtin exception types.
func excStr(e *Exception) string {
	if e.Class.IsSubclass(KeyErrorClass) && len(e.Args) == 1 {
		return Repr(nil, e.Args[0])
	}
	if e.Group != nil || e.Class.IsSubclass(BaseExceptionGroupClass) {
		n := len(e.Group)
		s := "s"
		if n == 1 {
			s = ""
		}
		return fmt.Sprintf("%s (%d sub-exception%s)", e.Msg, n, s)
	}
	if e.Class.IsSubclass(OSErrorClass) && len(e.Args) >= 2 {
		if n, ok := e.Args[0].(Int); ok {
			s := fmt.Sprintf("[Errno %d] %s", n, Str_(nil, e.Args[1]))
			if len(e.Args) >= 3 {
				s += ": " + Repr(nil, e.Args[2])
			}
			return s
		}
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return Str_(nil, e.Args[0])
	}
	return Repr(nil, e.Args)
}

// Builtin classes. They are created in init, in dependency order.
var (
	ObjectClass, TypeClass, NoneTypeClass, BoolClass, IntClass, FloatClass, StrClass, BytesClass,
	TupleClass, ListClass, DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass, EllipsisClass, ModuleClass,
	FunctionClass, BuiltinFunctionClass, MethodClass, PropertyClass, StaticMethodClass, ClassMethodClass,
	GeneratorClass, CoroutineClass, AsyncGeneratorClass, IteratorClass, CellClass, SuperClass,
	DictKeysClass, DictValuesClass, DictItemsClass, NotImplementedClass *Class

	BaseExceptionClass, BaseExceptionGroupClass, ExceptionClass, ExceptionGroupClass, SystemExitClass,
	KeyboardInterruptClass, GeneratorExitClass, StopIterationClass, StopAsyncIterationClass,
	ArithmeticErrorClass, ZeroDivisionErrorClass, OverflowErrorClass, AssertionErrorClass,
	AttributeErrorClass, LookupErrorClass, IndexErrorClass, KeyErrorClass, NameErrorClass,
	UnboundLocalErrorClass, RuntimeErrorClass, RecursionErrorClass, NotImplementedErrorClass,
	TypeErrorClass, ValueErrorClass, UnicodeErrorClass, OSErrorClass, TimeoutErrorClass,
	ConnectionErrorClass, ImportErrorClass, ModuleNotFoundErrorClass, StopIterationErrorClass,
	BufferErrorClass, EOFErrorClass, MemoryErrorClass, SyntaxErrorClass, WarningClass,
	DeprecationWarningClass, UserWarningClass, RuntimeWarningClass, FileNotFoundErrorClass,
	PermissionErrorClass, InterruptedErrorClass, ProcessLookupErrorClass, ConnectionResetErrorClass,
	BrokenPipeErrorClass, ChildProcessErrorClass, FileExistsErrorClass, IsADirectoryErrorClass,
	NotADirectoryErrorClass, BlockingIOErrorClass, UnicodeDecodeErrorClass, UnicodeEncodeErrorClass,
	FloatingPointErrorClass, ReferenceErrorClass, SystemErrorClass, IndentationErrorClass, TabErrorClass *Class
)

// NotImplemented is the NotImplemented singleton.
type notImplementedType struct{}

func (notImplementedType) Type() *Class { return NotImplementedClass }

var NotImplemented Value = notImplementedType{}

func builtinClass(name string, bases ...*Class) *Class {
	c := NewClass(name, "builtins", bases...)
	return c
}

// initCore creates the builtin classes; it runs first (from builtins.go's
// init) because every other class derives from them.
func initCore() {
	ObjectClass = &Class{Name: "object", Qualname: "object", Module: "builtins", Dict: map[string]Value{}, native: true}
	ObjectClass.MRO = []*Class{ObjectClass}
	TypeClass = builtinClass("type")
	NoneTypeClass = builtinClass("NoneType")
	IntClass = builtinClass("int")
	BoolClass = builtinClass("bool", IntClass)
	FloatClass = builtinClass("float")
	StrClass = builtinClass("str")
	BytesClass = builtinClass("bytes")
	TupleClass = builtinClass("tuple")
	ListClass = builtinClass("list")
	DictClass = builtinClass("dict")
	SetClass = builtinClass("set")
	FrozenSetClass = builtinClass("frozenset")
	RangeClass = builtinClass("range")
	SliceClass = builtinClass("slice")
	EllipsisClass = builtinClass("ellipsis")
	ModuleClass = builtinClass("module")
	FunctionClass = builtinClass("function")
	BuiltinFunctionClass = builtinClass("builtin_function_or_method")
	MethodClass = builtinClass("method")
	PropertyClass = builtinClass("property")
	StaticMethodClass = builtinClass("staticmethod")
	ClassMethodClass = builtinClass("classmethod")
	GeneratorClass = builtinClass("generator")
	CoroutineClass = builtinClass("coroutine")
	AsyncGeneratorClass = builtinClass("async_generator")
	IteratorClass = builtinClass("iterator")
	CellClass = builtinClass("cell")
	SuperClass = builtinClass("super")
	DictKeysClass = builtinClass("dict_keys")
	DictValuesClass = builtinClass("dict_values")
	DictItemsClass = builtinClass("dict_items")
	NotImplementedClass = builtinClass("NotImplementedType")

	exc := func(name string, base ...*Class) *Class {
		c := builtinClass(name, base...)
		c.isExc = true
		c.native = false
		return c
	}
	BaseExceptionClass = exc("BaseException")
	BaseExceptionClass.New = newException
	SystemExitClass = exc("SystemExit", BaseExceptionClass)
	KeyboardInterruptClass = exc("KeyboardInterrupt", BaseExceptionClass)
	GeneratorExitClass = exc("GeneratorExit", BaseExceptionClass)
	ExceptionClass = exc("Exception", BaseExceptionClass)
	BaseExceptionGroupClass = exc("BaseExceptionGroup", BaseExceptionClass)
	ExceptionGroupClass = exc("ExceptionGroup", BaseExceptionGroupClass, ExceptionClass)
	StopIterationClass = exc("StopIteration", ExceptionClass)
	StopAsyncIterationClass = exc("StopAsyncIteration", ExceptionClass)
	ArithmeticErrorClass = exc("ArithmeticError", ExceptionClass)
	ZeroDivisionErrorClass = exc("ZeroDivisionError", ArithmeticErrorClass)
	OverflowErrorClass = exc("OverflowError", ArithmeticErrorClass)
	FloatingPointErrorClass = exc("FloatingPointError", ArithmeticErrorClass)
	AssertionErrorClass = exc("AssertionError", ExceptionClass)
	AttributeErrorClass = exc("AttributeError", ExceptionClass)
	BufferErrorClass = exc("BufferError", ExceptionClass)
	EOFErrorClass = exc("EOFError", ExceptionClass)
	ImportErrorClass = exc("ImportError", ExceptionClass)
	ModuleNotFoundErrorClass = exc("ModuleNotFoundError", ImportErrorClass)
	LookupErrorClass = exc("LookupError", ExceptionClass)
	IndexErrorClass = exc("IndexError", LookupErrorClass)
	KeyErrorClass = exc("KeyError", LookupErrorClass)
	MemoryErrorClass = exc("MemoryError", ExceptionClass)
	NameErrorClass = exc("NameError", ExceptionClass)
	UnboundLocalErrorClass = exc("UnboundLocalError", NameErrorClass)
	OSErrorClass = exc("OSError", ExceptionClass)
	BlockingIOErrorClass = exc("BlockingIOError", OSErrorClass)
	ChildProcessErrorClass = exc("ChildProcessError", OSErrorClass)
	ConnectionErrorClass = exc("ConnectionError", OSErrorClass)
	BrokenPipeErrorClass = exc("BrokenPipeError", ConnectionErrorClass)
	ConnectionResetErrorClass = exc("ConnectionResetError", ConnectionErrorClass)
	FileExistsErrorClass = exc("FileExistsError", OSErrorClass)
	FileNotFoundErrorClass = exc("FileNotFoundError", OSErrorClass)
	InterruptedErrorClass = exc("InterruptedError", OSErrorClass)
	IsADirectoryErrorClass = exc("IsADirectoryError", OSErrorClass)
	NotADirectoryErrorClass = exc("NotADirectoryError", OSErrorClass)
	PermissionErrorClass = exc("PermissionError", OSErrorClass)
	ProcessLookupErrorClass = exc("ProcessLookupError", OSErrorClass)
	TimeoutErrorClass = exc("TimeoutError", OSErrorClass)
	ReferenceErrorClass = exc("ReferenceError", ExceptionClass)
	RuntimeErrorClass = exc("RuntimeError", ExceptionClass)
	NotImplementedErrorClass = exc("NotImplementedError", RuntimeErrorClass)
	RecursionErrorClass = exc("RecursionError", RuntimeErrorClass)
	SyntaxErrorClass = exc("SyntaxError", ExceptionClass)
	IndentationErrorClass = exc("IndentationError", SyntaxErrorClass)
	TabErrorClass = exc("TabError", IndentationErrorClass)
	SystemErrorClass = exc("SystemError", ExceptionClass)
	TypeErrorClass = exc("TypeError", ExceptionClass)
	ValueErrorClass = exc("ValueError", ExceptionClass)
	UnicodeErrorClass = exc("UnicodeError", ValueErrorClass)
	UnicodeDecodeErrorClass = exc("UnicodeDecodeError", UnicodeErrorClass)
	UnicodeEncodeErrorClass = exc("UnicodeEncodeError", UnicodeErrorClass)
	WarningClass = exc("Warning", ExceptionClass)
	DeprecationWarningClass = exc("DeprecationWarning", WarningClass)
	UserWarningClass = exc("UserWarning", WarningClass)
	RuntimeWarningClass = exc("RuntimeWarning", WarningClass)
	initExceptionMethods()
}

var exceptionClasses = func() func() []*Class {
	return func() []*Class {
		return []*Class{BaseExceptionClass, BaseExceptionGroupClass, ExceptionClass, ExceptionGroupClass, SystemExitClass,
			KeyboardInterruptClass, GeneratorExitClass, StopIterationClass, StopAsyncIterationClass,
			ArithmeticErrorClass, ZeroDivisionErrorClass, OverflowErrorClass, AssertionErrorClass,
			AttributeErrorClass, LookupErrorClass, IndexErrorClass, KeyErrorClass, NameErrorClass,
			UnboundLocalErrorClass, RuntimeErrorClass, RecursionErrorClass, NotImplementedErrorClass,
			TypeErrorClass, ValueErrorClass, UnicodeErrorClass, OSErrorClass, TimeoutErrorClass,
			ConnectionErrorClass, ImportErrorClass, ModuleNotFoundErrorClass,
			BufferErrorClass, EOFErrorClass, MemoryErrorClass, SyntaxErrorClass, WarningClass,
			DeprecationWarningClass, UserWarningClass, RuntimeWarningClass, FileNotFoundErrorClass,
			PermissionErrorClass, InterruptedErrorClass, ProcessLookupErrorClass, ConnectionResetErrorClass,
			BrokenPipeErrorClass, ChildProcessErrorClass, FileExistsErrorClass, IsADirectoryErrorClass,
			NotADirectoryErrorClass, BlockingIOErrorClass, UnicodeDecodeErrorClass, UnicodeEncodeErrorClass,
			FloatingPointErrorClass, ReferenceErrorClass, SystemErrorClass, IndentationErrorClass, TabErrorClass}
	}
}()

// newException is BaseException.__new__: it records the arguments.
func newException(in *Interp, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if cls == OSErrorClass && len(args) >= 2 {
		if n, ok := args[0].(Int); ok {
			if sub, ok := errnoClasses()[int(n)]; ok {
				cls = sub
			}
		}
	}
	e := &Exception{Class: cls, Args: append(Tuple(nil), args...)}
	if cls.IsSubclass(BaseExceptionGroupClass) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorClass, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
		}
		msg, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "argument 1 must be str, not %s", args[0].Type().Name)
		}
		items, err := in.iterate(args[1])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, Errorf(ValueErrorClass, "second argument (exceptions) must be a non-empty sequence")
		}
		allExc := true
		for i, it := range items {
			x, ok := it.(*Exception)
			if !ok {
				return nil, Errorf(ValueErrorClass, "Item %d of second argument (exceptions) is not an exception", i)
			}
			if !x.Class.IsSubclass(ExceptionClass) {
				allExc = false
			}
			e.Group = append(e.Group, x)
		}
		if cls == BaseExceptionGroupClass && allExc {
			e.Class = ExceptionGroupClass
		} else if cls.IsSubclass(ExceptionClass) && !allExc {
			return nil, Errorf(TypeErrorClass, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
		e.Msg = string(msg)
		e.Args = Tuple{msg, Tuple(items)}
	}
	return e, nil
}

func initExceptionMethods() {
	b := BaseExceptionClass
	b.DefMethod("__init__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if e, ok := self.(*Exception); ok && e.Group == nil {
			e.Args = append(Tuple(nil), args...)
		}
		return None, nil
	})
	b.DefMethod("__str__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(excStr(self.(*Exception))), nil
	})
	b.DefMethod("__repr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		e := self.(*Exception)
		if e.Group != nil {
			parts := make([]string, len(e.Group))
			for i, x := range e.Group {
				parts[i] = Repr(in, x)
			}
			return Str(fmt.Sprintf("%s(%s, [%s])", e.Class.Name, Repr(in, Str(e.Msg)), strings.Join(parts, ", "))), nil
		}
		if len(e.Args) == 1 {
			return Str(e.Class.Name + "(" + Repr(in, e.Args[0]) + ")"), nil
		}
		return Str(e.Class.Name + Repr(in, e.Args)), nil
	})
	b.DefMethod("with_traceback", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return self, nil
	})
	b.DefMethod("add_note", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "BaseException.add_note() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorClass, "note must be a str, not '%s'", args[0].Type().Name)
		}
		e := self.(*Exception)
		e.Notes = append(e.Notes, string(s))
		return None, nil
	})
	b.DefProperty("args", func(in *Interp, self Value) (Value, error) { return self.(*Exception).Args, nil },
		func(in *Interp, self, v Value) error {
			items, err := in.iterate(v)
			self.(*Exception).Args = Tuple(items)
			return err
		})
	b.DefProperty("__cause__", func(in *Interp, self Value) (Value, error) {
		if c := self.(*Exception).Cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(in *Interp, self, v Value) error {
		e := self.(*Exception)
		e.Cause, e.SuppressContext = v, true
		return nil
	})
	b.DefProperty("__context__", func(in *Interp, self Value) (Value, error) {
		if c := self.(*Exception).Context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(in *Interp, self, v Value) error {
		x, _ := v.(*Exception)
		self.(*Exception).Context = x
		return nil
	})
	b.DefProperty("__suppress_context__", func(in *Interp, self Value) (Value, error) {
		return Bool(self.(*Exception).SuppressContext), nil
	}, func(in *Interp, self, v Value) error {
		self.(*Exception).SuppressContext = Truth(v)
		return nil
	})
	b.DefProperty("__traceback__", func(in *Interp, self Value) (Value, error) { return None, nil }, nil)
	b.DefProperty("__notes__", func(in *Interp, self Value) (Value, error) {
		e := self.(*Exception)
		if e.Notes == nil {
			return nil, Errorf(AttributeErrorClass, "'%s' object has no attribute '__notes__'", e.Class.Name)
		}
		l := make([]Value, len(e.Notes))
		for i, n := range e.Notes {
			l[i] = Str(n)
		}
		return NewList(l), nil
	}, nil)
	StopIterationClass.DefProperty("value", func(in *Interp, self Value) (Value, error) {
		e := self.(*Exception)
		if len(e.Args) > 0 {
			return e.Args[0], nil
		}
		return None, nil
	}, nil)
	SystemExitClass.DefProperty("code", func(in *Interp, self Value) (Value, error) {
		e := self.(*Exception)
		switch len(e.Args) {
		case 0:
			return None, nil
		case 1:
			return e.Args[0], nil
		}
		return e.Args, nil
	}, nil)
	osArg := func(i int) func(in *Interp, self Value) (Value, error) {
		return func(in *Interp, self Value) (Value, error) {
			e := self.(*Exception)
			if len(e.Args) >= 2 && len(e.Args) > i {
				return e.Args[i], nil
			}
			return None, nil
		}
	}
	OSErrorClass.DefProperty("errno", osArg(0), nil)
	OSErrorClass.DefProperty("strerror", osArg(1), nil)
	OSErrorClass.DefProperty("filename", osArg(2), nil)
	g := BaseExceptionGroupClass
	g.DefProperty("message", func(in *Interp, self Value) (Value, error) { return Str(self.(*Exception).Msg), nil }, nil)
	g.DefProperty("exceptions", func(in *Interp, self Value) (Value, error) {
		e := self.(*Exception)
		t := make(Tuple, len(e.Group))
		for i, x := range e.Group {
			t[i] = x
		}
		return t, nil
	}, nil)
	g.DefMethod("split", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "split() takes exactly one argument")
		}
		m, rest, err := in.splitGroup(self.(*Exception), args[0])
		if err != nil {
			return nil, err
		}
		return Tuple{noneIfNil(m), noneIfNil(rest)}, nil
	})
	g.DefMethod("subgroup", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorClass, "subgroup() takes exactly one argument")
		}
		m, _, err := in.splitGroup(self.(*Exception), args[0])
		if err != nil {
			return nil, err
		}
		return noneIfNil(m), nil
	})
	g.DefMethod("derive", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		e := self.(*Exception)
		v, err := newException(in, BaseExceptionGroupClass, []Value{Str(e.Msg), args[0]}, nil)
		return v, err
	})
}

func errnoClasses() map[int]*Class {
	return map[int]*Class{
		1: PermissionErrorClass, 2: FileNotFoundErrorClass, 3: ProcessLookupErrorClass, 4: InterruptedErrorClass,
		10: ChildProcessErrorClass, 11: BlockingIOErrorClass, 13: PermissionErrorClass, 17: FileExistsErrorClass,
		20: NotADirectoryErrorClass, 21: IsADirectoryErrorClass, 32: BrokenPipeErrorClass,
		104: ConnectionResetErrorClass, 110: TimeoutErrorClass,
	}
}

func noneIfNil(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// splitGroup implements BaseExceptionGroup.split: the matching leaves and
// the rest, each as a group of the same shape (nil when empty).
func (in *Interp) splitGroup(g *Exception, cond Value) (match, rest *Exception, err error) {
	pred, err := in.exceptMatcher(cond)
	if err != nil {
		return nil, nil, err
	}
	match, rest, err = splitRec(in, g, pred)
	return
}

func (in *Interp) exceptMatcher(cond Value) (func(*Exception) (bool, error), error) {
	switch c := cond.(type) {
	case *Class:
		if !c.isExc {
			break
		}
		return func(e *Exception) (bool, error) { return e.Class.IsSubclass(c), nil }, nil
	case Tuple:
		var cls []*Class
		for _, x := range c {
			k, ok := x.(*Class)
			if !ok || !k.isExc {
				return nil, Errorf(TypeErrorClass, "expected a function, exception type or tuple of exception types")
			}
			cls = append(cls, k)
		}
		return func(e *Exception) (bool, error) {
			for _, k := range cls {
				if e.Class.IsSubclass(k) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	default:
		if in.callable(cond) {
			return func(e *Exception) (bool, error) {
				v, err := in.Call(cond, []Value{e}, nil)
				if err != nil {
					return false, err
				}
				return Truth(v), nil
			}, nil
		}
	}
	return nil, Errorf(TypeErrorClass, "expected a function, exception type or tuple of exception types")
}

func splitRec(in *Interp, e *Exception, pred func(*Exception) (bool, error)) (match, rest *Exception, err error) {
	ok, err := pred(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if e.Group == nil {
		return nil, e, nil
	}
	var ms, rs []*Exception
	for _, x := range e.Group {
		m, r, err := splitRec(in, x, pred)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	derive := func(xs []*Exception) *Exception {
		if len(xs) == 0 {
			return nil
		}
		cls := BaseExceptionGroupClass
		all := true
		for _, x := range xs {
			if !x.Class.IsSubclass(ExceptionClass) {
				all = false
			}
		}
		if all {
			cls = ExceptionGroupClass
		}
		args := make(Tuple, len(xs))
		for i, x := range xs {
			args[i] = x
		}
		d := &Exception{Class: cls, Group: xs, Msg: e.Msg, Args: Tuple{Str(e.Msg), args}}
		d.Cause, d.Context, d.SuppressContext, d.tb, d.tbAct, d.Notes = e.Cause, e.Context, e.SuppressContext, e.tb, e.tbAct, e.Notes
		return d
	}
	return derive(ms), derive(rs), nil
}

// makeException turns the operand of raise into an exception instance.
func (in *Interp) makeException(v Value) (*Exception, error) {
	if k, ok := v.(*Class); ok {
		if !k.isExc {
			return nil, Errorf(TypeErrorClass, "exceptions must derive from BaseException")
		}
		r, err := in.Call(k, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.(*Exception)
	if !ok {
		return nil, Errorf(TypeErrorClass, "exceptions must derive from BaseException")
	}
	return e, nil
}

// matchExcept evaluates an except clause's type against e.
func (in *Interp) matchExcept(t Value, e *Exception) (bool, error) {
	switch k := t.(type) {
	case *Class:
		if !k.isExc {
			break
		}
		return e.Class.IsSubclass(k), nil
	case Tuple:
		for _, x := range k {
			ok, err := in.matchExcept(x, e)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorClass, "catching classes that do not inherit from BaseException is not allowed")
}

func setContext(err error, ctx *Exception) {
	if e, ok := err.(*Exception); ok && e != ctx && e.Context == nil {
		// Avoid cycles, as CPython does.
		for x := ctx; x != nil; x = x.Context {
			if x == e {
				return
			}
		}
		e.Context = ctx
	}
}

func (in *Interp) raiseEvent(e *Exception) {
	e.recorded = true
	if in.Rec != nil {
		in.Rec.Event(in.CurrentTask(), trace.EvRaise, in.Pos(), in.ExceptionLine(e), -1)
	}
}
