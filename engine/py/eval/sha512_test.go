package eval

import (
	"crypto/sha512"
	"math/rand/v2"
	"testing"
)

// sum512 is SHA-512: it agrees with crypto/sha512 on every length across
// the padding boundaries (111, 112, 127, 128 bytes …) and on random text.
func TestSum512MatchesCryptoSHA512(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 600; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		if got, want := sum512(b), sha512.Sum512(b); got != want {
			t.Fatalf("length %d: got %x, want %x", n, got, want)
		}
	}
	// FIPS 180-2's "abc" example.
	got := sum512([]byte("abc"))
	if want := "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"; sprintHex(got[:]) != want {
		t.Errorf("sha512(abc) = %x", got)
	}
}

func sprintHex(b []byte) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, hex[c>>4], hex[c&15])
	}
	return string(out)
}
