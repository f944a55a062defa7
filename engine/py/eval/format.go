package eval

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// fspec is a parsed format specification (the format mini-language).
type fspec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 if absent
	typ       byte
}

func parseSpec(s string) (fspec, error) {
	sp := fspec{fill: ' ', precision: -1}
	rs := []rune(s)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.fill, sp.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sp.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		sp.zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		sp.width, _ = strconv.Atoi(string(rs[start:i]))
		if sp.width > maxElems || i-start > 9 {
			return sp, memoryError()
		}
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		sp.grouping = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return sp, Errorf(ValueErrorClass, "Format specifier missing precision")
		}
		sp.precision, _ = strconv.Atoi(string(rs[start:i]))
		if sp.precision > maxElems || i-start > 9 {
			return sp, Errorf(ValueErrorClass, "precision too big")
		}
	}
	if i < len(rs) {
		sp.typ = byte(rs[i])
		i++
	}
	if i < len(rs) {
		return sp, Errorf(ValueErrorClass, "Invalid format specifier '%s' for object of type '%%s'", s)
	}
	return sp, nil
}

// pad aligns s within the spec's width; defAlign applies when none given.
func (sp *fspec) pad(s string, defAlign byte) string {
	n := utf8.RuneCountInString(s)
	if sp.width <= n {
		return s
	}
	fill := strings.Repeat(string(sp.fill), sp.width-n)
	align := sp.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return s + fill
	case '^':
		left := (sp.width - n) / 2
		return strings.Repeat(string(sp.fill), left) + s + strings.Repeat(string(sp.fill), sp.width-n-left)
	}
	return fill + s
}

// Format implements format(v, spec).
func (in *Interp) Format(v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return "", fixSpecErr(err, "str")
		}
		if sp.typ != 0 && sp.typ != 's' {
			return "", Errorf(ValueErrorClass, "Unknown format code '%c' for object of type 'str'", sp.typ)
		}
		if sp.sign != 0 {
			return "", Errorf(ValueErrorClass, "Sign not allowed in string format specifier")
		}
		if sp.align == '=' {
			return "", Errorf(ValueErrorClass, "'=' alignment not allowed in string format specifier")
		}
		s := string(x)
		if sp.precision >= 0 {
			rs := []rune(s)
			if len(rs) > sp.precision {
				s = string(rs[:sp.precision])
			}
		}
		return sp.pad(s, '<'), nil
	case Bool:
		if spec == "" {
			return in.str(v)
		}
		return in.Format(boolInt(x), spec)
	case Int, *BigInt:
		if spec == "" {
			return in.str(v)
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return "", fixSpecErr(err, "int")
		}
		return formatInt(toBig(v), sp)
	case Float:
		if spec == "" {
			return FloatRepr(float64(x)), nil
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return "", fixSpecErr(err, "float")
		}
		return formatFloat(float64(x), sp)
	}
	if m, ok := v.Type().lookup("__format__"); ok {
		if b, isB := m.(*Builtin); !isB || b.Qual != "object.__format__" {
			r, err := in.callMethod(m, v, []Value{Str(spec)}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeErrorClass, "__format__ must return a str, not %s", r.Type().Name)
			}
			return string(s), nil
		}
	}
	if spec != "" {
		return "", Errorf(TypeErrorClass, "unsupported format string passed to %s.__format__", v.Type().Name)
	}
	return in.str(v)
}

