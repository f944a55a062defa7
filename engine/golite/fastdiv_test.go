package golite

import (
	"fmt"
	"strings"
	"testing"

	"taskline/engine"
)

// Division and remainder by constants (powers of two take a path of their
// own) must truncate towards zero as Go does, for every sign and width.
func TestDivisionByConstants(t *testing.T) {
	var b strings.Builder
	b.WriteString("package main\n\nimport \"fmt\"\n\nfunc main() {\n")
	var want strings.Builder
	xs := []int64{-9, -8, -7, -3, -2, -1, 0, 1, 2, 3, 7, 8, 9, -1 << 63, 1<<63 - 1}
	for _, d := range []int64{1, 2, 4, 8, 3, -2, -4, 1 << 62} {
		for _, x := range xs {
			fmt.Fprintf(&b, "\t{ x := int(%d); fmt.Println(x/%d, x%%%d); x /= %d; fmt.Println(x) }\n", x, d, d, d)
			fmt.Fprintf(&want, "%d %d\n%d\n", x/d, x%d, x/d)
			if x >= -128 && x <= 127 && d >= -128 && d <= 127 {
				fmt.Fprintf(&b, "\t{ x := int8(%d); fmt.Println(x/%d, x%%%d) }\n", x, d, d)
				fmt.Fprintf(&want, "%d %d\n", int8(x)/int8(d), int8(x)%int8(d))
			}
			if x >= 0 && d > 0 {
				fmt.Fprintf(&b, "\t{ x := uint(%d); fmt.Println(x/%d, x%%%d) }\n", x, d, d)
				fmt.Fprintf(&want, "%d %d\n", uint(x)/uint(d), uint(x)%uint(d))
			}
		}
	}
	b.WriteString("}\n")
	tr := run(t, b.String(), engine.Options{})
	if tr.Outcome.Stdout != want.String() {
		t.Errorf("got\n%s\nwant\n%s", tr.Outcome.Stdout, want.String())
	}
}

// The comparisons of a remainder or a mask with a constant (x%2 == 0 and
// its kin) and the in-place updates x op= c compile to fused closures:
// they must give what Go gives for every sign and width.
func TestFusedIntegerForms(t *testing.T) {
	var b strings.Builder
	b.WriteString("package main\n\nimport \"fmt\"\n\nfunc main() {\n")
	var want strings.Builder
	xs := []int64{-9, -8, -7, -3, -2, -1, 0, 1, 2, 3, 7, 8, 9, -128, 127, -1 << 63, 1<<63 - 1}
	for _, d := range []int64{1, 2, 4, 3, -2, -4, 7, 1 << 62} {
		for _, k := range []int64{0, 1, -1, 2, -3} {
			for _, x := range xs {
				fmt.Fprintf(&b, "\t{ x := int(%d); fmt.Println(x%%%d == %d, x%%%d != %d, x&%d == %d, x&%d != %d) }\n", x, d, k, d, k, d, k, d, k)
				fmt.Fprintf(&want, "%v %v %v %v\n", x%d == k, x%d != k, x&d == k, x&d != k)
				if x >= -128 && x <= 127 && d >= -128 && d <= 127 {
					fmt.Fprintf(&b, "\t{ x := int8(%d); fmt.Println(x%%%d == %d, x%%%d != %d, x&%d == %d) }\n", x, d, k, d, k, d, k)
					fmt.Fprintf(&want, "%v %v %v\n", int8(x)%int8(d) == int8(k), int8(x)%int8(d) != int8(k), int8(x)&int8(d) == int8(k))
				}
				if x >= 0 && d > 0 && k >= 0 {
					fmt.Fprintf(&b, "\t{ x := uint(%d); fmt.Println(x%%%d == %d, x%%%d != %d, x&%d == %d) }\n", x, d, k, d, k, d, k)
					fmt.Fprintf(&want, "%v %v %v\n", uint(x)%uint(d) == uint(k), uint(x)%uint(d) != uint(k), uint(x)&uint(d) == uint(k))
				}
			}
		}
		for _, x := range xs {
			fmt.Fprintf(&b, "\t{ x := int(%d); x *= %d; fmt.Print(x, \" \"); x &= %d; fmt.Print(x, \" \"); x |= %d; fmt.Print(x, \" \"); x ^= %d; fmt.Println(x) }\n", x, d, d, d, d)
			v := x * d
			fmt.Fprintf(&want, "%d ", v)
			v &= d
			fmt.Fprintf(&want, "%d ", v)
			v |= d
			fmt.Fprintf(&want, "%d ", v)
			v ^= d
			fmt.Fprintf(&want, "%d\n", v)
		}
	}
	b.WriteString("}\n")
	tr := run(t, b.String(), engine.Options{})
	if tr.Outcome.Stdout != want.String() {
		t.Errorf("got\n%s\nwant\n%s", tr.Outcome.Stdout, want.String())
	}
}
