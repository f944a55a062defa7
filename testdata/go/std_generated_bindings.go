package main

import (
	"bytes"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, 'é')
	fmt.Println(b[:n], n, utf8.RuneLen('世'), utf8.RuneError)
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(string(strconv.AppendInt([]byte("x="), 42, 10)), strconv.QuoteToASCII("héllo"))
	fmt.Println(bytes.Fields([]byte(" a b  c ")), bytes.ToUpper([]byte("hi")))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), math.Acosh(2))
	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(s, c, utf8.MaxRune, utf8.UTFMax)
}
