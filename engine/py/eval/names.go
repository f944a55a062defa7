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

// nameError builds NameError with CPython 3.11's suggestion, which the
// traceback printer shows.
func (in *Interp) nameError(fr *frame, name string) error {
	e := Errorf(NameErrorClass, "name '%s' is not defined", name)
	if in.minor < 10 {
		return e // "Did you mean" came with 3.10
	}
	var code *funcCode
	if fr != nil {
		code = fr.code
	}
	e.suggest = func() string {
		var cands []string
		if code != nil {
			cands = append(cands, code.localNames...)
			cands = append(cands, code.cellNames...)
		}
		s := suggest(name, cands)
		if s == "" && in.main != nil {
			var gl []string
			for i, n := range in.main.g.names {
				if in.main.g.vals[i] != nil {
					gl = append(gl, n)
				}
			}
			s = suggest(name, gl)
		}
		if s == "" {
			bl := builtinOrder
			if in.minor < 11 {
				bl = nil
				for _, n := range builtinOrder {
					if in.minor >= newerBuiltins[n] {
						bl = append(bl, n)
					}
				}
			}
			s = suggest(name, bl)
		}
		return s
	}
	return e
}