func fixSpecErr(err error, typ string) error {
	if e, ok := err.(*Exception); ok && len(e.Args) == 1 {
		if s, ok := e.Args[0].(Str); ok && strings.Contains(string(s), "%s") {
			e.Args[0] = Str(strings.Replace(string(s), "%s", typ, 1))
		}
	}
	return err
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

// finishNumber applies sign, zero padding and alignment to a formatted
// magnitude.
func finishNumber(neg bool, prefix, body string, sp fspec) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case sp.sign == '+':
		sign = "+"
	case sp.sign == ' ':
		sign = " "
	}
	if sp.zero && sp.align == 0 {
		sp.fill, sp.align = '0', '='
	}
	if sp.align == '=' {
		n := utf8.RuneCountInString(sign + prefix + body)
		if sp.width > n {
			padding := strings.Repeat(string(sp.fill), sp.width-n)
			if sp.fill == '0' && sp.grouping != 0 {
				// Zero padding is grouped too.
				digits := strings.ReplaceAll(body, string(sp.grouping), "")
				intPart, frac := digits, ""
				if i := strings.IndexAny(digits, ".eE%"); i >= 0 {
					intPart, frac = digits[:i], digits[i:]
				}
				every := 3
				for {
					g := group(intPart, sp.grouping, every)
					if utf8.RuneCountInString(sign+prefix+g+frac) >= sp.width {
						return sign + prefix + g + frac
					}
					intPart = "0" + intPart
				}
			}
			return sign + prefix + padding + body
		}
		return sign + prefix + body
	}
	return sp.pad(sign+prefix+body, '>')
}

func formatInt(b *big.Int, sp fspec) (string, error) {
	neg := b.Sign() < 0
	mag := new(big.Int).Abs(b)
	prefix := ""
	var body string
	switch sp.typ {
	case 0, 'd', 'n':
		body = group(mag.String(), sp.grouping, 3)
	case 'x', 'X':
		body = group(mag.Text(16), sp.grouping, 4)
		if sp.typ == 'X' {
			body = strings.ToUpper(body)
		}
		if sp.alt {
			prefix = "0" + string(sp.typ)
		}
	case 'o':
		body = group(mag.Text(8), sp.grouping, 4)
		if sp.alt {
			prefix = "0o"
		}
	case 'b':
		body = group(mag.Text(2), sp.grouping, 4)
		if sp.alt {
			prefix = "0b"
		}
	case 'c':
		return sp.pad(string(rune(b.Int64())), '>'), nil
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(b).Float64()
		return formatFloat(f, sp)
	case 's':
		return "", Errorf(ValueErrorClass, "Unknown format code 's' for object of type 'int'")
	default:
		return "", Errorf(ValueErrorClass, "Unknown format code '%c' for object of type 'int'", sp.typ)
	}
	if sp.precision >= 0 {
		return "", Errorf(ValueErrorClass, "Precision not allowed in integer format specifier")
	}
	return finishNumber(neg, prefix, body, sp), nil
}

func formatFloat(f float64, sp fspec) (string, error) {
	neg := math.Signbit(f) && !(f != f)
	a := math.Abs(f)
	prec := sp.precision
	var body string
	typ := sp.typ
	if math.IsInf(a, 0) || a != a {
		body = "inf"
		if a != a {
			body = "nan"
		}
		if typ == 'F' || typ == 'E' || typ == 'G' {
			body = strings.ToUpper(body)
		}
		if typ == '%' {
			body += "%"
		}
		sp.zero = false
		if sp.fill == '0' {
			sp.fill = ' '
		}
		return finishNumber(neg, "", body, sp), nil
	}
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = pyExp(strconv.FormatFloat(a, 'e', prec, 64))
		if typ == 'E' {
			body = strings.ToUpper(body)
		}
	case '%':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
	case 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		body = pyGeneral(a, prec, sp.alt)
		if typ == 'G' {
			body = strings.ToUpper(body)
		}
	case 0:
		if prec < 0 {
			body = FloatRepr(a)
		} else {
			if prec == 0 {
				prec = 1
			}
			body = pyGeneral(a, prec, true)
			if !strings.ContainsAny(body, ".e") {
				body += ".0"
			}
		}
	case 'n':
		if prec < 0 {
			prec = 6
		}
		body = pyGeneral(a, prec, false)
	default:
		return "", Errorf(ValueErrorClass, "Unknown format code '%c' for object of type 'float'", typ)
	}
	if sp.grouping != 0 {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".e%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		body = group(intPart, sp.grouping, 3) + rest
	}
	if sp.alt && !strings.Contains(body, ".") && (typ == 'f' || typ == 'F' || typ == 'e' || typ == 'E') {
		if i := strings.IndexAny(body, "eE"); i >= 0 {
			body = body[:i] + "." + body[i:]
		} else {
			body += "."
		}
	}
	return finishNumber(neg, "", body, sp), nil
}

