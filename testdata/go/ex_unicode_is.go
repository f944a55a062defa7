// Example_is from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"fmt"
	"unicode"
)

func main() {

	// constant with mixed type runes
	const mixed = "\b5Ὂg̀9! ℃ᾭG"
	for _, c := range mixed {
		fmt.Printf("For %q:\n", c)
		if unicode.IsControl(c) {
			fmt.Println("\tis control rune")
		}
		if unicode.IsDigit(c) {
			fmt.Println("\tis digit rune")
		}
		if unicode.IsGraphic(c) {
			fmt.Println("\tis graphic rune")
		}
		if unicode.IsLetter(c) {
			fmt.Println("\tis letter rune")
		}
		if unicode.IsLower(c) {
			fmt.Println("\tis lower case rune")
		}
		if unicode.IsMark(c) {
			fmt.Println("\tis mark rune")
		}
		if unicode.IsNumber(c) {
			fmt.Println("\tis number rune")
		}
		if unicode.IsPrint(c) {
			fmt.Println("\tis printable rune")
		}
		if !unicode.IsPrint(c) {
			fmt.Println("\tis not printable rune")
		}
		if unicode.IsPunct(c) {
			fmt.Println("\tis punct rune")
		}
		if unicode.IsSpace(c) {
			fmt.Println("\tis space rune")
		}
		if unicode.IsSymbol(c) {
			fmt.Println("\tis symbol rune")
		}
		if unicode.IsTitle(c) {
			fmt.Println("\tis title case rune")
		}
		if unicode.IsUpper(c) {
			fmt.Println("\tis upper case rune")
		}
	}

}

// Output:
// For '\b':
// 	is control rune
// 	is not printable rune
// For '5':
// 	is digit rune
// 	is graphic rune
// 	is number rune
// 	is printable rune
// For 'Ὂ':
// 	is graphic rune
// 	is letter rune
// 	is printable rune
// 	is upper case rune
// For 'g':
// 	is graphic rune
// 	is letter rune
// 	is lower case rune
// 	is printable rune
// For '̀':
// 	is graphic rune
// 	is mark rune
// 	is printable rune
// For '9':
// 	is digit rune
// 	is graphic rune
// 	is number rune
// 	is printable rune
// For '!':
// 	is graphic rune
// 	is printable rune
// 	is punct rune
// For ' ':
// 	is graphic rune
// 	is printable rune
// 	is space rune
// For '℃':
// 	is graphic rune
// 	is printable rune
// 	is symbol rune
// For 'ᾭ':
// 	is graphic rune
// 	is letter rune
// 	is printable rune
// 	is title case rune
// For 'G':
// 	is graphic rune
// 	is letter rune
// 	is printable rune
// 	is upper case rune
