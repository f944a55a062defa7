package eval

// The sys and time modules.

import "math"

var versionInfoClass *Class

type versionInfo struct{ t Tuple }

func (*versionInfo) Type() *Class { return versionInfoClass }

func init() {
	for i, name := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
		i := i
		versionInfoClass.DefProperty(name, func(in *Interp, self Value) (Value, error) { return self.(*versionInfo).t[i], nil }, nil)
	}
	versionInfoClass.DefMethod("__getitem__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return in.GetItem(self.(*versionInfo).t, args[0])
	})
	versionInfoClass.DefMethod("__len__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(5), nil
	})
	versionInfoClass.DefMethod("__iter__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &sliceIter{s: self.(*versionInfo).t}, nil
	})
	versionInfoClass.DefMethod("__repr__", func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
		t := self.(*versionInfo).t
		return Str("sys.version_info(major=" + Repr(in, t[0]) + ", minor=" + Repr(in, t[1]) + ", micro=" + Repr(in, t[2]) +
			", releaselevel=" + Repr(in, t[3]) + ", serial=" + Repr(in, t[4]) + ")"), nil
	})
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__", "__eq__"} {
		op := op
		sym := map[string]string{"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">=", "__eq__": "=="}[op]
		versionInfoClass.DefMethod(op, func(in *Interp, self Value, args []Value, kw []Kwarg) (Value, error) {
			o := args[0]
			if v, ok := o.(*versionInfo); ok {
				o = v.t
			}
			return in.compare(sym, self.(*versionInfo).t, o)
		})
	}

	RegisterModule("sys", func(in *Interp) (*Module, error) {
		m := NewModule("sys")
		ver := Tuple{Int(3), Int(11), Int(7), Str("final"), Int(0)}
		version := "3.11.7 (main) [Taskline]"
		if in.Py37() {
			ver = Tuple{Int(3), Int(7), Int(17), Str("final"), Int(0)}
			version = "3.7.17 (default) [Taskline]"
		}
		m.Dict["version_info"] = &versionInfo{ver}
		m.Dict["version"] = Str(version)
		m.Dict["argv"] = NewList([]Value{Str(in.File)})
		m.Dict["platform"] = Str("linux")
		m.Dict["maxsize"] = Int(1<<63 - 1)
		m.Dict["byteorder"] = Str("little")
		m.Dict["stdout"] = &stdStream{1}
		m.Dict["stderr"] = &stdStream{2}
		m.Dict["__stdout__"] = m.Dict["stdout"]
		m.Dict["__stderr__"] = m.Dict["stderr"]
		m.Dict["exit"] = NewBuiltin("exit", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("exit", args, 0, 1); err != nil {
				return nil, err
			}
			e := NewException(SystemExitClass, args...)
			return nil, e
		})
		m.Dict["getrecursionlimit"] = NewBuiltin("getrecursionlimit", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return Int(in.RecursionLimit), nil
		})
		m.Dict["setrecursionlimit"] = NewBuiltin("setrecursionlimit", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var n int64
			if err := UnpackArgs("setrecursionlimit", args, kw, "limit", &n); err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, Errorf(ValueErrorClass, "recursion limit must be greater or equal than 1")
			}
			// Taskline caps the limit so that deep recursion cannot exhaust
			// the Go stack of a fiber.
			in.RecursionLimit = int(min(n, 20000))
			return None, nil
		})
		m.Dict["exc_info"] = NewBuiltin("exc_info", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if e := in.th.currentHandled(); e != nil {
				return Tuple{e.Class, e, None}, nil
			}
			return Tuple{None, None, None}, nil
		})
		m.Dict["exception"] = NewBuiltin("exception", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if e := in.th.currentHandled(); e != nil {
				return e, nil
			}
			return None, nil
		})
		m.Dict["modules"] = NewDict()
		return m, nil
	})

	RegisterModule("time", func(in *Interp) (*Module, error) {
		m := NewModule("time")
		now := func() float64 { return float64(in.VirtualClock().Tick()) / 1e9 }
		clockFn := func(name string, offset float64) {
			m.Dict[name] = NewBuiltin(name, func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
				if err := nargs(name, args, 0, 0); err != nil {
					return nil, err
				}
				return Float(now() + offset), nil
			})
		}
		clockFn("monotonic", 0)
		clockFn("perf_counter", 0)
		clockFn("process_time", 0)
		clockFn("time", epoch)
		m.Dict["time_ns"] = NewBuiltin("time_ns", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return Int(int64((now() + epoch) * 1e9)), nil
		})
		m.Dict["monotonic_ns"] = NewBuiltin("monotonic_ns", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			return Int(int64(now() * 1e9)), nil
		})
		m.Dict["perf_counter_ns"] = m.Dict["monotonic_ns"]
		// strftime(format) formats the virtual clock's local time (the
		// playground's zone is UTC) by datetime's own strftime, so the two
		// modules format alike; a time tuple is not modelled.
		m.Dict["strftime"] = NewBuiltin("strftime", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			if err := nargs("strftime", args, 1, 2); err != nil {
				return nil, err
			}
			if len(args) == 2 {
				return nil, in.NotModelled("time.strftime with a time tuple")
			}
			dt, err := in.Import("datetime")
			if err != nil {
				return nil, err
			}
			cls, err := in.GetAttr(dt, "datetime")
			if err != nil {
				return nil, err
			}
			from, err := in.GetAttr(cls, "fromtimestamp")
			if err != nil {
				return nil, err
			}
			t, err := in.Call(from, []Value{Float(now() + epoch)}, nil)
			if err != nil {
				return nil, err
			}
			f, err := in.GetAttr(t, "strftime")
			if err != nil {
				return nil, err
			}
			return in.Call(f, []Value{args[0]}, nil)
		})
		m.Dict["sleep"] = NewBuiltin("sleep", func(in *Interp, args []Value, kw []Kwarg) (Value, error) {
			var v Value
			if err := UnpackArgs("sleep", args, kw, "secs", &v); err != nil {
				return nil, err
			}
			secs, err := sleepSeconds(v)
			if err != nil {
				return nil, err
			}
			if secs < 0 {
				return nil, Errorf(ValueErrorClass, "sleep length must be non-negative")
			}
			// A blocking sleep stops the whole program, event loop included:
			// the clock moves on (asyncio's timers then fire late, as in
			// CPython); the host may take it over (a thread's sleep).
			if in.Sleep != nil {
				in.Sleep(secs)
			} else {
				in.VirtualClock().Advance(int64(math.Round(secs * 1e9)))
			}
			return None, nil
		})
		return m, nil
	})
}

