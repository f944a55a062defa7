package lesson

import (
	"fmt"
	"sort"

	"github.com/yuin/goldmark/parser"
)

// A Diagnostic is a problem found while building a page: a bad option, a run
// block whose run disagrees with its expect, an exercise whose reference
// fails a check. Builds fail on any.
type Diagnostic struct {
	File      string
	Line, Col int
	Msg       string
}

func (d Diagnostic) Error() string {
	if d.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Msg)
}

var (
	diagKey = parser.NewContextKey()
	fileKey = parser.NewContextKey()
	metaKey = parser.NewContextKey()
)

// NewContext returns a parser context for converting the named file; the
// name is used in diagnostics. Pass it with parser.WithContext.
func NewContext(file string) parser.Context {
	pc := parser.NewContext()
	pc.Set(fileKey, file)
	return pc
}

func fileOf(pc parser.Context) string {
	if f, ok := pc.Get(fileKey).(string); ok {
		return f
	}
	return "<markdown>"
}

func addDiag(pc parser.Context, line, col int, format string, args ...any) {
	ds, _ := pc.Get(diagKey).([]Diagnostic)
	pc.Set(diagKey, append(ds, Diagnostic{fileOf(pc), line, col, fmt.Sprintf(format, args...)}))
}

// Diagnostics returns the problems found while converting with pc, in file
// order.
func Diagnostics(pc parser.Context) []Diagnostic {
	ds, _ := pc.Get(diagKey).([]Diagnostic)
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
	return ds
}

// MetaOf returns the front matter read while converting with pc.
func MetaOf(pc parser.Context) Meta {
	m, _ := pc.Get(metaKey).(Meta)
	return m
}
