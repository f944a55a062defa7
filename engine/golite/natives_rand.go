package golite

// math/rand/v2 draws from the run's seeded source.
func init() {
	natives["math/rand/v2.Uint64"] = func(fr *Frame, a []Value) []Value { return one(mkUint(fr.m.rng.Uint64())) }
	natives["math/rand/v2.uint64N"] = func(fr *Frame, a []Value) []Value {
		n := a[0].N
		if n&(n-1) == 0 {
			return one(mkUint(fr.m.rng.Uint64() & (n - 1)))
		}
		// Rejection keeps every value equally likely.
		limit := ^uint64(0) - ^uint64(0)%n
		for {
			if v := fr.m.rng.Uint64(); v < limit {
				return one(mkUint(v % n))
			}
		}
	}
}
