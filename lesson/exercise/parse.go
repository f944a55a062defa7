package exercise

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Error is a mistake in an exercise's source, at a position in its file.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// ParseChecks reads the body of a ```checks block whose first line is line
// firstLine of the file. One check per line; the indented lines after a check
// are its teaching message, shown to a student when it fails; blank lines and
// lines starting with # are ignored:
//
//	stdout = "GO-QUOTED STRING"          exact stdout
//	stdout ~ REGEXP                      stdout matches (multi-line mode)
//	error none | error TYPE              how the run ended (CancelledError, deadlock, panic)
//	cancelled SEL | not cancelled SEL    cancellation reached (none of) the tasks SEL names
//	finished SEL by DURATION             every task SEL names ended by virtual time DURATION
//	no pending | no leaked               no task left pending, no goroutine leaked
//	at most N running [SEL]              at most N (of SEL) busy at the same virtual time
//	cancel of SEL requested by SEL       who asked for the cancellation
//
// SEL is a task's runtime name or its coroutine/function name, quoted when it
// has spaces ("goroutine 7").
func ParseChecks(body string, firstLine int) ([]Check, []error) {
	var checks []Check
	var errs []error
	for i, raw := range strings.Split(body, "\n") {
		line := firstLine + i
		text := strings.TrimRight(raw, " \t\r")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if len(trimmed) < len(text) { // indented: message of the previous check
			if len(checks) == 0 {
				errs = append(errs, &Error{line, 1, "teaching message before any check"})
				continue
			}
			c := &checks[len(checks)-1]
			if c.Message != "" {
				c.Message += " "
			}
			c.Message += trimmed
			continue
		}
		c, err := parseCheck(text, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		checks = append(checks, c)
	}
	return checks, errs
}

// token is a word or a quoted string of a check line, with its column.
type token struct {
	s      string
	col    int
	quoted bool
}

func tokenize(s string, line int) ([]token, error) {
	var toks []token
	i := 0
	for i < len(s) {
		if s[i] == ' ' || s[i] == '\t' {
			i++
			continue
		}
		start := i
		if s[i] == '"' {
			q, err := strconv.QuotedPrefix(s[i:])
			if err != nil {
				return nil, &Error{line, i + 1, "unterminated or malformed quoted string"}
			}
			u, _ := strconv.Unquote(q)
			toks = append(toks, token{u, start + 1, true})
			i += len(q)
			continue
		}
		for i < len(s) && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		toks = append(toks, token{s[start:i], start + 1, false})
	}
	return toks, nil
}

func parseCheck(text string, line int) (Check, error) {
	c := Check{Text: text, Line: line}
	// stdout ~ REGEXP takes the rest of the line verbatim, spaces included.
	if rest, ok := strings.CutPrefix(text, "stdout ~ "); ok {
		if _, err := regexp.Compile(rest); err != nil {
			return c, &Error{line, 10, fmt.Sprintf("bad pattern: %v", err)}
		}
		c.Kind, c.Want = StdoutMatch, rest
		return c, nil
	}
	toks, err := tokenize(text, line)
	if err != nil {
		return c, err
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.s
		if t.quoted {
			words[i] = "\x00" // a quoted string never matches a keyword
		}
	}
	errAt := func(i int, format string, args ...any) error {
		col := len(text) + 1
		if i < len(toks) {
			col = toks[i].col
		}
		return &Error{line, col, fmt.Sprintf(format, args...)}
	}
	// expect checks that the words from i on are exactly kw.
	expect := func(i int, kw ...string) error {
		for k, w := range kw {
			if i+k >= len(words) {
				return errAt(i+k, "expected %q, found end of line", w)
			}
			if words[i+k] != w {
				return errAt(i+k, "expected %q, found %q", w, toks[i+k].s)
			}
		}
		return nil
	}
	sel := func(i int) (string, error) {
		if i >= len(toks) {
			return "", errAt(i, "expected a task name, found end of line")
		}
		return toks[i].s, nil
	}
	end := func(i int) error {
		if i < len(toks) {
			return errAt(i, "unexpected %q after the check", toks[i].s)
		}
		return nil
	}
	switch words[0] {
	case "stdout":
		if err := expect(1, "="); err != nil {
			return c, errAt(1, "expected \"=\" or \"~\" after stdout")
		}
		if len(toks) < 3 || !toks[2].quoted {
			return c, errAt(2, "stdout = wants a quoted string such as \"done\\n\"")
		}
		c.Kind, c.Want = StdoutExact, toks[2].s
		return c, end(3)
	case "error":
		if len(toks) < 2 {
			return c, errAt(1, "expected an error type or none, found end of line")
		}
		c.Kind, c.Want = ErrorIs, toks[1].s
		return c, end(2)
	case "cancelled":
		c.Kind = Cancelled
		c.Task, err = sel(1)
		if err != nil {
			return c, err
		}
		return c, end(2)
	case "not":
		if err := expect(1, "cancelled"); err != nil {
			return c, err
		}
		c.Kind = NotCancelled
		if c.Task, err = sel(2); err != nil {
			return c, err
		}
		return c, end(3)
	case "finished":
		c.Kind = FinishedBy
		if c.Task, err = sel(1); err != nil {
			return c, err
		}
		if err := expect(2, "by"); err != nil {
			return c, err
		}
		if len(toks) < 4 {
			return c, errAt(3, "expected a duration such as 1.5s, found end of line")
		}
		d, err := time.ParseDuration(toks[3].s)
		if err != nil || d < 0 {
			return c, errAt(3, "bad duration %q: want one such as 1.5s or 300ms", toks[3].s)
		}
		c.Time = int64(d)
		return c, end(4)
	case "no":
		if len(toks) < 2 || (words[1] != "pending" && words[1] != "leaked") {
			return c, errAt(1, "expected \"pending\" or \"leaked\" after no")
		}
		c.Kind = NoPending
		return c, end(2)
	case "at":
		if err := expect(1, "most"); err != nil {
			return c, err
		}
		if len(toks) < 3 {
			return c, errAt(2, "expected a number, found end of line")
		}
		n, err := strconv.Atoi(toks[2].s)
		if err != nil || n < 0 {
			return c, errAt(2, "expected a number, found %q", toks[2].s)
		}
		c.Kind, c.N = MaxRunning, n
		if err := expect(3, "running"); err != nil {
			return c, err
		}
		if len(toks) > 4 {
			c.Task = toks[4].s
		}
		return c, end(5)
	case "cancel":
		c.Kind = CancelRequestBy
		if err := expect(1, "of"); err != nil {
			return c, err
		}
		if c.Task, err = sel(2); err != nil {
			return c, err
		}
		if err := expect(3, "requested", "by"); err != nil {
			return c, err
		}
		if c.By, err = sel(5); err != nil {
			return c, err
		}
		return c, end(6)
	}
	return c, errAt(0, "unknown check %q: want stdout, error, cancelled, not cancelled, finished, no pending, at most, or cancel of", toks[0].s)
}
