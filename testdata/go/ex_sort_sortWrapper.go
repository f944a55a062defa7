// Example_sortWrapper from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"sort"
)

type ByName struct{ Organs }

type Grams int

type Organs []*Organ

type Organ struct {
	Name   string
	Weight Grams
}

type ByWeight struct{ Organs }

func (g Grams) String() string { return fmt.Sprintf("%dg", int(g)) }

func (s Organs) Len() int { return len(s) }

func (s Organs) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func (s ByName) Less(i, j int) bool { return s.Organs[i].Name < s.Organs[j].Name }

func (s ByWeight) Less(i, j int) bool { return s.Organs[i].Weight < s.Organs[j].Weight }

func printOrgans(s []*Organ) {
	for _, o := range s {
		fmt.Printf("%-8s (%v)\n", o.Name, o.Weight)
	}
}

func main() {
	s := []*Organ{
		{"brain", 1340},
		{"heart", 290},
		{"liver", 1494},
		{"pancreas", 131},
		{"prostate", 62},
		{"spleen", 162},
	}

	sort.Sort(ByWeight{s})
	fmt.Println("Organs by weight:")
	printOrgans(s)

	sort.Sort(ByName{s})
	fmt.Println("Organs by name:")
	printOrgans(s)

}

// Output:
// Organs by weight:
// prostate (62g)
// pancreas (131g)
// spleen   (162g)
// heart    (290g)
// brain    (1340g)
// liver    (1494g)
// Organs by name:
// brain    (1340g)
// heart    (290g)
// liver    (1494g)
// pancreas (131g)
// prostate (62g)
// spleen   (162g)
