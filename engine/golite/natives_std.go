package golite

// Conversions used by the generated bindings (natives_gen.go) between
// golite Values and the host's slices and funcs.

//go:generate go run ./internal/genstd

// sliceIn converts a golite slice to a host slice (nil stays nil).
func sliceIn[T any](v Value, f func(Value) T) []T {
	s, ok := v.R.([]Value)
	if !ok {
		return nil
	}
	out := make([]T, len(s), cap(s))
	for i, e := range s {
		out[i] = f(e)
	}
	return out
}

// sliceOut converts a host slice to a golite slice.
func sliceOut[T any](s []T, f func(T) Value) Value {
	if s == nil {
		return Value{}
	}
	out := make([]Value, len(s), cap(s))
	for i, e := range s {
		out[i] = f(e)
	}
	return Value{R: out}
}

// copyBack stores what the host wrote into a converted slice argument
// back into the program's slice.
func copyBack[T any](v Value, s []T, f func(T) Value) {
	d, _ := v.R.([]Value)
	for i := range d {
		d[i] = f(s[i])
	}
}

// funcIn converts a golite func value to a host func calling it.
func funcIn[F any](v Value, mk func(*Closure) F) F {
	c, ok := v.R.(*Closure)
	if !ok || c == nil {
		var zero F
		return zero
	}
	return mk(c)
}
