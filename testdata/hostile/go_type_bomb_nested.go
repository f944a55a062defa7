// struct types nested 64 levels deep, each twice its predecessor; go build and go/types take exponential time (go build does not finish); Taskline refuses the type.
// want-exit: 1
// want-stderr: type T\d+ nests about 2\^\d+ fields and elements: .*not supported by Taskline

package main

import (
	"fmt"
)

type T0 struct{ a, b int }
type T1 struct{ a, b T0 }
type T2 struct{ a, b T1 }
type T3 struct{ a, b T2 }
type T4 struct{ a, b T3 }
type T5 struct{ a, b T4 }
type T6 struct{ a, b T5 }
type T7 struct{ a, b T6 }
type T8 struct{ a, b T7 }
type T9 struct{ a, b T8 }
type T10 struct{ a, b T9 }
type T11 struct{ a, b T10 }
type T12 struct{ a, b T11 }
type T13 struct{ a, b T12 }
type T14 struct{ a, b T13 }
type T15 struct{ a, b T14 }
type T16 struct{ a, b T15 }
type T17 struct{ a, b T16 }
type T18 struct{ a, b T17 }
type T19 struct{ a, b T18 }
type T20 struct{ a, b T19 }
type T21 struct{ a, b T20 }
type T22 struct{ a, b T21 }
type T23 struct{ a, b T22 }
type T24 struct{ a, b T23 }
type T25 struct{ a, b T24 }
type T26 struct{ a, b T25 }
type T27 struct{ a, b T26 }
type T28 struct{ a, b T27 }
type T29 struct{ a, b T28 }
type T30 struct{ a, b T29 }
type T31 struct{ a, b T30 }
type T32 struct{ a, b T31 }
type T33 struct{ a, b T32 }
type T34 struct{ a, b T33 }
type T35 struct{ a, b T34 }
type T36 struct{ a, b T35 }
type T37 struct{ a, b T36 }
type T38 struct{ a, b T37 }
type T39 struct{ a, b T38 }
type T40 struct{ a, b T39 }
type T41 struct{ a, b T40 }
type T42 struct{ a, b T41 }
type T43 struct{ a, b T42 }
type T44 struct{ a, b T43 }
type T45 struct{ a, b T44 }
type T46 struct{ a, b T45 }
type T47 struct{ a, b T46 }
type T48 struct{ a, b T47 }
type T49 struct{ a, b T48 }
type T50 struct{ a, b T49 }
type T51 struct{ a, b T50 }
type T52 struct{ a, b T51 }
type T53 struct{ a, b T52 }
type T54 struct{ a, b T53 }
type T55 struct{ a, b T54 }
type T56 struct{ a, b T55 }
type T57 struct{ a, b T56 }
type T58 struct{ a, b T57 }
type T59 struct{ a, b T58 }
type T60 struct{ a, b T59 }
type T61 struct{ a, b T60 }
type T62 struct{ a, b T61 }
type T63 struct{ a, b T62 }
type T64 struct{ a, b T63 }

func main() {
	var x T64
	fmt.Println(x.a.a.a.b)
}
