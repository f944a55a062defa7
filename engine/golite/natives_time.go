package golite

import (
	"fmt"
	"go/types"
	"time"
)

// time.Time in the stub is {sec since year 1, nsec, mono, loc}; these
// natives convert it to the host's time.Time for the calendar: Format,
// Parse, Date, AddDate, Round, ... give Go's own results over the whole
// range.

// unixToInternal is the stub's: seconds from year 1 to 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// localZone is the playground's Local: UTC under the name Local.
var localZone = time.FixedZone("UTC", 0)

// stdState is the per-run state of the hand-written standard packages.
type stdState struct {
	local *Agg // time.Local
}

func (m *Machine) localLoc() *Agg {
	if m.std.local == nil {
		m.std.local = &Agg{F: []Value{mkStr("Local"), {R: localZone}}}
	}
	return m.std.local
}

// hostLoc is the host location of a *time.Location value (nil is UTC).
func hostLoc(v Value) *time.Location {
	a, _ := v.R.(*Agg)
	if a == nil {
		return time.UTC
	}
	if l, ok := a.F[1].R.(*time.Location); ok {
		return l
	}
	return time.UTC
}

func hostTime(v Value) time.Time {
	f := v.A().F
	return time.Unix(f[0].I()-unixToInternal, f[1].I()).In(hostLoc(f[3]))
}

// timeOf makes a Time value of t without a monotonic reading; like is a
// Time or *Location value whose location t may share, so that the
// program's *Location pointer is kept.
func (m *Machine) timeOf(t time.Time, like Value) Value {
	var loc Value
	switch hl := t.Location(); {
	case hl == time.UTC:
	case hl == localZone:
		loc = Value{R: m.localLoc()}
	default:
		if a, ok := like.R.(*Agg); ok && len(a.F) == 4 && hostLoc(a.F[3]) == hl {
			loc = a.F[3]
		} else if ok && len(a.F) == 2 && hostLoc(like) == hl {
			loc = like
		} else {
			loc = Value{R: &Agg{F: []Value{mkStr(hl.String()), {R: hl}}}}
		}
	}
	return Value{R: &Agg{F: []Value{mkInt(t.Unix() + unixToInternal), mkInt(int64(t.Nanosecond())), {}, loc}}}
}

// timeValue is time.Now on the virtual clock, from the playground's epoch.
func (m *Machine) timeValue() Value { return m.timeValueAt(m.clock.Now()) }

// timeValueAt is the time.Time of virtual instant now, with its monotonic
// reading.
func (m *Machine) timeValueAt(now int64) Value {
	ns := epoch + now
	return Value{R: &Agg{F: []Value{mkInt(ns/1e9 + unixToInternal), mkInt(ns % 1e9), mkInt(now + 1), {R: m.localLoc()}}}}
}

func zeroTime() Value { return Value{R: &Agg{F: make([]Value, 4)}} }

func init() { timeCalendarNatives(natives) }

