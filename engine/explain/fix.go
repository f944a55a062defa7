package explain

import (
	"sort"
	"strings"
)

// edit replaces del code points at (line, col), both 1-based, with text,
// which may hold newlines.
type edit struct {
	line, col, del int
	text           string
}

// editor collects edits of a program and applies them together, so that
// every position refers to the original text.
type editor struct {
	lines []string
	edits []edit
}

func newEditor(src string) *editor {
	return &editor{lines: strings.Split(src, "\n")}
}

func (e *editor) insert(line, col int, text string) {
	e.edits = append(e.edits, edit{line, col, 0, text})
}

// insertLine puts a whole new line before line (len(lines)+1 appends).
func (e *editor) insertLine(line int, text string) {
	e.edits = append(e.edits, edit{line, 1, 0, text + "\n"})
}

// replaceLine swaps the text of a whole line.
func (e *editor) replaceLine(line int, text string) {
	e.edits = append(e.edits, edit{line, 1, len([]rune(e.get(line))), text})
}

// deleteLine removes a whole line, its newline included.
func (e *editor) deleteLine(line int) {
	e.edits = append(e.edits, edit{line, 1, -1, ""})
}

func (e *editor) get(line int) string {
	if line < 1 || line > len(e.lines) {
		return ""
	}
	return e.lines[line-1]
}

// apply returns the edited program.
func (e *editor) apply() string {
	lines := append([]string{}, e.lines...)
	ed := append([]edit{}, e.edits...)
	sort.SliceStable(ed, func(i, j int) bool {
		if ed[i].line != ed[j].line {
			return ed[i].line > ed[j].line
		}
		return ed[i].col > ed[j].col
	})
	for _, x := range ed {
		if x.line < 1 {
			continue
		}
		if x.line > len(lines) {
			lines = append(lines, strings.TrimSuffix(x.text, "\n"))
			continue
		}
		if x.del < 0 {
			lines = append(lines[:x.line-1], lines[x.line:]...)
			continue
		}
		r := []rune(lines[x.line-1])
		c := x.col - 1
		if c > len(r) {
			c = len(r)
		}
		end := c + x.del
		if end > len(r) {
			end = len(r)
		}
		s := string(r[:c]) + x.text + string(r[end:])
		parts := strings.Split(s, "\n")
		lines = append(lines[:x.line-1], append(parts, lines[x.line:]...)...)
	}
	return strings.Join(lines, "\n")
}

// indentOf is the leading white space of a line.
func indentOf(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \t"))]
}

// unifiedDiff shows the changed lines of b against a with two lines of
// context, as `diff -u` would.
func unifiedDiff(file string, a, b string) string {
	if a == b {
		return ""
	}
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	ops := diffLines(x, y)
	const ctx = 2
	var out strings.Builder
	out.WriteString("--- a/" + file + "\n+++ b/" + file + "\n")
	// group ops into hunks
	i := 0
	for i < len(ops) {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := i - ctx
		if start < 0 {
			start = 0
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			// a run of equal lines: does another change follow closely?
			k := end
			for k < len(ops) && ops[k].kind == ' ' {
				k++
			}
			if k < len(ops) && k-end <= 2*ctx {
				end = k
				continue
			}
			end += ctx
			if end > len(ops) {
				end = len(ops)
			}
			break
		}
		aStart, bStart := ops[start].a, ops[start].b
		na, nb := 0, 0
		var body strings.Builder
		for _, o := range ops[start:end] {
			switch o.kind {
			case ' ':
				na++
				nb++
				body.WriteString(" " + o.text + "\n")
			case '-':
				na++
				body.WriteString("-" + o.text + "\n")
			case '+':
				nb++
				body.WriteString("+" + o.text + "\n")
			}
		}
		out.WriteString("@@ -" + hunkRange(aStart, na) + " +" + hunkRange(bStart, nb) + " @@\n")
		out.WriteString(body.String())
		i = end
	}
	return out.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return itoa(start) + ",0"
	}
	return itoa(start+1) + "," + itoa(n)
}

// diffOp is one line of a diff: ' ' kept, '-' removed, '+' added; a and b
// are the 0-based positions in the old and new text where it stands.
type diffOp struct {
	kind byte
	text string
	a, b int
}

// diffLines is a longest-common-subsequence diff of the lines between the
// common prefix and suffix (fixes change a few lines of small programs).
func diffLines(x, y []string) []diffOp {
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	s := 0
	for s < len(x)-p && s < len(y)-p && x[len(x)-1-s] == y[len(y)-1-s] {
		s++
	}
	mx, my := x[p:len(x)-s], y[p:len(y)-s]
	var ops []diffOp
	for i := 0; i < p; i++ {
		ops = append(ops, diffOp{' ', x[i], i, i})
	}
	n, m := len(mx), len(my)
	if n*m > 4_000_000 {
		for i, l := range mx {
			ops = append(ops, diffOp{'-', l, p + i, p})
		}
		for j, l := range my {
			ops = append(ops, diffOp{'+', l, p + n, p + j})
		}
	} else {
		lcs := make([][]int, n+1)
		for i := range lcs {
			lcs[i] = make([]int, m+1)
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if mx[i] == my[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else if lcs[i+1][j] >= lcs[i][j+1] {
					lcs[i][j] = lcs[i+1][j]
				} else {
					lcs[i][j] = lcs[i][j+1]
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && mx[i] == my[j]:
				ops = append(ops, diffOp{' ', mx[i], p + i, p + j})
				i++
				j++
			case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, diffOp{'-', mx[i], p + i, p + j})
				i++
			default:
				ops = append(ops, diffOp{'+', my[j], p + i, p + j})
				j++
			}
		}
	}
	for k := 0; k < s; k++ {
		ops = append(ops, diffOp{' ', x[len(x)-s+k], len(x) - s + k, len(y) - s + k})
	}
	return ops
}
