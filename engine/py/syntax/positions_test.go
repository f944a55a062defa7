package syntax

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"taskline/engine/py/ast"
)

// TestPositions compares the extent of every node with what CPython 3.11
// records, as written to testdata/positions.txt by record_positions.py.
func TestPositions(t *testing.T) {
	data, err := os.ReadFile("testdata/positions.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, chunk := range strings.Split(string(data), "### ")[1:] {
		title, rest, _ := strings.Cut(chunk, "\n")
		src, want, ok := strings.Cut(rest, "--- python3\n")
		if !ok {
			t.Fatalf("case %q: no '--- python3' line", title)
		}
		mod, err := Parse("main.py", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", title, err)
			continue
		}
		got := nodeExtents(mod)
		if got != want {
			t.Errorf("%s: extents differ\n%s", title, lineDiff(got, want))
		}
	}
}

// nodeExtents lists "Type line:col-line:col" for every node but the
// Module and the parts of f-strings, sorted.
func nodeExtents(mod *ast.Module) string {
	var lines []string
	var inFString func(n ast.Node) bool
	inFString = func(n ast.Node) bool {
		if n == nil {
			return true
		}
		switch n := n.(type) {
		case *ast.Module:
			return true
		case *ast.JoinedStr:
			lines = append(lines, extent(n))
			for _, v := range n.Values {
				if fv, ok := v.(*ast.FormattedValue); ok {
					ast.Inspect(fv.Value, inFString)
					if fv.FormatSpec != nil {
						for _, w := range fv.FormatSpec.(*ast.JoinedStr).Values {
							if fv2, ok := w.(*ast.FormattedValue); ok {
								ast.Inspect(fv2.Value, inFString)
							}
						}
					}
				}
			}
			return false
		}
		lines = append(lines, extent(n))
		return true
	}
	ast.Inspect(mod, inFString)
	slices.Sort(lines)
	return strings.Join(lines, "")
}

func extent(n ast.Node) string {
	start, end := n.Span()
	name := fmt.Sprintf("%T", n)
	name = name[strings.LastIndexByte(name, '.')+1:]
	return fmt.Sprintf("%s %d:%d-%d:%d\n", name, start.Line, start.Col, end.Line, end.Col)
}

// lineDiff shows the lines only in got (+) and only in want (-).
func lineDiff(got, want string) string {
	count := map[string]int{}
	for _, l := range strings.SplitAfter(want, "\n") {
		count[l]++
	}
	var b strings.Builder
	for _, l := range strings.SplitAfter(got, "\n") {
		if count[l] > 0 {
			count[l]--
			continue
		}
		if l != "" {
			b.WriteString("+ " + l)
		}
	}
	for l, n := range count {
		for ; n > 0 && l != ""; n-- {
			b.WriteString("- " + l)
		}
	}
	return b.String()
}
