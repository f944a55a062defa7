package lesson

import (
	"fmt"
	"strconv"
	"strings"

	"taskline/engine"
)

// Block roles, the first word inside the braces of a fenced block's info
// string: ```python {run title="..."}.
const (
	RoleRun      = "run"      // a playground, run at build time
	RoleStarter  = "starter"  // an exercise's starting program
	RoleSolution = "solution" // an exercise's hidden reference solution
)

// Info is what a fenced block's info string says: the language, the role and
// its options.
//
//	```python {run title="Self-cancelling gather" python="3.7" expect="CancelledError" readonly height=300}
type Info struct {
	Lang     string
	Role     string // RoleRun, RoleStarter, RoleSolution, or "" for an ordinary block
	Title    string
	Python   string // one of engine.PythonVersions; "" is 3.11
	Expect   string // "none", an error type, or an outcome kind; "" checks nothing
	Readonly bool
	Autorun  bool
	Height   int // pixels of editor; 0: fit the code
	Seed     int64
}

// parseInfo reads an info string. col is the column of the info string in
// its line, so that errors point into it.
func parseInfo(s string, col int) (Info, error) {
	var in Info
	lang, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
	in.Lang = lang
	rest = strings.TrimSpace(rest)
	if rest == "" || !strings.HasPrefix(rest, "{") {
		return in, nil // an ordinary code block
	}
	off := col + strings.Index(s, "{")
	if !strings.HasSuffix(rest, "}") {
		return in, &colError{off + len(rest) - 1, "expected \"}\" at the end of the options"}
	}
	body := rest[1 : len(rest)-1]
	i := 0
	errAt := func(i int, format string, args ...any) error {
		return &colError{off + 1 + i, fmt.Sprintf(format, args...)}
	}
	first := true
	for {
		for i < len(body) && body[i] == ' ' {
			i++
		}
		if i >= len(body) {
			break
		}
		start := i
		for i < len(body) && body[i] != ' ' && body[i] != '=' {
			i++
		}
		key := body[start:i]
		var val string
		hasVal := i < len(body) && body[i] == '='
		if hasVal {
			i++
			if i < len(body) && body[i] == '"' {
				q, err := strconv.QuotedPrefix(body[i:])
				if err != nil {
					return in, errAt(i, "unterminated quoted value for %s", key)
				}
				val, _ = strconv.Unquote(q)
				i += len(q)
			} else {
				vs := i
				for i < len(body) && body[i] != ' ' {
					i++
				}
				val = body[vs:i]
			}
		}
		if first {
			first = false
			switch key {
			case RoleRun, RoleStarter, RoleSolution:
				if hasVal {
					return in, errAt(start, "%s takes no value", key)
				}
				in.Role = key
				continue
			default:
				return in, errAt(start, "expected run, starter or solution first in the options, found %q", key)
			}
		}
		switch key {
		case "title", "python", "expect", "height", "seed":
			if !hasVal {
				return in, errAt(start, "%s wants a value: %s=\"...\"", key, key)
			}
		case "readonly", "autorun":
			if hasVal {
				return in, errAt(start, "%s takes no value", key)
			}
		}
		switch key {
		case "title":
			in.Title = val
		case "python":
			if !engine.KnownPython(val) {
				return in, errAt(start, "python=%q: want one of %s", val, strings.Join(engine.PythonVersions, ", "))
			}
			in.Python = val
		case "expect":
			in.Expect = val
		case "height":
			n, err := strconv.Atoi(val)
			if err != nil || n < 40 || n > 2000 {
				return in, errAt(start, "height=%q: want a number of pixels from 40 to 2000", val)
			}
			in.Height = n
		case "seed":
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return in, errAt(start, "seed=%q: want an integer", val)
			}
			in.Seed = n
		case "readonly":
			in.Readonly = true
		case "autorun":
			in.Autorun = true
		default:
			return in, errAt(start, "unknown option %q (known: title, python, expect, readonly, autorun, height, seed)", key)
		}
	}
	if in.Lang != "python" && in.Lang != "go" {
		return in, &colError{col, fmt.Sprintf("a %s block must be python or go, found %q", in.Role, in.Lang)}
	}
	if in.Python != "" && in.Lang != "python" {
		return in, &colError{col, "python= applies only to python blocks"}
	}
	return in, nil
}

// colError is an error at a column of the line being read.
type colError struct {
	col int
	msg string
}

func (e *colError) Error() string { return fmt.Sprintf("%d: %s", e.col, e.msg) }
