package eval

import (
	"fmt"
	"regexp"
	"strings"
)

// The warnings module: warn() with a category and stacklevel, printed as
// CPython's default showwarning prints to stderr ("file:line: Category:
// message" and the source line), filterwarnings/simplefilter/resetwarnings
// with the actions default, always, ignore, once, module and error, and
// CPython 3.11's default filters. The interpreter's own warnings (a
// coroutine never awaited) go through the same filters.

type warnFilter struct {
	action   string
	message  *regexp.Regexp // nil: any
	category *Class
	module   *regexp.Regexp // nil: any
	lineno   int
}

type warnState struct {
	filters []warnFilter
	// shown are the warnings already printed, by registry key: the
	// actions default (text, category, module, line), module (text,
	// category, module) and once (text, category).
	shown map[string]bool
}

func defaultWarnFilters() []warnFilter {
	return []warnFilter{
		{action: "default", category: DeprecationWarningClass, module: regexp.MustCompile(`^__main__\z`)},
		{action: "ignore", category: DeprecationWarningClass},
	}
}

func (in *Interp) warnings() *warnState {
	if in.warn == nil {
		in.warn = &warnState{filters: defaultWarnFilters(), shown: map[string]bool{}}
	}
	return in.warn
}

// warnAt is warn_explicit: the warning of category cls with text msg
// (exc, if not nil, is the Warning instance) at file:line of module.
// It prints it (and reports true), ignores it or returns it as an error,
// as the filters say.
func (in *Interp) warnAt(cls *Class, exc *Exception, msg, file string, line int, module, source string) (bool, error) {
	ws := in.warnings()
	action := "default"
	for _, f := range ws.filters {
		if (f.message == nil || f.message.MatchString(msg)) && cls.IsSubclass(f.category) &&
			(f.module == nil || f.module.MatchString(module)) && (f.lineno == 0 || f.lineno == line) {
			action = f.action
			break
		}
	}
	if action == "error" {
		if exc == nil {
			exc = NewException(cls, Str(msg))
		}
		return false, exc
	}
	var key string
	switch action {
	case "ignore":
		return false, nil
	case "once":
		key = fmt.Sprintf("once\x00%s\x00%p", msg, cls)
	case "module":
		key = fmt.Sprintf("module\x00%s\x00%p\x00%s", msg, cls, module)
	case "always":
	default:
		key = fmt.Sprintf("default\x00%s\x00%p\x00%s\x00%d", msg, cls, module, line)
	}
	if key != "" {
		if ws.shown[key] {
			return false, nil
		}
		ws.shown[key] = true
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", file, line, cls.Name, msg)
	if source != "" {
		text += "  " + source + "\n"
	}
	in.Print(2, text)
	return true, nil
}

// WarnCaller warns as warnings.warn(msg, cls) would from the program line
// that called the running native function (a library function of CPython's
// that warns with the stacklevel of its caller): printed, ignored or raised
// as the filters say.
func (in *Interp) WarnCaller(cls *Class, msg string) error {
	f := in.warnFrame(1)
	if f == nil {
		_, err := in.warnAt(cls, nil, msg, "sys", 1, "sys", "")
		return err
	}
	file, module, source := in.frameWhere(f)
	_, err := in.warnAt(cls, nil, msg, file, f.line, module, source)
	return err
}

// warnFrame is the frame stacklevel levels up from warn()'s caller
// (1: the caller), or nil past the outermost frame.
func (in *Interp) warnFrame(stacklevel int) *frame {
	f := in.th.frame
	for i := 1; i < stacklevel && f != nil; i++ {
		f = f.back
	}
	return f
}

func (in *Interp) frameWhere(f *frame) (file, module, source string) {
	if f.code == nil || f.code.file == "" || f.code.file == in.File {
		return in.File, "__main__", in.sourceLine(f.line)
	}
	name := strings.TrimSuffix(f.code.file, ".py")
	if lines, ok := libSources[name]; ok && f.line >= 1 && f.line <= len(lines) {
		source = strings.TrimSpace(lines[f.line-1])
	}
	return f.code.file, name, source
}

func init() {
	RegisterModule("warnings", func(in *Interp) (*Module, error) {
		m := NewModule("warnings")
		m.Dict["warn"] = NewBuiltin("warn", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var message Value
			var category Value = None
			var stacklevel int64 = 1
			if err := UnpackArgs("warn", args, kw, "message", &message, "category?", &category, "stacklevel?", &stacklevel); err != nil {
				return nil, err
			}
			cls := UserWarningClass
			var exc *Exception
			if e, ok := message.(*Exception); ok && e.Class.IsSubclass(WarningClass) {
				exc, cls = e, e.Class
			} else if c, ok := category.(*Class); ok {
				if !c.IsSubclass(WarningClass) {
					return nil, Errorf(TypeErrorClass, "category must be a Warning subclass, not '%s'", c.Name)
				}
				cls = c
			} else if category != None {
				return nil, Errorf(TypeErrorClass, "category must be a Warning subclass, not '%s'", category.Type().Name)
			}
			msg, err := in.ToStr(message)
			if err != nil {
				return nil, err
			}
			f := in.warnFrame(int(stacklevel))
			// Past the outermost frame CPython attributes the warning to
			// the sys module: "sys:1:" until 3.12, "<sys>:0:" from 3.13.
			file, line, module, source := "sys", 1, "sys", ""
			if in.minor >= 13 {
				file, line = "<sys>", 0
			}
			if f != nil {
				file, module, source = in.frameWhere(f)
				line = f.line
			}
			_, err = in.warnAt(cls, exc, msg, file, line, module, source)
			return None, err
		})
		addFilter := func(in *Interp, action, message string, cat Value, module string, lineno int, appendIt bool) error {
			switch action {
			case "default", "always", "ignore", "once", "module", "error":
			default:
				return Errorf(AssertionErrorClass, "invalid action: %s", Repr(in, Str(action)))
			}
			f := warnFilter{action: action, category: WarningClass, lineno: lineno}
			if c, ok := cat.(*Class); ok && c.IsSubclass(WarningClass) {
				f.category = c
			} else if cat != nil && cat != None {
				return Errorf(AssertionErrorClass, "category must be a class")
			}
			var err error
			if message != "" {
				if f.message, err = regexp.Compile(`(?i)^(?:` + message + `)`); err != nil {
					return in.NotModelled("this warnings message pattern")
				}
			}
			if module != "" {
				if f.module, err = regexp.Compile(`^(?:` + module + `)\z`); err != nil {
					return in.NotModelled("this warnings module pattern")
				}
			}
			ws := in.warnings()
			if appendIt {
				ws.filters = append(ws.filters, f)
			} else {
				ws.filters = append([]warnFilter{f}, ws.filters...)
			}
			// Changing the filters forgets what was shown (_filters_mutated).
			ws.shown = map[string]bool{}
			return nil
		}
		m.Dict["filterwarnings"] = NewBuiltin("filterwarnings", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var action, message, module string
			var category Value = WarningClass
			var lineno int64
			appendIt := false
			if err := UnpackArgs("filterwarnings", args, kw, "action", &action, "message?", &message, "category?", &category,
				"module?", &module, "lineno?", &lineno, "append?", &appendIt); err != nil {
				return nil, err
			}
			return None, addFilter(in, action, message, category, module, int(lineno), appendIt)
		})
		m.Dict["simplefilter"] = NewBuiltin("simplefilter", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var action string
			var category Value = WarningClass
			var lineno int64
			appendIt := false
			if err := UnpackArgs("simplefilter", args, kw, "action", &action, "category?", &category,
				"lineno?", &lineno, "append?", &appendIt); err != nil {
				return nil, err
			}
			return None, addFilter(in, action, "", category, "", int(lineno), appendIt)
		})
		m.Dict["resetwarnings"] = NewBuiltin("resetwarnings", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			ws := in.warnings()
			ws.filters, ws.shown = nil, map[string]bool{}
			return None, nil
		})
		return m, nil
	})
}