// sleepSeconds converts time.sleep's argument as CPython's
// _PyTime_FromSecondsObject does: the delay must fit in an int64 count of
// nanoseconds, so time.sleep(1e308) or time.sleep(10**10) is an
// OverflowError rather than a wait past the end of the clock.
func sleepSeconds(v Value) (float64, error) {
	const maxSecs = math.MaxInt64 / 1_000_000_000
	switch x := v.(type) {
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Int:
		if x > maxSecs || x < -maxSecs {
			return 0, Errorf(OverflowErrorClass, "timestamp too large to convert to C _PyTime_t")
		}
		return float64(x), nil
	case *BigInt:
		return 0, Errorf(OverflowErrorClass, "timestamp too large to convert to C _PyTime_t")
	case Float:
		f := float64(x)
		if math.IsNaN(f) {
			return 0, Errorf(ValueErrorClass, "Invalid value NaN (not a number)")
		}
		if ns := f * 1e9; ns >= 1<<63 || ns < -(1<<63) {
			return 0, Errorf(OverflowErrorClass, "timestamp out of range for platform time_t")
		}
		return f, nil
	}
	return 0, Errorf(TypeErrorClass, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// epoch is what time.time() reads at virtual time zero: a fixed instant
// (2023-11-14 22:13:20 UTC), so that runs are reproducible.
const epoch = 1_700_000_000.0
