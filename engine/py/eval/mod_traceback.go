package eval

import "strings"

// The traceback module: printing and formatting exceptions the way the
// interpreter prints an uncaught one.

func init() {
	RegisterModule("traceback", func(in *Interp) (*Module, error) {
		m := NewModule("traceback")
		current := func() *Exception { return in.th.currentHandled() }
		excArg := func(args []Value, kw []Kwarg, name string) (*Exception, error) {
			var v Value = None
			for _, k := range kw {
				if k.Name == "exc" || k.Name == "value" {
					v = k.Value
				}
			}
			if len(args) > 0 {
				v = args[0]
				if _, isCls := v.(*Class); isCls && len(args) > 1 {
					v = args[1]
				}
			}
			if v == None {
				return nil, nil
			}
			e, ok := v.(*Exception)
			if !ok {
				return nil, Errorf(TypeErrorClass, "%s() argument must be an exception, not %s", name, v.Type().Name)
			}
			return e, nil
		}
		lines := func(s string) Value {
			var out []Value
			for _, l := range strings.SplitAfter(s, "\n") {
				if l != "" {
					out = append(out, Str(l))
				}
			}
			if out == nil {
				out = []Value{}
			}
			return NewList(out)
		}
		text := func(e *Exception) string {
			if e == nil {
				return "NoneType: None\n"
			}
			return in.FormatException(e)
		}
		m.Dict["print_exc"] = NewBuiltin("print_exc", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			in.Print(2, text(current()))
			return None, nil
		})
		m.Dict["format_exc"] = NewBuiltin("format_exc", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return Str(text(current())), nil
		})
		m.Dict["print_exception"] = NewBuiltin("print_exception", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			e, err := excArg(args, kw, "print_exception")
			if err != nil {
				return nil, err
			}
			in.Print(2, text(e))
			return None, nil
		})
		m.Dict["format_exception"] = NewBuiltin("format_exception", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			e, err := excArg(args, kw, "format_exception")
			if err != nil {
				return nil, err
			}
			return lines(text(e)), nil
		})
		m.Dict["format_exception_only"] = NewBuiltin("format_exception_only", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			e, err := excArg(args, kw, "format_exception_only")
			if err != nil {
				return nil, err
			}
			if e == nil {
				return lines("NoneType: None\n"), nil
			}
			return lines(in.exceptionOnly(e, false)), nil
		})
		return m, nil
	})
}
