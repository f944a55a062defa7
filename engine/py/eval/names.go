package eval

// The errors a name raises at run time (unbound locals, NameError with
// CPython's suggestion), the builtins older versions lack, and the
// messages versions before 3.11 word differently.

import "strings"

func unboundLocal(name string) error {
	return Errorf(UnboundLocalErrorClass, "cannot access local variable '%s' where it is not associated with a value", name)
}

// newerBuiltins are the builtins CPython 3.7 does not have, each with the
// minor version that brought it.
var newerBuiltins = map[string]int{
	"ExceptionGroup": 11, "BaseExceptionGroup": 11, "aiter": 10, "anext": 10, "EncodingWarning": 10,
}

// fix37 rewrites the messages that CPython before 3.11 words differently
// from 3.11 (minor is the modelled 3.x): the first three changed in 3.11,
// the others after 3.7.
func fix37(e *Exception, minor int) {
	if len(e.Args) != 1 {
		return
	}
	s, ok := e.Args[0].(Str)
	if !ok {
		return
	}
	msg := string(s)
	switch {
	case msg == "integer modulo by zero":
		msg = "integer division or modulo by zero"
	case strings.HasPrefix(msg, "cannot access local variable '") && strings.HasSuffix(msg, "' where it is not associated with a value"):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "cannot access local variable '"), "' where it is not associated with a value")
		msg = "local variable '" + name + "' referenced before assignment"
	case strings.HasPrefix(msg, "cannot access free variable '"):
		name := strings.TrimPrefix(msg, "cannot access free variable '")
		name = name[:strings.IndexByte(name, '\'')]
		msg = "free variable '" + name + "' referenced before assignment in enclosing scope"
	case strings.HasPrefix(msg, "Exceeds the limit (4300 digits) for integer string conversion"):
		// The limit came to 3.7-3.10 as a security fix worded without
		// "digits".
		msg = strings.Replace(msg, "(4300 digits)", "(4300)", 1)
	case minor > 7:
		return
	case strings.HasPrefix(msg, "int() argument must be a string, a bytes-like object or a real number"):
		msg = strings.Replace(msg, "a real number", "a number", 1)
	case strings.HasSuffix(msg, "arg 2 must be a type, a tuple of types, or a union"):
		msg = strings.TrimSuffix(msg, "a type, a tuple of types, or a union") + "a type or tuple of types"
	case strings.HasPrefix(msg, "Replacement index "):
		msg = "tuple index out of range"
	case strings.Contains(msg, " format: a real number is required"):
		msg = strings.Replace(msg, "a real number", "a number", 1)
	default:
		return
	}
	e.Args[0] = Str(msg)
}

// nameError builds NameError with the suggestion CPython's traceback
// printer shows ("Did you mean"), computed as each version computes it:
// 3.10 and 3.11 search the function's variables, then the globals, then
// the builtins (in CPython's own order, cpythonBuiltins), one list after
// the other; 3.12 first offers 'self.NAME' in a method whose instance has
// that attribute; 3.13 does the same, then searches the three lists as
// one. The suggestion is computed when the traceback is printed, as in
// CPython, from what the frame held when the error was raised.
func (in *Interp) nameError(fr *frame, name string) error {
	e := Errorf(NameErrorClass, "name '%s' is not defined", name)
	if in.minor < 10 {
		return e // "Did you mean" came with 3.10
	}
	var locals []string
	var self Value
	if fr != nil && fr.code != nil {
		code := fr.code
		locals = append(append(locals, code.localNames...), code.cellNames...)
		if in.minor >= 12 {
			self = frameVar(fr, "self")
		}
	}
	e.suggest = func() string {
		if self != nil {
			if _, err := in.GetAttr(self, name); err == nil {
				return "self." + name
			}
		}
		var globals []string
		if in.main != nil {
			for i, n := range in.main.g.names {
				if in.main.g.vals[i] != nil {
					globals = append(globals, n)
				}
			}
		}
		builtins := cpythonBuiltins[in.minor]
		if in.minor >= 13 {
			all := append(append(append([]string(nil), locals...), globals...), builtins...)
			return suggest(name, all)
		}
		if s := suggest(name, locals); s != "" {
			return s
		}
		if s := suggest(name, globals); s != "" {
			return s
		}
		return suggest(name, builtins)
	}
	return e
}

// frameVar is the value of fr's variable name (a local or one of its
// cells), nil when it has none or it is unbound.
func frameVar(fr *frame, name string) Value {
	c := fr.code
	for i, n := range c.localNames {
		if n == name && i < len(fr.locals) {
			return fr.locals[i]
		}
	}
	for i, n := range c.cellNames {
		if n == name && i < len(fr.cells) && fr.cells[i] != nil {
			return fr.cells[i].V
		}
	}
	return nil
}
