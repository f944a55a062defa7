// array types nested 64 levels deep, each twice its predecessor; go build: type ... larger than address space.
// want-exit: 1
// want-stderr: type N\d+ larger than address space

package main

import (
	"fmt"
)

type N0 [2]int
type N1 [2]N0
type N2 [2]N1
type N3 [2]N2
type N4 [2]N3
type N5 [2]N4
type N6 [2]N5
type N7 [2]N6
type N8 [2]N7
type N9 [2]N8
type N10 [2]N9
type N11 [2]N10
type N12 [2]N11
type N13 [2]N12
type N14 [2]N13
type N15 [2]N14
type N16 [2]N15
type N17 [2]N16
type N18 [2]N17
type N19 [2]N18
type N20 [2]N19
type N21 [2]N20
type N22 [2]N21
type N23 [2]N22
type N24 [2]N23
type N25 [2]N24
type N26 [2]N25
type N27 [2]N26
type N28 [2]N27
type N29 [2]N28
type N30 [2]N29
type N31 [2]N30
type N32 [2]N31
type N33 [2]N32
type N34 [2]N33
type N35 [2]N34
type N36 [2]N35
type N37 [2]N36
type N38 [2]N37
type N39 [2]N38
type N40 [2]N39
type N41 [2]N40
type N42 [2]N41
type N43 [2]N42
type N44 [2]N43
type N45 [2]N44
type N46 [2]N45
type N47 [2]N46
type N48 [2]N47
type N49 [2]N48
type N50 [2]N49
type N51 [2]N50
type N52 [2]N51
type N53 [2]N52
type N54 [2]N53
type N55 [2]N54
type N56 [2]N55
type N57 [2]N56
type N58 [2]N57
type N59 [2]N58
type N60 [2]N59
type N61 [2]N60
type N62 [2]N61
type N63 [2]N62
type N64 [2]N63

func main() {
	var x N64
	fmt.Println(len(x))
}