// pyExp rewrites Go's exponent (e+07, e+100) to Python's (at least two
// digits).
func pyExp(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s
	}
	mant, exp := s[:i], s[i+1:]
	sign := exp[0]
	digits := strings.TrimLeft(exp[1:], "0")
	for len(digits) < 2 {
		digits = "0" + digits
	}
	return mant + s[i:i+1] + string(sign) + digits
}

// pyGeneral is the 'g' presentation: precision significant digits, fixed
// or exponent notation by CPython's rule, trailing zeros removed unless alt.
func pyGeneral(a float64, prec int, alt bool) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	var s string
	if exp >= -4 && exp < prec {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return s
	}
	mant := e[:i]
	if !alt && strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	return pyExp(mant + e[i:])
}

// percentFormat implements str % args.
func (in *Interp) percentFormat(format string, arg Value) (Value, error) {
	var args []Value
	var mapping *Dict
	switch a := arg.(type) {
	case Tuple:
		args = a
	case *Dict:
		mapping = a
		args = []Value{a}
	default:
		args = []Value{a}
	}
	var b strings.Builder
	ai := 0
	next := func() (Value, error) {
		if ai >= len(args) {
			return nil, Errorf(TypeErrorClass, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	usedMapping := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return nil, Errorf(ValueErrorClass, "incomplete format")
		}
		var val Value
		if format[i] == '(' {
			j := strings.IndexByte(format[i:], ')')
			if j < 0 {
				return nil, Errorf(ValueErrorClass, "incomplete format key")
			}
			key := format[i+1 : i+j]
			i += j + 1
			if mapping == nil {
				return nil, Errorf(TypeErrorClass, "format requires a mapping")
			}
			v, ok, err := mapping.Get(in, Str(key))
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(KeyErrorClass, Str(key))
			}
			val = v
			usedMapping = true
		}
		// flags
		sp := fspec{fill: ' ', precision: -1}
		left := false
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			switch format[i] {
			case '-':
				left = true
			case '+':
				sp.sign = '+'
			case ' ':
				if sp.sign == 0 {
					sp.sign = ' '
				}
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			}
			i++
		}
		if i < len(format) && format[i] == '*' {
			w, err := next()
			if err != nil {
				return nil, err
			}
			n, _ := ToInt(w)
			sp.width = int(n)
			i++
		}
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			sp.width = sp.width*10 + int(format[i]-'0')
			i++
			if sp.width > maxElems {
				return nil, memoryError()
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			sp.precision = 0
			if i < len(format) && format[i] == '*' {
				w, err := next()
				if err != nil {
					return nil, err
				}
				n, _ := ToInt(w)
				sp.precision = int(n)
				i++
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				sp.precision = sp.precision*10 + int(format[i]-'0')
				i++
				if sp.precision > maxElems {
					return nil, Errorf(ValueErrorClass, "precision too big")
				}
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return nil, Errorf(ValueErrorClass, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if val == nil {
			v, err := next()
			if err != nil {
				return nil, err
			}
			val = v
		}
		if left {
			sp.align = '<'
			sp.zero = false
		}
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a':
			if conv == 's' {
				s, err = in.str(val)
			} else {
				s, err = in.repr(val)
				if conv == 'a' {
					s = asciiEscape(s)
				}
			}
			if err != nil {
				return nil, err
			}
			if sp.precision >= 0 && len([]rune(s)) > sp.precision {
				s = string([]rune(s)[:sp.precision])
			}
			if sp.align == 0 {
				sp.align = '>'
			}
			s = sp.pad(s, '>')
		case 'd', 'i', 'u':
			var iv Value
			switch x := val.(type) {
			case Float:
				iv, err = newInt(in, IntClass, []Value{x}, nil)
			default:
				if isIntLike(val) {
					iv = val
				} else {
					return nil, Errorf(TypeErrorClass, "%%%c format: a real number is required, not %s", conv, val.Type().Name)
				}
			}
			if err != nil {
				return nil, err
			}
			sp.typ = 'd'
			prec := sp.precision
			sp.precision = -1
			s, err = formatInt(toBig(iv), sp)
			if prec > 0 {
				_ = prec
			}
		case 'x', 'X', 'o':
			if !isIntLike(val) {
				return nil, Errorf(TypeErrorClass, "%%%c format: an integer is required, not %s", conv, val.Type().Name)
			}
			sp.typ = conv
			s, err = formatInt(toBig(val), sp)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			f, ok := toFloat(val)
			if !ok {
				return nil, Errorf(TypeErrorClass, "must be real number, not %s", val.Type().Name)
			}
			sp.typ = conv
			if sp.precision < 0 {
				sp.precision = 6
			}
			s, err = formatFloat(f, sp)
		case 'c':
			switch x := val.(type) {
			case Int:
				s = string(rune(x))
			case Str:
				s = string(x)
			}
			s = sp.pad(s, '>')
		default:
			return nil, Errorf(ValueErrorClass, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	if ai < len(args) && !usedMapping && mapping == nil {
		return nil, Errorf(TypeErrorClass, "not all arguments converted during string formatting")
	}
	if err := in.Alloc(int64(b.Len())); err != nil {
		return nil, err
	}
	return Str(b.String()), nil
}

// strFormat implements str.format.
func (in *Interp) strFormat(format string, args []Value, kw []Kwarg) (string, error) {
	var b strings.Builder
	auto := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", Errorf(ValueErrorClass, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		// Find the matching close brace (allowing one level of nesting).
		depth, j := 1, i+1
		for ; j < len(format) && depth > 0; j++ {
			switch format[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
		}
		if depth > 0 {
			return "", Errorf(ValueErrorClass, "expected '}' before end of string")
		}
		field := format[i+1 : j-1]
		i = j - 1
		spec, conv := "", byte(0)
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+1 < len(field) {
				conv = field[k+1]
			}
			field = field[:k]
		}
		if strings.Contains(spec, "{") {
			s, err := in.strFormat(spec, args, kw)
			if err != nil {
				return "", err
			}
			spec = s
		}
		// field name: arg_name ("." attr | "[" key "]")*
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if auto >= len(args) {
				return "", Errorf(IndexErrorClass, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if n >= len(args) {
				return "", Errorf(IndexErrorClass, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, k := range kw {
				if k.Name == name {
					v, found = k.Value, true
				}
			}
			if !found {
				return "", NewException(KeyErrorClass, Str(name))
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				var err error
				if v, err = in.GetAttr(v, attr); err != nil {
					return "", err
				}
			} else {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return "", Errorf(ValueErrorClass, "Missing ']' in format string")
				}
				key := rest[1:k]
				rest = rest[k+1:]
				var kv Value = Str(key)
				if n, err := strconv.Atoi(key); err == nil {
					kv = Int(n)
				}
				var err error
				if v, err = in.GetItem(v, kv); err != nil {
					return "", err
				}
			}
		}
		switch conv {
		case 'r':
			s, err := in.repr(v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 's':
			s, err := in.str(v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 'a':
			s, err := in.repr(v)
			if err != nil {
				return "", err
			}
			v = Str(asciiEscape(s))
		}
		s, err := in.Format(v, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}