func timeCalendarNatives(n map[string]nativeFn) {
	n["time.now"] = func(fr *Frame, a []Value) []Value {
		f := fr.m.timeValue().A().F
		return f[:3]
	}
	n["time.localLoc"] = func(fr *Frame, a []Value) []Value { return one(Value{R: fr.m.localLoc()}) }
	n["time.FixedZone"] = func(fr *Frame, a []Value) []Value {
		l := time.FixedZone(a[0].S(), int(a[1].I()))
		return one(Value{R: &Agg{F: []Value{mkStr(a[0].S()), {R: l}}}})
	}
	n["time.unsupportedZone"] = func(fr *Frame, a []Value) []Value {
		m := fr.m
		panic(m.newPanic(fr, m.errorValue(fmt.Sprintf("time.LoadLocation(%q): time zones other than UTC and Local are not supported by Taskline", a[0].S()))))
	}
	n["time.Date"] = func(fr *Frame, a []Value) []Value {
		if a[7].R == nil {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("time: missing Location in call to Date")}}))
		}
		t := time.Date(int(a[0].I()), time.Month(a[1].I()), int(a[2].I()), int(a[3].I()), int(a[4].I()), int(a[5].I()), int(a[6].I()), hostLoc(a[7]))
		return one(fr.m.timeOf(t, a[7]))
	}
	n["time.parse"] = func(fr *Frame, a []Value) []Value {
		t, err := time.ParseInLocation(a[0].S(), a[1].S(), hostLoc(a[2]))
		if err != nil {
			pe, ok := err.(*time.ParseError)
			if !ok {
				pe = &time.ParseError{Layout: a[0].S(), Value: a[1].S(), Message: ": " + err.Error()}
			}
			return []Value{zeroTime(), mkBool(false), mkStr(pe.LayoutElem), mkStr(pe.ValueElem), mkStr(pe.Message), mkStr(pe.Value)}
		}
		return []Value{fr.m.timeOf(t, a[2]), mkBool(true), {}, {}, {}, {}}
	}
	n["time.ParseError.Error"] = func(fr *Frame, a []Value) []Value {
		f := a[0].A()
		if f == nil {
			panic(fr.m.nilDeref())
		}
		pe := &time.ParseError{Layout: f.F[0].S(), Value: f.F[1].S(), LayoutElem: f.F[2].S(), ValueElem: f.F[3].S(), Message: f.F[4].S()}
		return one(mkStr(pe.Error()))
	}
	tm := func(name string, f func(t time.Time, a []Value) []Value) {
		n["time.Time."+name] = func(fr *Frame, a []Value) []Value { return f(hostTime(a[0]), a[1:]) }
	}
	ints := func(xs ...int) []Value {
		out := make([]Value, len(xs))
		for i, x := range xs {
			out[i] = mkInt(int64(x))
		}
		return out
	}
	tm("Format", func(t time.Time, a []Value) []Value { return one(mkStr(t.Format(a[0].S()))) })
	tm("GoString", func(t time.Time, a []Value) []Value { return one(mkStr(t.GoString())) })
	n["time.Time.String"] = func(fr *Frame, a []Value) []Value {
		s := hostTime(a[0]).String()
		if mono := a[0].A().F[2].I(); mono != 0 {
			s += fmt.Sprintf(" m=+%.9f", float64(mono)/1e9)
		}
		return one(mkStr(s))
	}
	tm("Year", func(t time.Time, a []Value) []Value { return ints(t.Year()) })
	tm("Month", func(t time.Time, a []Value) []Value { return ints(int(t.Month())) })
	tm("Day", func(t time.Time, a []Value) []Value { return ints(t.Day()) })
	tm("YearDay", func(t time.Time, a []Value) []Value { return ints(t.YearDay()) })
	tm("Hour", func(t time.Time, a []Value) []Value { return ints(t.Hour()) })
	tm("Minute", func(t time.Time, a []Value) []Value { return ints(t.Minute()) })
	tm("Second", func(t time.Time, a []Value) []Value { return ints(t.Second()) })
	tm("Weekday", func(t time.Time, a []Value) []Value { return ints(int(t.Weekday())) })
	tm("ISOWeek", func(t time.Time, a []Value) []Value { return ints(t.ISOWeek()) })
	tm("Date", func(t time.Time, a []Value) []Value {
		y, mo, d := t.Date()
		return ints(y, int(mo), d)
	})
	tm("Clock", func(t time.Time, a []Value) []Value { return ints(t.Clock()) })
	tm("Zone", func(t time.Time, a []Value) []Value {
		name, off := t.Zone()
		return []Value{mkStr(name), mkInt(int64(off))}
	})
	n["time.Time.AddDate"] = func(fr *Frame, a []Value) []Value {
		t := hostTime(a[0]).AddDate(int(a[1].I()), int(a[2].I()), int(a[3].I()))
		return one(fr.m.timeOf(t, a[0]))
	}
	n["time.Time.Round"] = func(fr *Frame, a []Value) []Value {
		return one(fr.m.timeOf(hostTime(a[0]).Round(time.Duration(a[1].I())), a[0]))
	}
	n["time.Time.Truncate"] = func(fr *Frame, a []Value) []Value {
		return one(fr.m.timeOf(hostTime(a[0]).Truncate(time.Duration(a[1].I())), a[0]))
	}
	n["time.Time.In"] = func(fr *Frame, a []Value) []Value {
		if a[1].R == nil {
			panic(fr.m.newPanic(fr, Value{R: &Iface{T: types.Typ[types.String], V: mkStr("time: missing Location in call to Time.In")}}))
		}
		return one(fr.m.timeOf(hostTime(a[0]).In(hostLoc(a[1])), a[1]))
	}
}
